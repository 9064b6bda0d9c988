package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.switchboard.internal.json.aws.AwsEventRules;
import dev.switchboard.internal.json.aws.AwsMappers;
import java.io.IOException;

/**
 * Records, POJOs and every other type the streaming codecs do not cover, bound by jackson-databind
 * through {@link DatabindSupport#MAPPER}.
 *
 * @param <T> the Java type
 */
public final class DatabindCodec<T> extends Codec<T> {
  private final JavaType type;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  private DatabindCodec(JavaType type) {
    this(type, DatabindSupport.MAPPER);
  }

  private DatabindCodec(JavaType type, ObjectMapper mapper) {
    this.type = type;
    ObjectReader reader = mapper.readerFor(type);
    // invoke and serve report the properties the type ignores. A static call, not `new`: the verifier
    // would load the handler's class to check its type, in the Lambda loop too.
    this.reader = reportIgnored ? IgnoredPropertyHandler.attach(reader) : reader;
    this.writer = mapper.writerFor(type);
  }

  // The factories return Codec, not DatabindCodec: a generated table passes their result where a Codec
  // is expected, and the verifier would load this class (when it verifies the table) to check that a
  // DatabindCodec is one.

  /** A codec for a class with no type arguments. */
  public static <T> Codec<T> of(Class<T> type) {
    // A constant prefix, inlined by javac: a user's type loads no class of the AWS binding.
    if (type.getName().startsWith(AwsEventRules.EVENTS_PACKAGE + ".")) {
      // aws-lambda-java-events classes bind by AWS's rules (Records, eventSourceARN, Joda times...).
      ObjectMapper mapper = AwsMappers.forRoot(type);
      return new DatabindCodec<>(mapper.constructType(type), mapper);
    }
    return new DatabindCodec<>(DatabindSupport.MAPPER.constructType(type));
  }

  /**
   * A codec for a generic type spelled with {@link #type} and {@link #arrayOf}, as generated tables do:
   * {@code DatabindCodec.<List<Order>>of(type(List.class, type(Order.class)))}. The caller vouches that
   * {@code T} is that type.
   */
  public static <T> Codec<T> of(JavaType type) {
    return new DatabindCodec<>(type);
  }

  /**
   * The type {@code raw<arguments...>}, or the class itself with no arguments. A wildcard argument is
   * written as its bound ({@code ? extends Number} as {@code Number}, {@code ?} as {@code Object}), which
   * is how jackson-databind reads it.
   */
  public static JavaType type(Class<?> raw, JavaType... arguments) {
    return arguments.length == 0
        ? DatabindSupport.MAPPER.constructType(raw)
        : DatabindSupport.MAPPER.getTypeFactory().constructParametricType(raw, arguments);
  }

  /** The array type whose elements are {@code component}. */
  public static JavaType arrayOf(JavaType component) {
    return DatabindSupport.MAPPER.getTypeFactory().constructArrayType(component);
  }

  @Override
  public String typeName() {
    return type.toCanonical();
  }

  @Override
  public T read(JsonParser p) throws IOException {
    return reader.readValue(p);
  }

  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    writer.writeValue(g, value);
  }
}
