package dev.switchboard.internal.json.aws;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.internal.json.JsonMismatchException;
import dev.switchboard.internal.json.JsonPaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Date;

/**
 * The values of aws-lambda-java-events classes that generated codecs read and write as AWS's runtime
 * does: {@code java.util.Date} as seconds since the epoch with a fraction (0, or text that is no
 * number, reads as null), {@code ByteBuffer} as base64. Joda's DateTime is {@link AwsJoda}'s.
 */
public final class AwsValues {
  private AwsValues() {}

  public static Date readDate(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      throw JsonMismatchException.at(p, "a number of seconds");
    }
    double seconds = p.getValueAsDouble();
    return seconds == 0 ? null : new Date((long) (seconds * 1000.0));
  }

  public static void write(JsonGenerator g, Date value) throws IOException {
    g.writeNumber(value.getTime() / 1000.0);
  }

  /**
   * An enum constant by its name, or by its index for a whole number, as databind reads it with AWS's
   * settings: a name or index it does not know reads as null.
   */
  public static <E extends Enum<E>> E readEnum(JsonParser p, E[] values) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        String name = p.getText();
        for (E value : values) {
          if (value.name().equals(name)) {
            return value;
          }
        }
        return null;
      case VALUE_NUMBER_INT:
        int index = p.getValueAsInt(-1);
        return index >= 0 && index < values.length ? values[index] : null;
      default:
        throw JsonMismatchException.at(p, "the name of a constant");
    }
  }

  public static ByteBuffer readByteBuffer(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_EMBEDDED_OBJECT) {
      throw JsonMismatchException.at(p, "a base64 string");
    }
    try {
      return ByteBuffer.wrap(p.getBinaryValue(Base64Variants.getDefaultVariant()));
    } catch (IOException | IllegalArgumentException e) {
      throw new JsonMismatchException(JsonPaths.of(p) + ": expected a base64 string: " + e.getMessage());
    }
  }

  /** The bytes from the buffer's position to its limit, as databind writes them; the buffer is not consumed. */
  public static void write(JsonGenerator g, ByteBuffer value) throws IOException {
    if (value.hasArray()) {
      int position = value.position();
      g.writeBinary(value.array(), value.arrayOffset() + position, value.limit() - position);
      return;
    }
    ByteBuffer copy = value.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    g.writeBinary(bytes);
  }
}
