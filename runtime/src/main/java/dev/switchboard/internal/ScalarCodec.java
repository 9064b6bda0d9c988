package dev.switchboard.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Strings, numbers, booleans and base64 bytes. Reading follows jackson-databind's default coercions: a
 * scalar of another kind converts where it can (the string {@code "12"} to an integer, a number to a
 * string, {@code 1.9} to the integer {@code 1}, an empty string to {@code null} for a number or a
 * boolean); objects and arrays never do.
 */
final class ScalarCodec<T> extends Codec<T> {
  static final int STRING = 0;
  static final int BOOLEAN = 1;
  static final int BYTE = 2;
  static final int SHORT = 3;
  static final int INTEGER = 4;
  static final int LONG = 5;
  static final int FLOAT = 6;
  static final int DOUBLE = 7;
  static final int BIG_INTEGER = 8;
  static final int BIG_DECIMAL = 9;
  static final int BYTES = 10;
  static final int CHAR_SEQUENCE = 11;

  private final int kind;
  private final String typeName;

  ScalarCodec(int kind, String typeName) {
    this.kind = kind;
    this.typeName = typeName;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == null) {
      throw JsonMismatchException.at(p, expected());
    }
    return (T) readScalar(p, token);
  }

  private Object readScalar(JsonParser p, JsonToken token) throws IOException {
    switch (kind) {
      case STRING:
      case CHAR_SEQUENCE:
        return p.getText();
      case BOOLEAN:
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
          return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
          return p.getLongValue() != 0;
        }
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        if (text.equals("true") || text.equals("True") || text.equals("TRUE")) {
          return Boolean.TRUE;
        }
        if (text.equals("false") || text.equals("False") || text.equals("FALSE")) {
          return Boolean.FALSE;
        }
        throw JsonMismatchException.at(p, expected());
      case BYTES:
        if (token != JsonToken.VALUE_STRING) {
          throw JsonMismatchException.at(p, expected());
        }
        try {
          return p.getBinaryValue();
        } catch (IOException | IllegalArgumentException e) {
          throw new JsonMismatchException(JsonPaths.of(p) + ": expected a base64 string: " + e.getMessage());
        }
      default:
        return readNumber(p, token);
    }
  }

  private Object readNumber(JsonParser p, JsonToken token) throws IOException {
    BigDecimal number;
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      if (kind == DOUBLE) {
        return p.getDoubleValue();
      }
      if (kind == FLOAT) {
        return p.getFloatValue();
      }
      if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
        return narrow(p, BigDecimal.valueOf(p.getIntValue()));
      }
      number = p.getDecimalValue();
    } else if (token == JsonToken.VALUE_STRING) {
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        if (kind == DOUBLE) {
          return Double.valueOf(text);
        }
        if (kind == FLOAT) {
          return Float.valueOf(text);
        }
        number = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new JsonMismatchException(
            JsonPaths.of(p) + ": expected " + expected() + ", found the string \"" + shorten(text) + "\"");
      }
    } else {
      throw JsonMismatchException.at(p, expected());
    }
    return narrow(p, number);
  }

  private Object narrow(JsonParser p, BigDecimal number) throws IOException {
    try {
      switch (kind) {
        case BIG_DECIMAL:
          return number;
        case BIG_INTEGER:
          return number.toBigInteger();
        case LONG:
          return number.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        case INTEGER:
          return number.setScale(0, java.math.RoundingMode.DOWN).intValueExact();
        case SHORT:
          return number.setScale(0, java.math.RoundingMode.DOWN).shortValueExact();
        case BYTE:
          return number.setScale(0, java.math.RoundingMode.DOWN).byteValueExact();
        default:
          throw new IllegalStateException("not a number kind: " + kind);
      }
    } catch (ArithmeticException e) {
      throw new JsonMismatchException(
          JsonPaths.of(p) + ": " + number + " is out of range for " + typeName);
    }
  }

  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    switch (kind) {
      case STRING:
      case CHAR_SEQUENCE:
        g.writeString(value.toString());
        return;
      case BOOLEAN:
        g.writeBoolean((Boolean) value);
        return;
      case BYTES:
        g.writeBinary((byte[]) value);
        return;
      case FLOAT:
        g.writeNumber((Float) value);
        return;
      case DOUBLE:
        g.writeNumber((Double) value);
        return;
      case BIG_INTEGER:
        g.writeNumber((BigInteger) value);
        return;
      case BIG_DECIMAL:
        g.writeNumber((BigDecimal) value);
        return;
      default:
        g.writeNumber(((Number) value).longValue());
    }
  }

  private String expected() {
    switch (kind) {
      case STRING:
      case CHAR_SEQUENCE:
        return "a string";
      case BOOLEAN:
        return "a boolean";
      case BYTES:
        return "a base64 string";
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        return "a number";
      default:
        return "an integer";
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
