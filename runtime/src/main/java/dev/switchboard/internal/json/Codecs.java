package dev.switchboard.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The streaming codecs of JSON-natural types, for generated tables to compose: {@code Codecs.map(
 * Codecs.list(Codecs.STRING))} reads and writes a {@code Map<String, List<String>>}. None of them
 * loads jackson-databind except {@link #jsonNode()}, which loads its tree classes only.
 */
public final class Codecs {
  private Codecs() {}

  public static final Codec<Object> OBJECT = AnyCodec.INSTANCE;
  public static final Codec<Void> VOID = new ScalarCodec<>(ScalarCodec.STRING, "void");
  public static final Codec<String> STRING = new ScalarCodec<>(ScalarCodec.STRING, "java.lang.String");
  public static final Codec<CharSequence> CHAR_SEQUENCE =
      new ScalarCodec<>(ScalarCodec.CHAR_SEQUENCE, "java.lang.CharSequence");
  public static final Codec<Boolean> BOOLEAN = new ScalarCodec<>(ScalarCodec.BOOLEAN, "java.lang.Boolean");
  public static final Codec<Byte> BYTE = new ScalarCodec<>(ScalarCodec.BYTE, "java.lang.Byte");
  public static final Codec<Short> SHORT = new ScalarCodec<>(ScalarCodec.SHORT, "java.lang.Short");
  public static final Codec<Integer> INTEGER = new ScalarCodec<>(ScalarCodec.INTEGER, "java.lang.Integer");
  public static final Codec<Long> LONG = new ScalarCodec<>(ScalarCodec.LONG, "java.lang.Long");
  public static final Codec<Float> FLOAT = new ScalarCodec<>(ScalarCodec.FLOAT, "java.lang.Float");
  public static final Codec<Double> DOUBLE = new ScalarCodec<>(ScalarCodec.DOUBLE, "java.lang.Double");
  public static final Codec<BigInteger> BIG_INTEGER =
      new ScalarCodec<>(ScalarCodec.BIG_INTEGER, "java.math.BigInteger");
  public static final Codec<BigDecimal> BIG_DECIMAL =
      new ScalarCodec<>(ScalarCodec.BIG_DECIMAL, "java.math.BigDecimal");
  public static final Codec<byte[]> BYTES = new ScalarCodec<>(ScalarCodec.BYTES, "byte[]");

  /** A primitive: the boxed codec, with JSON {@code null} read as {@code defaultValue}. */
  public static <T> Codec<T> primitive(Codec<T> boxed, T defaultValue, String typeName) {
    return PrimitiveCodec.of(boxed, defaultValue, typeName);
  }

  /** {@code List<E>}, read into an {@code ArrayList}. */
  public static <E> Codec<List<E>> list(Codec<E> elements) {
    return ListCodec.of(elements, false, "java.util.List<" + elements.typeName() + ">");
  }

  /** {@code Collection<E>}, read into an {@code ArrayList}. */
  public static <E> Codec<Collection<E>> collection(Codec<E> elements) {
    return ListCodec.of(elements, false, "java.util.Collection<" + elements.typeName() + ">");
  }

  /** {@code Set<E>}, read into a {@code LinkedHashSet}. */
  public static <E> Codec<Set<E>> set(Codec<E> elements) {
    return ListCodec.of(elements, true, "java.util.Set<" + elements.typeName() + ">");
  }

  /** {@code Map<String, V>}, read into a {@code LinkedHashMap}. */
  public static <V> Codec<Map<String, V>> map(Codec<V> values) {
    return MapCodec.of(values, "java.util.Map<java.lang.String," + values.typeName() + ">");
  }

  /** Jackson's {@code JsonNode} tree. */
  public static Codec<JsonNode> jsonNode() {
    return JsonNodeCodec.of();
  }
}
