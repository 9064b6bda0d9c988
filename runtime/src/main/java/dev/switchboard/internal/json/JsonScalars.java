package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads JSON scalars the way the runtime's jackson-databind configuration does, for generated codecs.
 * Each method is called with the parser on the value's token and leaves it there.
 *
 * <p>The rules are databind's defaults: a number, boolean or string converts to another scalar kind
 * where it can ({@code "12"} to an {@code int}, {@code 1.9} to the {@code int} 1, {@code 12} to the
 * string {@code "12"}, {@code 1} to {@code true}); an empty or blank string and the string
 * {@code "null"} read as {@code null} for numbers and booleans ({@code 0}/{@code false} for
 * primitives); JSON {@code null} reads as a primitive's default; objects and arrays never convert.
 * The {@code ...OrNull} methods read boxed values. Every mismatch throws a
 * {@link JsonMismatchException} naming the JSON path.
 */
public final class JsonScalars {
  private JsonScalars() {}

  /** {@code String}: any scalar, as its text. */
  public static String readString(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_STRING:
        return p.getText();
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
      case JsonTokenId.ID_TRUE:
      case JsonTokenId.ID_FALSE:
        return p.getValueAsString();
      default:
        throw JsonMismatchException.at(p, "a string");
    }
  }

  /** {@code boolean}. */
  public static boolean readBoolean(JsonParser p) throws IOException {
    Boolean value = readBooleanOrNull(p);
    return value != null && value;
  }

  /** {@code Boolean}: also {@code "true"}, {@code "True"}, {@code "TRUE"} (and false alike), and 0 or not 0. */
  public static Boolean readBooleanOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_TRUE:
        return Boolean.TRUE;
      case JsonTokenId.ID_FALSE:
        return Boolean.FALSE;
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() != 0 : !"0".equals(p.getText());
      case JsonTokenId.ID_STRING: {
        String text = p.getText();
        if (isBlank(text)) {
          return null;
        }
        text = text.trim();
        if (text.equals("true") || text.equals("TRUE") || text.equals("True")) {
          return Boolean.TRUE;
        }
        if (text.equals("false") || text.equals("FALSE") || text.equals("False")) {
          return Boolean.FALSE;
        }
        if (text.equals("null")) {
          return null;
        }
        throw badString(p, "a boolean", text);
      }
      default:
        throw JsonMismatchException.at(p, "a boolean");
    }
  }

  /** {@code byte}: -128 to 255, as databind allows. */
  public static byte readByte(JsonParser p) throws IOException {
    Byte value = readByteOrNull(p);
    return value == null ? 0 : value;
  }

  /** {@code Byte}. */
  public static Byte readByteOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        try {
          return p.getByteValue();
        } catch (InputCoercionException e) {
          throw outOfRange(p, "byte");
        }
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String text = numericText(p);
        if (text == null) {
          return null;
        }
        int value = parseInt(p, text, "byte");
        if (value < Byte.MIN_VALUE || value > 255) {
          throw outOfRange(p, "byte");
        }
        return (byte) value;
      }
      default:
        throw JsonMismatchException.at(p, "an integer");
    }
  }

  /** {@code short}. */
  public static short readShort(JsonParser p) throws IOException {
    Short value = readShortOrNull(p);
    return value == null ? 0 : value;
  }

  /** {@code Short}. */
  public static Short readShortOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        try {
          return p.getShortValue();
        } catch (InputCoercionException e) {
          throw outOfRange(p, "short");
        }
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String text = numericText(p);
        if (text == null) {
          return null;
        }
        int value = parseInt(p, text, "short");
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
          throw outOfRange(p, "short");
        }
        return (short) value;
      }
      default:
        throw JsonMismatchException.at(p, "an integer");
    }
  }

  /** {@code int}; a fraction is dropped. */
  public static int readInt(JsonParser p) throws IOException {
    if (p.currentTokenId() == JsonTokenId.ID_NUMBER_INT) {
      try {
        return p.getIntValue();
      } catch (InputCoercionException e) {
        throw outOfRange(p, "int");
      }
    }
    Integer value = readIntOrNull(p);
    return value == null ? 0 : value;
  }

  /** {@code Integer}. */
  public static Integer readIntOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
        try {
          return p.getIntValue();
        } catch (InputCoercionException e) {
          throw outOfRange(p, "int");
        }
      case JsonTokenId.ID_NUMBER_FLOAT:
        try {
          return p.getValueAsInt();
        } catch (InputCoercionException e) {
          throw outOfRange(p, "int");
        }
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String text = numericText(p);
        return text == null ? null : parseInt(p, text, "int");
      }
      default:
        throw JsonMismatchException.at(p, "an integer");
    }
  }

  /** {@code long}; a fraction is dropped. */
  public static long readLong(JsonParser p) throws IOException {
    Long value = readLongOrNull(p);
    return value == null ? 0L : value;
  }

  /** {@code Long}. */
  public static Long readLongOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
        try {
          return p.getLongValue();
        } catch (InputCoercionException e) {
          throw outOfRange(p, "long");
        }
      case JsonTokenId.ID_NUMBER_FLOAT:
        try {
          return p.getValueAsLong();
        } catch (InputCoercionException e) {
          throw outOfRange(p, "long");
        }
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String text = numericText(p);
        if (text == null) {
          return null;
        }
        p.streamReadConstraints().validateIntegerLength(text.length());
        try {
          return NumberInput.parseLong(text);
        } catch (IllegalArgumentException e) {
          throw badString(p, "an integer", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "an integer");
    }
  }

  /** {@code float}; also the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
  public static float readFloat(JsonParser p) throws IOException {
    Float value = readFloatOrNull(p);
    return value == null ? 0f : value;
  }

  /** {@code Float}. */
  public static Float readFloatOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        return p.getFloatValue();
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String raw = p.getText();
        Double special = specialDouble(raw);
        if (special != null) {
          return special.floatValue();
        }
        String text = decimalText(p);
        if (text == null) {
          return null;
        }
        try {
          return NumberInput.parseFloat(text, false);
        } catch (IllegalArgumentException e) {
          throw badString(p, "a number", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "a number");
    }
  }

  /** {@code double}; also the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
  public static double readDouble(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        return p.getDoubleValue();
      case JsonTokenId.ID_NULL:
        return 0d;
      case JsonTokenId.ID_STRING: {
        Double special = specialDouble(p.getText());
        if (special != null) {
          return special;
        }
        String text = numericText(p);
        if (text == null) {
          return 0d;
        }
        // As databind does for the primitive: Java's own syntax, without a pre-check.
        try {
          return NumberInput.parseDouble(text, false);
        } catch (IllegalArgumentException e) {
          throw badString(p, "a number", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "a number");
    }
  }

  /** {@code Double}. */
  public static Double readDoubleOrNull(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        return p.getDoubleValue();
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        Double special = specialDouble(p.getText());
        if (special != null) {
          return special;
        }
        String text = decimalText(p);
        if (text == null) {
          return null;
        }
        try {
          return NumberInput.parseDouble(text, false);
        } catch (IllegalArgumentException e) {
          throw badString(p, "a number", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "a number");
    }
  }

  /** {@code BigInteger}; a fraction is dropped. */
  public static BigInteger readBigInteger(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
        return p.getBigIntegerValue();
      case JsonTokenId.ID_NUMBER_FLOAT: {
        BigDecimal decimal = p.getDecimalValue();
        p.streamReadConstraints().validateBigIntegerScale(decimal.scale());
        return decimal.toBigInteger();
      }
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String text = numericText(p);
        if (text == null) {
          return null;
        }
        if (isIntNumber(text)) {
          p.streamReadConstraints().validateIntegerLength(text.length());
          try {
            return NumberInput.parseBigInteger(text, false);
          } catch (IllegalArgumentException e) {
            // reported below
          }
        }
        throw badString(p, "an integer", text);
      }
      default:
        throw JsonMismatchException.at(p, "an integer");
    }
  }

  /** {@code BigDecimal}, exactly as written. */
  public static BigDecimal readBigDecimal(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        return p.getDecimalValue();
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING: {
        String text = decimalText(p);
        if (text == null) {
          return null;
        }
        try {
          return NumberInput.parseBigDecimal(text, false);
        } catch (IllegalArgumentException e) {
          throw badString(p, "a number", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "a number");
    }
  }

  /** {@code byte[]}: a base64 string, or an array of numbers. */
  public static byte[] readBytes(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING:
        try {
          return p.getBinaryValue(Base64Variants.getDefaultVariant());
        } catch (IOException | IllegalArgumentException e) {
          throw new JsonMismatchException(JsonPaths.of(p) + ": expected a base64 string: " + firstLine(e));
        }
      case JsonTokenId.ID_START_ARRAY: {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          bytes.write(readByte(p));
        }
        return bytes.toByteArray();
      }
      default:
        throw JsonMismatchException.at(p, "a base64 string");
    }
  }

  /**
   * The text of a string token meant as a number, trimmed; {@code null} when it reads as null (empty,
   * blank or {@code "null"}).
   */
  private static String numericText(JsonParser p) throws IOException {
    String text = p.getText();
    if (isBlank(text)) {
      return null;
    }
    text = text.trim();
    return text.equals("null") ? null : text;
  }

  /**
   * The text of a string token meant as a decimal number, as {@link #numericText} gives it, checked as
   * databind checks it for a boxed or big number: number syntax, and the length that the parser's
   * constraints allow.
   */
  private static String decimalText(JsonParser p) throws IOException {
    String text = numericText(p);
    if (text != null) {
      if (!NumberInput.looksLikeValidNumber(text)) {
        throw badString(p, "a number", text);
      }
      p.streamReadConstraints().validateFPLength(text.length());
    }
    return text;
  }

  private static int parseInt(JsonParser p, String text, String type) throws IOException {
    try {
      if (text.length() > 9) {
        p.streamReadConstraints().validateIntegerLength(text.length());
        long value = NumberInput.parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          throw outOfRange(p, type);
        }
        return (int) value;
      }
      return NumberInput.parseInt(text);
    } catch (IllegalArgumentException e) {
      throw badString(p, "an integer", text);
    }
  }

  private static Double specialDouble(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
      case "INF":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
      case "-INF":
        return Double.NEGATIVE_INFINITY;
      default:
        return null;
    }
  }

  /** Whether {@code text} is empty or only characters up to U+0020, as databind defines blank. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean isIntNumber(String text) {
    int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    if (start == text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A mismatch for a string that does not read as {@code expected}. */
  static JsonMismatchException badString(JsonParser p, String expected, String text) {
    String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
    return new JsonMismatchException(
        JsonPaths.of(p) + ": expected " + expected + ", found the string \"" + shown + "\"");
  }

  private static JsonMismatchException outOfRange(JsonParser p, String type) throws IOException {
    String text = p.getText();
    String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
    return new JsonMismatchException(JsonPaths.of(p) + ": " + shown + " is out of range for " + type);
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
