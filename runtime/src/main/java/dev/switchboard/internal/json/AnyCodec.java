package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Object}: reads what Python's {@code json} gives (a {@code LinkedHashMap}, {@code ArrayList},
 * {@code String}, {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code Boolean} or
 * {@code null}; a float too large for a double reads as {@code BigDecimal}) and writes those types, any
 * {@code Map}, {@code Iterable}, array, {@code CharSequence}, {@code Number}, {@code Enum} (by name) or
 * {@code byte[]} (base64) without databind. Any other value is written by jackson-databind, loaded then.
 */
final class AnyCodec extends Codec<Object> {
  static final AnyCodec INSTANCE = new AnyCodec();

  private AnyCodec() {}

  @Override
  public String typeName() {
    return "java.lang.Object";
  }

  @Override
  public Object read(JsonParser p) throws IOException {
    return readValue(p, p.currentToken());
  }

  static Object readValue(JsonParser p, JsonToken token) throws IOException {
    if (token == null) {
      throw JsonMismatchException.at(p, "a JSON value");
    }
    switch (token.id()) {
      case com.fasterxml.jackson.core.JsonTokenId.ID_START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          map.put(name, readValue(p, p.nextToken()));
        }
        return map;
      }
      case com.fasterxml.jackson.core.JsonTokenId.ID_START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          list.add(readValue(p, t));
        }
        return list;
      }
      case com.fasterxml.jackson.core.JsonTokenId.ID_STRING:
        return p.getText();
      case com.fasterxml.jackson.core.JsonTokenId.ID_NUMBER_INT:
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
        return type == JsonParser.NumberType.LONG ? (Object) p.getLongValue() : p.getBigIntegerValue();
      case com.fasterxml.jackson.core.JsonTokenId.ID_NUMBER_FLOAT: {
        double d = p.getDoubleValue();
        return Double.isInfinite(d) ? p.getDecimalValue() : (Object) d;
      }
      case com.fasterxml.jackson.core.JsonTokenId.ID_TRUE:
        return Boolean.TRUE;
      case com.fasterxml.jackson.core.JsonTokenId.ID_FALSE:
        return Boolean.FALSE;
      case com.fasterxml.jackson.core.JsonTokenId.ID_NULL:
        return null;
      default:
        throw JsonMismatchException.at(p, "a JSON value");
    }
  }

  @Override
  public void write(JsonGenerator g, Object value) throws IOException {
    writeValue(g, value);
  }

  static void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Map) {
      checkDepth(g);
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(g, entry.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double) {
      g.writeNumber((Double) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof Iterable) {
      checkDepth(g);
      g.writeStartArray();
      for (Iterator<?> it = ((Iterable<?>) value).iterator(); it.hasNext(); ) {
        writeValue(g, it.next());
      }
      g.writeEndArray();
    } else if (value instanceof CharSequence || value instanceof Character) {
      g.writeString(value.toString());
    } else if (value instanceof Float) {
      g.writeNumber((Float) value);
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      g.writeNumber((BigInteger) value);
    } else if (value instanceof byte[]) {
      g.writeBinary((byte[]) value);
    } else if (value instanceof Object[]) {
      checkDepth(g);
      g.writeStartArray();
      for (Object element : (Object[]) value) {
        writeValue(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Enum) {
      g.writeString(((Enum<?>) value).name());
    } else if (value instanceof int[]) {
      int[] array = (int[]) value;
      g.writeArray(array, 0, array.length);
    } else if (value instanceof long[]) {
      long[] array = (long[]) value;
      g.writeArray(array, 0, array.length);
    } else if (value instanceof double[]) {
      double[] array = (double[]) value;
      g.writeArray(array, 0, array.length);
    } else {
      DatabindSupport.writeValue(g, value);
    }
  }

  /**
   * A container about to open as deep as the generator allows is taken to contain itself: say so,
   * rather than let the generator report only its limit.
   */
  private static void checkDepth(JsonGenerator g) throws IOException {
    int max = g.streamWriteConstraints().getMaxNestingDepth();
    if (g.getOutputContext().getNestingDepth() >= max) {
      throw new IOException("it nests deeper than " + max + " levels (does it contain itself?)");
    }
  }
}
