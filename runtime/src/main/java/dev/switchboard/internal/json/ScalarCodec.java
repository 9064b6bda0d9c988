package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Strings, numbers, booleans and base64 bytes. Reading follows jackson-databind's default coercions,
 * with the same code as the generated codecs ({@link JsonScalars}): a scalar of another kind converts
 * where it can (the string {@code "12"} to an integer, a number to a string, {@code 1.9} to the integer
 * {@code 1}, an empty string to {@code null} for a number or a boolean); objects and arrays never do,
 * except an array of numbers for {@code byte[]}.
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
    if (p.currentToken() == null) {
      throw JsonMismatchException.at(p, expected());
    }
    return (T) readScalar(p);
  }

  /** The same rules as the generated codecs' fields, which are databind's ({@link JsonScalars}). */
  private Object readScalar(JsonParser p) throws IOException {
    switch (kind) {
      case STRING:
      case CHAR_SEQUENCE:
        return JsonScalars.readString(p);
      case BOOLEAN:
        return JsonScalars.readBooleanOrNull(p);
      case BYTE:
        return JsonScalars.readByteOrNull(p);
      case SHORT:
        return JsonScalars.readShortOrNull(p);
      case INTEGER:
        return JsonScalars.readIntOrNull(p);
      case LONG:
        return JsonScalars.readLongOrNull(p);
      case FLOAT:
        return JsonScalars.readFloatOrNull(p);
      case DOUBLE:
        return JsonScalars.readDoubleOrNull(p);
      case BIG_INTEGER:
        return JsonScalars.readBigInteger(p);
      case BIG_DECIMAL:
        return JsonScalars.readBigDecimal(p);
      case BYTES:
        return JsonScalars.readBytes(p);
      default:
        throw new IllegalStateException("not a scalar kind: " + kind);
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
}
