package dev.switchboard.internal.json.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.internal.json.Json;
import dev.switchboard.internal.json.JsonMismatchException;
import dev.switchboard.internal.json.JsonUntyped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.joda.time.format.ISODateTimeFormat;

/**
 * S3 notifications ({@code S3Event}, {@code S3EventNotification}) as AWS's Java runtime binds them: not
 * by Jackson's bean rules (the classes have constructors and no setters) but by S3's own serializer,
 * which reads the fields S3 sends by name. Its quirks are kept, since they decide what a handler sees:
 * a missing or null string reads as {@code ""}, a missing size as 0, a missing object as one whose
 * strings are all {@code ""}, a missing {@code Records} as an empty list; output leaves nulls out and
 * adds the object's {@code urlDecodedKey}.
 */
public final class S3Notifications {
  private S3Notifications() {}

  /** Reads a notification as S3's serializer does; the parser is on its first token. */
  public static <T extends S3EventNotification> T read(JsonParser p, Function<List<S3EventNotificationRecord>, T> create)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonMismatchException.at(p, "an object");
    }
    Map<?, ?> root = (Map<?, ?>) JsonUntyped.read(p);
    List<S3EventNotificationRecord> records = new ArrayList<>();
    if (root.get("Records") instanceof List<?> array) {
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof Map<?, ?> record)) {
          throw new JsonMismatchException("$.Records[" + i + "]: expected an object");
        }
        records.add(record(record));
      }
    }
    return create.apply(records);
  }

  /** Writes a notification as S3's serializer does. */
  public static void write(JsonGenerator g, S3EventNotification value) throws IOException {
    g.writeStartObject();
    if (value.getRecords() != null) {
      g.writeArrayFieldStart("Records");
      for (S3EventNotificationRecord record : value.getRecords()) {
        writeRecord(g, record);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static S3EventNotificationRecord record(Map<?, ?> json) {
    return new S3EventNotificationRecord(
        string(json, "awsRegion"),
        string(json, "eventName"),
        string(json, "eventSource"),
        string(json, "eventTime"),
        string(json, "eventVersion"),
        requestParameters(object(json.get("requestParameters"))),
        responseElements(object(json.get("responseElements"))),
        s3(object(json.get("s3"))),
        userIdentity(object(json.get("userIdentity"))));
  }

  private static S3Entity s3(Map<?, ?> json) {
    return new S3Entity(
        string(json, "configurationId"),
        bucket(object(json.get("bucket"))),
        s3Object(object(json.get("object"))),
        string(json, "s3SchemaVersion"));
  }

  private static S3BucketEntity bucket(Map<?, ?> json) {
    return new S3BucketEntity(string(json, "name"), userIdentity(object(json.get("ownerIdentity"))), string(json, "arn"));
  }

  private static S3ObjectEntity s3Object(Map<?, ?> json) {
    return new S3ObjectEntity(string(json, "key"), size(json.get("size")), string(json, "eTag"),
        string(json, "versionId"), string(json, "sequencer"));
  }

  /** The size as S3's serializer reads it: a number, or text that is one; else 0. */
  private static long size(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text) {
      try {
        return new java.math.BigDecimal(text.strip()).longValue();
      } catch (NumberFormatException e) {
        return 0L;
      }
    }
    return 0L;
  }

  private static UserIdentityEntity userIdentity(Map<?, ?> json) {
    return new UserIdentityEntity(string(json, "principalId"));
  }

  private static RequestParametersEntity requestParameters(Map<?, ?> json) {
    return new RequestParametersEntity(string(json, "sourceIPAddress"));
  }

  private static ResponseElementsEntity responseElements(Map<?, ?> json) {
    return new ResponseElementsEntity(string(json, "x-amz-id-2"), string(json, "x-amz-request-id"));
  }

  /** The value when it is a JSON object, else an empty one: S3's serializer reads a missing object as empty. */
  private static Map<?, ?> object(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }

  /** A field as text: "" when missing or null, as S3's serializer reads it. */
  private static String string(Map<?, ?> json, String name) {
    Object value = json.get(name);
    if (value == null) {
      return "";
    }
    if (value instanceof Map || value instanceof List) {
      try {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator g = Json.factory().createGenerator(text)) {
          JsonUntyped.write(g, value);
        }
        return text.toString();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return value.toString();
  }

  private static void writeRecord(JsonGenerator g, S3EventNotificationRecord record) throws IOException {
    if (record == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    field(g, "awsRegion", record.getAwsRegion());
    field(g, "eventName", record.getEventName());
    field(g, "eventSource", record.getEventSource());
    if (record.getEventTime() != null) {
      g.writeStringField("eventTime", ISODateTimeFormat.dateTime().print(record.getEventTime()));
    }
    field(g, "eventVersion", record.getEventVersion());
    if (record.getRequestParameters() != null) {
      g.writeObjectFieldStart("requestParameters");
      field(g, "sourceIPAddress", record.getRequestParameters().getSourceIPAddress());
      g.writeEndObject();
    }
    if (record.getResponseElements() != null) {
      g.writeObjectFieldStart("responseElements");
      field(g, "x-amz-id-2", record.getResponseElements().getxAmzId2());
      field(g, "x-amz-request-id", record.getResponseElements().getxAmzRequestId());
      g.writeEndObject();
    }
    S3Entity s3 = record.getS3();
    if (s3 != null) {
      g.writeObjectFieldStart("s3");
      field(g, "configurationId", s3.getConfigurationId());
      if (s3.getBucket() != null) {
        g.writeObjectFieldStart("bucket");
        field(g, "name", s3.getBucket().getName());
        writeUserIdentity(g, "ownerIdentity", s3.getBucket().getOwnerIdentity());
        field(g, "arn", s3.getBucket().getArn());
        g.writeEndObject();
      }
      S3ObjectEntity object = s3.getObject();
      if (object != null) {
        g.writeObjectFieldStart("object");
        field(g, "key", object.getKey());
        if (object.getSizeAsLong() != null) {
          g.writeNumberField("size", object.getSizeAsLong().longValue());
        }
        field(g, "eTag", object.geteTag());
        field(g, "versionId", object.getVersionId());
        field(g, "urlDecodedKey", object.getKey() == null ? null : object.getUrlDecodedKey());
        field(g, "sequencer", object.getSequencer());
        g.writeEndObject();
      }
      field(g, "s3SchemaVersion", s3.getS3SchemaVersion());
      g.writeEndObject();
    }
    writeUserIdentity(g, "userIdentity", record.getUserIdentity());
    g.writeEndObject();
  }

  private static void writeUserIdentity(JsonGenerator g, String name, UserIdentityEntity identity) throws IOException {
    if (identity != null) {
      g.writeObjectFieldStart(name);
      field(g, "principalId", identity.getPrincipalId());
      g.writeEndObject();
    }
  }

  private static void field(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
