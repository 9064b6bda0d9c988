package dev.switchboard.internal.json.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** S3 notifications on the databind path: {@link S3Notifications}' format, as a Jackson module. */
final class S3Events {
  private S3Events() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("switchboard-aws-s3");
    module.addDeserializer(S3Event.class, new Reader<>(S3Event::new));
    module.addDeserializer(S3EventNotification.class, new Reader<>(S3EventNotification::new));
    module.addSerializer(S3EventNotification.class, new Writer());
    return module;
  }

  static final class Reader<T extends S3EventNotification> extends JsonDeserializer<T> {
    private final Function<List<S3EventNotificationRecord>, T> create;

    Reader(Function<List<S3EventNotificationRecord>, T> create) {
      this.create = create;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return S3Notifications.read(p, create);
    }
  }

  static final class Writer extends JsonSerializer<S3EventNotification> {
    @Override
    public void serialize(S3EventNotification value, JsonGenerator g, SerializerProvider provider) throws IOException {
      S3Notifications.write(g, value);
    }

    @Override
    public Class<S3EventNotification> handledType() {
      return S3EventNotification.class;
    }
  }

}
