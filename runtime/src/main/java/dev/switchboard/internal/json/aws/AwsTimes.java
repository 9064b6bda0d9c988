package dev.switchboard.internal.json.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Date;

/**
 * The times of AWS's registered events: a {@code java.util.Date} is a number of seconds since the epoch,
 * with a fraction for the milliseconds ({@code 1700000000.123}); 0 reads as null, as AWS's runtime
 * reads it. Joda's {@code DateTime}, when Joda is on the class path, is an ISO-8601 string
 * ({@link JodaTimes}).
 */
final class AwsTimes {
  private AwsTimes() {}

  static SimpleModule module(ClassLoader loader) {
    SimpleModule module = new SimpleModule("switchboard-aws-times");
    module.addSerializer(Date.class, new DateSerializer());
    module.addDeserializer(Date.class, new DateDeserializer());
    if (JodaTimes.available(loader)) {
      JodaTimes.register(module);
    }
    return module;
  }

  static final class DateSerializer extends JsonSerializer<Date> {
    @Override
    public void serialize(Date value, JsonGenerator g, SerializerProvider provider) throws IOException {
      AwsValues.write(g, value);
    }
  }

  static final class DateDeserializer extends JsonDeserializer<Date> {
    @Override
    public Date deserialize(JsonParser p, DeserializationContext context) throws IOException {
      double seconds = p.getValueAsDouble();
      return seconds == 0 ? null : new Date((long) (seconds * 1000.0));
    }
  }
}
