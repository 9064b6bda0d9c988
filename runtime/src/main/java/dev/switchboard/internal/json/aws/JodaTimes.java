package dev.switchboard.internal.json.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.joda.time.DateTime;
import java.util.Locale;
import org.joda.time.format.DateTimeFormat;
import org.joda.time.format.DateTimeFormatter;

/**
 * Joda's {@code DateTime} as AWS's runtime binds it: written as ISO-8601 with milliseconds and the
 * value's own offset ({@code 2023-11-14T22:13:20.123Z}), read with {@code DateTime.parse}, which keeps
 * the offset the text gives. Joda is an optional dependency: this class is loaded only when it is
 * there (aws-lambda-java-events brings it).
 */
final class JodaTimes {
  private JodaTimes() {}

  static boolean available(ClassLoader loader) {
    try {
      Class.forName("org.joda.time.DateTime", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static void register(SimpleModule module) {
    module.addSerializer(DateTime.class, new DateTimeSerializer());
    module.addDeserializer(DateTime.class, new DateTimeDeserializer());
  }

  /** Writes a DateTime in a Joda pattern, as the class's own getter parses it (English month names). */
  static JsonSerializer<DateTime> serializer(String pattern) {
    DateTimeFormatter format = DateTimeFormat.forPattern(pattern).withLocale(Locale.US);
    return new JsonSerializer<DateTime>() {
      @Override
      public void serialize(DateTime value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeString(format.print(value));
      }
    };
  }

  static final class DateTimeSerializer extends JsonSerializer<DateTime> {
    @Override
    public void serialize(DateTime value, JsonGenerator g, SerializerProvider provider) throws IOException {
      AwsJoda.write(g, value);
    }
  }

  static final class DateTimeDeserializer extends JsonDeserializer<DateTime> {
    @Override
    public DateTime deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return DateTime.parse(p.getValueAsString());
    }
  }
}
