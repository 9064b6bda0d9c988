package dev.switchboard.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The answer to {@code InvokeWithResponseStream}: a {@code 200} whose body is an AWS event stream
 * ({@code application/vnd.amazon.eventstream}) of {@code PayloadChunk} events, one per chunk the
 * handler sends, and one {@code InvokeComplete} event at the end, with {@code ErrorCode} and
 * {@code ErrorDetails} when the invocation failed and {@code LogResult} when the caller asked for the
 * log tail.
 *
 * <p>Each message: a prelude (total length, headers length, both 4-byte big-endian, and the CRC-32 of
 * those 8 bytes), the headers ({@code :message-type}, {@code :event-type}, {@code :content-type}, each a
 * 1-byte name length, the name, the type 7 for a string, a 2-byte value length and the value), the
 * payload, and the CRC-32 of everything before it.
 *
 * <p>The worker writes chunks while the timeout may complete the invocation from another thread, so
 * every write holds this object's lock, and nothing is written after {@code InvokeComplete}.
 */
final class EventStreamWriter {
  static final String CONTENT_TYPE = "application/vnd.amazon.eventstream";
  private static final byte STRING = 7;

  private final HttpExchange exchange;
  private final String requestId;
  private OutputStream out;
  private boolean completed;

  EventStreamWriter(HttpExchange exchange, String requestId) {
    this.exchange = exchange;
    this.requestId = requestId;
  }

  /** Sends one {@code PayloadChunk} event; throws once the invocation is complete (it timed out). */
  synchronized void chunk(byte[] bytes, int offset, int length) throws IOException {
    if (completed) {
      throw new IOException("the invocation is over (it timed out, or its caller went away): the chunk is dropped");
    }
    start();
    out.write(message("PayloadChunk", "application/octet-stream", bytes, offset, length));
    out.flush();
  }

  /**
   * Ends the stream: {@code body} as a last {@code PayloadChunk} when it is a result (a buffered
   * handler's), or, when {@code error} is set, as the {@code ErrorDetails} of {@code InvokeComplete}
   * (Lambda's error shape), whose {@code errorType} becomes its {@code ErrorCode}. Only the first call
   * writes.
   */
  synchronized void complete(byte[] body, boolean error, String logResult) throws IOException {
    if (completed) {
      return;
    }
    completed = true;
    try {
      start();
      if (!error && body != null && body.length > 0) {
        out.write(message("PayloadChunk", "application/octet-stream", body, 0, body.length));
      }
      ByteArrayOutputStream json = new ByteArrayOutputStream(256);
      try (JsonGenerator g = Json.generator(json)) {
        g.writeStartObject();
        if (error) {
          g.writeStringField("ErrorCode", errorType(body));
          g.writeStringField("ErrorDetails", new String(body, StandardCharsets.UTF_8));
        }
        if (logResult != null) {
          g.writeStringField("LogResult", logResult);
        }
        g.writeEndObject();
      }
      byte[] complete = json.toByteArray();
      out.write(message("InvokeComplete", "application/json", complete, 0, complete.length));
      out.close();
    } finally {
      exchange.close();
    }
  }

  private void start() throws IOException {
    if (out != null) {
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    headers.set("x-amzn-RequestId", requestId);
    headers.set("X-Amz-Executed-Version", Exchanges.EXECUTED_VERSION);
    headers.set("Content-Type", CONTENT_TYPE);
    exchange.sendResponseHeaders(200, 0);
    out = exchange.getResponseBody();
  }

  /** One event-stream message of an event. */
  static byte[] message(String eventType, String contentType, byte[] payload, int offset, int length) {
    ByteArrayOutputStream headers = new ByteArrayOutputStream(96);
    header(headers, ":message-type", "event");
    header(headers, ":event-type", eventType);
    header(headers, ":content-type", contentType);
    int total = 12 + headers.size() + length + 4;
    byte[] message = new byte[total];
    putInt(message, 0, total);
    putInt(message, 4, headers.size());
    CRC32 crc = new CRC32();
    crc.update(message, 0, 8);
    putInt(message, 8, (int) crc.getValue());
    System.arraycopy(headers.toByteArray(), 0, message, 12, headers.size());
    System.arraycopy(payload, offset, message, 12 + headers.size(), length);
    crc.reset();
    crc.update(message, 0, total - 4);
    putInt(message, total - 4, (int) crc.getValue());
    return message;
  }

  private static void header(ByteArrayOutputStream headers, String name, String value) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
    headers.write(nameBytes.length);
    headers.writeBytes(nameBytes);
    headers.write(STRING);
    headers.write(valueBytes.length >>> 8);
    headers.write(valueBytes.length);
    headers.writeBytes(valueBytes);
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  /** The {@code errorType} of Lambda's error shape, or {@code Unhandled} when it has none. */
  private static String errorType(byte[] errorJson) {
    try (JsonParser parser = Json.parser(errorJson)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("errorType") && value == JsonToken.VALUE_STRING) {
            return parser.getText();
          }
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      // Not Lambda's error shape.
    }
    return "Unhandled";
  }
}
