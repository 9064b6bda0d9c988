package dev.switchboard.internal.json.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.switchboard.internal.json.Codec;
import java.io.IOException;

/**
 * The codecs generated tables use for S3 notifications: S3's own format ({@link S3Notifications}) on
 * jackson-core, with no databind, for handlers that take {@code S3Event} or {@code S3EventNotification}.
 */
public final class AwsS3Codecs {
  private AwsS3Codecs() {}

  /** {@code S3Event}. Typed as a Codec, so a table that names it does not load this class to verify. */
  public static final Codec<S3Event> S3_EVENT = new Codec<>() {
    @Override
    public String typeName() {
      return S3Event.class.getName();
    }

    @Override
    public S3Event read(JsonParser parser) throws IOException {
      return S3Notifications.read(parser, S3Event::new);
    }

    @Override
    public void write(JsonGenerator generator, S3Event value) throws IOException {
      if (value == null) {
        generator.writeNull();
      } else {
        S3Notifications.write(generator, value);
      }
    }
  };

  /** {@code S3EventNotification}. */
  public static final Codec<S3EventNotification> S3_EVENT_NOTIFICATION = new Codec<>() {
    @Override
    public String typeName() {
      return S3EventNotification.class.getName();
    }

    @Override
    public S3EventNotification read(JsonParser parser) throws IOException {
      return S3Notifications.read(parser, S3EventNotification::new);
    }

    @Override
    public void write(JsonGenerator generator, S3EventNotification value) throws IOException {
      if (value == null) {
        generator.writeNull();
      } else {
        S3Notifications.write(generator, value);
      }
    }
  };
}
