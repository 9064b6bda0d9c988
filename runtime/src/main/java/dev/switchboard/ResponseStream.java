package dev.switchboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The response of a streaming handler: what it writes reaches the caller while it runs (Lambda's
 * response streaming). A {@code @LambdaHandler} method that takes one, as {@code (E event,
 * ResponseStream out[, Context])} or {@code (InputStream in, ResponseStream out[, Context])}, is a
 * streaming handler.
 *
 * <p>Writes are buffered up to {@value #BUFFER_SIZE} bytes; a full buffer, or {@link #flush()}, sends
 * what the buffer holds as one chunk. The content type and the HTTP prelude can be set only before the
 * first byte is written. The runtime closes the stream when the handler returns; a handler may close it
 * earlier. Not safe for use by several threads at once.
 *
 * <p>The runtime gives each invocation its own instance; subclasses exist for each mode (the Lambda
 * loop, {@code serve}, {@code invoke}), and a test may write its own by implementing
 * {@link #writeChunk}.
 */
public abstract class ResponseStream extends OutputStream {
  /** The most bytes buffered before they are sent as one chunk: 8 KiB. */
  public static final int BUFFER_SIZE = 8 * 1024;

  /** The content type of a response when the handler sets none, as on Lambda. */
  public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  /**
   * The content type of a response that starts with an HTTP prelude, which Lambda Function URLs and
   * API Gateway read the status, headers and cookies from.
   */
  public static final String HTTP_INTEGRATION_CONTENT_TYPE = "application/vnd.awslambda.http-integration-response";

  /** The eight NUL bytes that end the HTTP prelude. */
  private static final int PRELUDE_SEPARATOR = 8;

  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int count;
  private boolean written;
  private boolean committed;
  private boolean closed;
  private String contentType;
  private byte[] prelude;

  /** For subclasses: the runtime's modes, or a test's. */
  protected ResponseStream() {}

  /**
   * Sets the response's content type ({@value #DEFAULT_CONTENT_TYPE} when none is set).
   *
   * @throws IllegalStateException after the first byte was written, or after {@link #setHttpPrelude}
   * @throws IllegalArgumentException for a content type with a control character (a line break would
   *     end the HTTP header it is sent in)
   */
  public void setContentType(String contentType) {
    Objects.requireNonNull(contentType, "contentType");
    requireNothingWritten("setContentType");
    for (int i = 0; i < contentType.length(); i++) {
      char c = contentType.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7F || c > 0xFF) {
        throw new IllegalArgumentException("a content type is one line of ISO-8859-1 text with no control"
            + " characters; '" + contentType + "' has " + (c < 0x20 || c == 0x7F ? "control character " : "character ")
            + "U+" + Integer.toHexString(c | 0x10000).substring(1).toUpperCase(java.util.Locale.ROOT));
      }
    }
    if (prelude != null) {
      throw new IllegalStateException("setContentType after setHttpPrelude: the HTTP prelude sets the"
          + " response's content type to " + HTTP_INTEGRATION_CONTENT_TYPE + "; put the body's Content-Type"
          + " in the prelude's headers instead");
    }
    this.contentType = contentType;
  }

  /**
   * Starts the response with an HTTP prelude, for Lambda Function URLs and API Gateway: the status code,
   * headers and cookies of the HTTP response, written as JSON and followed by eight NUL bytes before the
   * body. The response's content type becomes {@value #HTTP_INTEGRATION_CONTENT_TYPE}.
   *
   * @param statusCode the HTTP status, 100 to 599
   * @param headers the HTTP headers, or null for none
   * @param cookies the {@code Set-Cookie} values, or null for none
   * @throws IllegalStateException after the first byte was written
   * @throws IllegalArgumentException for a status code outside 100 to 599
   */
  public void setHttpPrelude(int statusCode, Map<String, String> headers, List<String> cookies) {
    requireNothingWritten("setHttpPrelude");
    if (statusCode < 100 || statusCode > 599) {
      throw new IllegalArgumentException("an HTTP status code is 100 to 599, not " + statusCode);
    }
    StringBuilder json = new StringBuilder(128).append("{\"statusCode\":").append(statusCode);
    json.append(",\"headers\":{");
    if (headers != null) {
      boolean first = true;
      for (Map.Entry<String, String> header : headers.entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        quote(json, Objects.requireNonNull(header.getKey(), "header name")).append(':');
        quote(json, Objects.requireNonNull(header.getValue(), "header value"));
      }
    }
    json.append("},\"cookies\":[");
    if (cookies != null) {
      for (int i = 0; i < cookies.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        quote(json, Objects.requireNonNull(cookies.get(i), "cookie"));
      }
    }
    json.append("]}");
    byte[] text = json.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + PRELUDE_SEPARATOR];
    System.arraycopy(text, 0, bytes, 0, text.length);
    this.prelude = bytes;
    this.contentType = HTTP_INTEGRATION_CONTENT_TYPE;
  }

  @Override
  public void write(int b) throws IOException {
    requireOpen();
    written = true;
    buffer[count++] = (byte) b;
    if (count == BUFFER_SIZE) {
      sendBuffer();
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    requireOpen();
    if (length == 0) {
      return;
    }
    written = true;
    while (length > 0) {
      int n = Math.min(length, BUFFER_SIZE - count);
      System.arraycopy(bytes, offset, buffer, count, n);
      count += n;
      offset += n;
      length -= n;
      if (count == BUFFER_SIZE) {
        sendBuffer();
      }
    }
  }

  /** Sends what the buffer holds as one chunk; nothing when it is empty. */
  @Override
  public void flush() throws IOException {
    requireOpen();
    if (count > 0) {
      sendBuffer();
    }
  }

  /**
   * Sends what the buffer holds, and the prelude if nothing was sent yet; later writes throw. The
   * runtime ends the response when the handler returns.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    if (count > 0) {
      sendBuffer();
    } else if (!committed) {
      commit();
    }
    closed = true;
  }

  /**
   * Writes one chunk to the caller. The first chunk of a response with an HTTP prelude is the prelude
   * and its eight NUL bytes; every other chunk is at most {@value #BUFFER_SIZE} bytes of body.
   */
  protected abstract void writeChunk(byte[] bytes, int offset, int length) throws IOException;

  /**
   * Called once, before the first chunk is written (or, for an empty response, on {@link #close}): the
   * moment the response's content type is final. Does nothing unless a subclass needs it.
   */
  protected void begin(String contentType) throws IOException {}

  /** The response's content type: the one set, or {@value #DEFAULT_CONTENT_TYPE}. */
  protected final String contentType() {
    return contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
  }

  /** Whether anything was sent: {@link #begin} has run. */
  protected final boolean isCommitted() {
    return committed;
  }

  /**
   * Sends what the buffer holds if the response has started: for the runtime, when a handler fails
   * after its first chunk, so that all it wrote precedes the error. Does nothing before the first
   * chunk, when the failure is reported instead of a response.
   */
  protected final void flushIfCommitted() throws IOException {
    if (committed && !closed && count > 0) {
      sendBuffer();
    }
  }

  /** Whether {@link #close} has run. */
  protected final boolean isClosed() {
    return closed;
  }

  private void sendBuffer() throws IOException {
    if (!committed) {
      commit();
    }
    int n = count;
    count = 0;
    writeChunk(buffer, 0, n);
  }

  private void commit() throws IOException {
    committed = true;
    begin(contentType());
    if (prelude != null) {
      writeChunk(prelude, 0, prelude.length);
    }
  }

  private void requireOpen() throws IOException {
    if (closed) {
      throw new IOException("the response stream is closed");
    }
  }

  private void requireNothingWritten(String method) {
    if (written || committed) {
      throw new IllegalStateException(method + " after the first byte of the response was written: set"
          + " the content type and the HTTP prelude before writing the body");
    }
  }

  private static StringBuilder quote(StringBuilder json, String s) {
    json.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        String hex = Integer.toHexString(c);
        json.append("\\u").append("0000", hex.length(), 4).append(hex);
      } else {
        json.append(c);
      }
    }
    return json.append('"');
  }
}
