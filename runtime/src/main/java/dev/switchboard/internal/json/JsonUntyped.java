package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Object} properties of generated codecs, bound as jackson-databind binds them with the
 * runtime's configuration. Reading gives {@code LinkedHashMap}, {@code ArrayList}, {@code String},
 * {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code Boolean} or {@code null}.
 * Writing handles those and other JSON-natural values itself, leaving null map values out as databind
 * does, and hands any other value to jackson-databind (loaded then).
 */
public final class JsonUntyped {
  private JsonUntyped() {}

  /** Reads any JSON value. */
  public static Object read(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          p.nextToken();
          map.put(name, read(p));
        }
        return map;
      }
      case JsonTokenId.ID_START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return list;
      }
      case JsonTokenId.ID_STRING:
        return p.getText();
      case JsonTokenId.ID_NUMBER_INT:
        return p.getNumberValue();
      case JsonTokenId.ID_NUMBER_FLOAT:
        return p.getDoubleValue();
      case JsonTokenId.ID_TRUE:
        return Boolean.TRUE;
      case JsonTokenId.ID_FALSE:
        return Boolean.FALSE;
      case JsonTokenId.ID_NULL:
        return null;
      default:
        throw JsonMismatchException.at(p, "a JSON value");
    }
  }

  /** Writes any value: maps leave out null values. */
  public static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Integer) {
      g.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      g.writeNumber((Long) value);
    } else if (value instanceof Double) {
      g.writeNumber((Double) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof Map && stringKeys((Map<?, ?>) value)) {
      g.writeStartObject(value);
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getValue() != null) {
          g.writeFieldName((String) entry.getKey());
          write(g, entry.getValue());
        }
      }
      g.writeEndObject();
    } else if (value instanceof Collection) {
      g.writeStartArray(value);
      for (Object element : (Collection<?>) value) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      g.writeNumber((BigInteger) value);
    } else if (value instanceof Float) {
      g.writeNumber((Float) value);
    } else if (value instanceof Short || value instanceof Byte) {
      g.writeNumber(((Number) value).intValue());
    } else if (value instanceof byte[]) {
      g.writeBinary((byte[]) value);
    } else {
      DatabindSupport.writeValue(g, value);
    }
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
