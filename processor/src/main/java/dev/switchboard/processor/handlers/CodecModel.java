package dev.switchboard.processor.handlers;

import com.palantir.javapoet.CodeBlock;

/**
 * The codec a handler's event or result uses, chosen at compile time.
 *
 * @param expression the Java expression that creates it, as the table writes it
 * @param kind {@code "streaming"} for the runtime's jackson-core codecs, {@code "generated"} when it
 *     includes a codec generated for a record, POJO or enum, {@code "databind"} for jackson-databind
 */
public record CodecModel(CodeBlock expression, String kind) {
  public static final String STREAMING = "streaming";
  public static final String GENERATED = "generated";
  public static final String DATABIND = "databind";
}
