package dev.switchboard.internal.json.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.internal.json.JsonMismatchException;
import dev.switchboard.internal.json.JsonPaths;
import java.io.IOException;
import org.joda.time.DateTime;
import org.joda.time.format.ISODateTimeFormat;

/**
 * Joda's {@code DateTime} in generated codecs of aws-lambda-java-events classes, as AWS's runtime binds
 * it: written as ISO-8601 with milliseconds and the value's offset, read with {@code DateTime.parse}.
 * Loaded only by codecs of classes that hold one, which bring Joda with them.
 */
public final class AwsJoda {
  private AwsJoda() {}

  public static DateTime readDateTime(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String text = p.getValueAsString();
    if (text == null) {
      throw JsonMismatchException.at(p, "an ISO-8601 date-time string");
    }
    try {
      return DateTime.parse(text);
    } catch (IllegalArgumentException e) {
      throw new JsonMismatchException(JsonPaths.of(p) + ": expected an ISO-8601 date-time: " + e.getMessage());
    }
  }

  public static void write(JsonGenerator g, DateTime value) throws IOException {
    g.writeString(ISODateTimeFormat.dateTime().print(value));
  }
}
