package dev.switchboard.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda Runtime API 2018-06-01, spoken with the JDK's {@link HttpURLConnection}, which keeps
 * the connection to the API alive between requests. Requests never go through a proxy: a proxy
 * configured for the function's own outbound calls must not capture the runtime's loopback traffic.
 */
final class RuntimeApiClient {
  static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
  static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
  static final String INVOKED_FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
  static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
  static final String CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
  static final String COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
  static final String TENANT_ID = "Lambda-Runtime-Aws-Tenant-Id";
  static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
  static final String XRAY_ERROR_CAUSE = "Lambda-Runtime-Function-XRay-Error-Cause";
  /**
   * Sent by newer Runtime APIs with each invocation, and echoed on its {@code /response} and
   * {@code /error}, so that a late result is never taken for another invocation with the same request id.
   */
  static final String INVOCATION_ID = "Lambda-Runtime-Invocation-Id";

  private static final String JSON = "application/json";
  /** The longest part of an error answer kept for a message. */
  private static final int MAX_ANSWER_CHARS = 1000;
  private static final String HEX = "0123456789ABCDEF";

  private final String address;
  private final String base;
  private final URL next;
  /** The {@value #INVOCATION_ID} of the invocation being served (the loop serves one at a time), or null. */
  private String invocationId;

  /**
   * A client of the API at {@code address}, the {@code host:port} of {@code AWS_LAMBDA_RUNTIME_API}.
   *
   * @throws MalformedURLException when the address does not make a URL
   */
  RuntimeApiClient(String address) throws MalformedURLException {
    this.address = address;
    this.base = "http://" + address + "/2018-06-01/runtime/";
    this.next = new URL(base + "invocation/next");
  }

  /** The {@code host:port} this client talks to. */
  String address() {
    return address;
  }

  /**
   * Waits for the next invocation: {@code GET /runtime/invocation/next} has no read timeout, since it
   * blocks until Lambda has an event for this environment.
   */
  Invocation next() throws IOException {
    HttpURLConnection connection = (HttpURLConnection) next.openConnection(Proxy.NO_PROXY);
    int status = connection.getResponseCode();
    if (status != HttpURLConnection.HTTP_OK) {
      throw new RuntimeApiException("GET invocation/next", status, errorAnswer(connection));
    }
    invocationId = null;
    String requestId = connection.getHeaderField(REQUEST_ID);
    if (requestId == null || requestId.isEmpty()) {
      readBody(connection);
      throw new RuntimeApiException("GET invocation/next (no " + REQUEST_ID + " header)", status, null);
    }
    Invocation invocation = new Invocation(
        requestId,
        connection.getHeaderField(DEADLINE_MS),
        connection.getHeaderField(INVOKED_FUNCTION_ARN),
        connection.getHeaderField(TRACE_ID),
        connection.getHeaderField(CLIENT_CONTEXT),
        connection.getHeaderField(COGNITO_IDENTITY),
        connection.getHeaderField(TENANT_ID),
        readBody(connection));
    invocationId = headerValue(connection.getHeaderField(INVOCATION_ID));
    return invocation;
  }

  /** The {@value #INVOCATION_ID} of the invocation being served, or null when the API sent none. */
  String invocationId() {
    return invocationId;
  }

  /** A header value fit to send back: null when absent, empty, or holding a control character. */
  private static String headerValue(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7F || c > 0xFF) {
        return null;
      }
    }
    return value;
  }

  /** {@code POST /runtime/invocation/{id}/response} with the first {@code length} bytes of {@code body}. */
  void postResponse(String requestId, byte[] body, int length) throws IOException {
    post("invocation/" + pathSegment(requestId) + "/response", null, null, body, length);
  }

  /**
   * {@code POST /runtime/invocation/{id}/error} with Lambda's error shape, and the X-Ray error cause
   * when there is one ({@code null} for none).
   */
  void postError(String requestId, String errorType, String xrayCause, byte[] body) throws IOException {
    post("invocation/" + pathSegment(requestId) + "/error", errorType, xrayCause, body, body.length);
  }

  /**
   * A request id as one path segment: letters, digits, {@code -} and {@code _} as they are, every
   * other UTF-8 byte percent-encoded, so that an id such as {@code ../../init/error} cannot name
   * another resource. Lambda's ids (UUIDs) pass unchanged.
   */
  static String pathSegment(String id) {
    byte[] bytes = null;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        bytes = id.getBytes(StandardCharsets.UTF_8);
        break;
      }
    }
    if (bytes == null) {
      return id;
    }
    StringBuilder segment = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
        segment.append((char) c);
      } else {
        segment.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return segment.toString();
  }

  /** {@code POST /runtime/init/error} with Lambda's error shape. */
  void postInitError(String errorType, String xrayCause, byte[] body) throws IOException {
    post("init/error", errorType, xrayCause, body, body.length);
  }

  private void post(String path, String errorType, String xrayCause, byte[] body, int length) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection(Proxy.NO_PROXY);
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    // A streamed request is never sent twice: without this, HttpURLConnection posts the body again
    // on a new connection when the first one closes without an answer, and Lambda would get the
    // same response twice (AWS's runtime client streams its posts for the same reason).
    connection.setFixedLengthStreamingMode(length);
    connection.setRequestProperty("Content-Type", JSON);
    if (errorType != null) {
      connection.setRequestProperty(ERROR_TYPE, errorType);
    }
    if (xrayCause != null) {
      connection.setRequestProperty(XRAY_ERROR_CAUSE, xrayCause);
    }
    if (invocationId != null && path.startsWith("invocation/")) {
      connection.setRequestProperty(INVOCATION_ID, invocationId);
    }
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body, 0, length);
    }
    int status = connection.getResponseCode();
    if (status < 200 || status > 299) {
      throw new RuntimeApiException("POST " + path, status, errorAnswer(connection));
    }
    readBody(connection);
  }

  /**
   * Reads the whole answer and closes its stream, which hands the connection back for reuse. An
   * answer shorter than its {@code Content-Length} is a transport error, never a complete body.
   */
  private static byte[] readBody(HttpURLConnection connection) throws IOException {
    long length = connection.getContentLengthLong();
    try (InputStream in = connection.getInputStream()) {
      if (length < 0) {
        return in.readAllBytes();
      }
      if (length > Integer.MAX_VALUE - 8) {
        throw new IOException("an answer of " + length + " bytes, more than the runtime can hold");
      }
      byte[] body = in.readNBytes((int) length);
      if (body.length < length) {
        throw new IOException("the answer ended after " + body.length + " of its " + length + " bytes");
      }
      return body;
    }
  }

  /** The text of an error answer, shortened, or {@code null} when it has none. */
  private static String errorAnswer(HttpURLConnection connection) {
    try (InputStream in = connection.getErrorStream()) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) + "..." : text;
    } catch (IOException e) {
      return null;
    }
  }
}
