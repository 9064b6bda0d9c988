package dev.switchboard.lambda;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.util.Arrays;

/**
 * The Lambda Runtime API 2018-06-01, spoken over one kept-alive socket with a small HTTP/1.1 exchange
 * of its own: a request line and a few headers out; a status line, headers and a body of
 * {@code Content-Length} or chunks back. The JDK's {@code HttpURLConnection} loaded some 110 classes
 * more, found its {@code http} handler reflectively (and through the stream machinery) on the cold
 * path, and cost about twice the CPU per warm invocation. Requests never go through a proxy: a proxy
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

  private static final String PREFIX = "/2018-06-01/runtime/";
  /** The most bytes of status line and headers an answer may have. */
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final String address;
  private final String host;
  private final int port;
  private final byte[] hostHeader;

  private Socket socket;
  /** The socket's input, unbuffered: {@link #buffer} holds what has been read and not yet used. */
  private InputStream in;
  /**
   * Bytes read from the socket, {@code buffer[position..limit)} not yet used. (The runtime's own
   * buffer, not a {@code BufferedInputStream}, whose every {@code read()} takes a lock: an answer's
   * head is read byte by byte.)
   */
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;
  private OutputStream out;
  /** Whether a byte of the current answer has arrived (a GET that got none may be sent again). */
  private boolean answerStarted;
  /** The {@value #INVOCATION_ID} of the invocation being served (the loop serves one at a time), or null. */
  private String invocationId;

  /**
   * A client of the API at {@code address}, the {@code host:port} of {@code AWS_LAMBDA_RUNTIME_API}
   * ({@code [v6-address]:port} for IPv6; port 80 when there is none).
   *
   * @throws IllegalArgumentException when the address is no {@code host:port}
   */
  RuntimeApiClient(String address) {
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        // It goes into the Host header as it is: a line break or a character beyond ASCII there
        // would make another header, or another request.
        throw new IllegalArgumentException("a character that no host:port has, at index " + i);
      }
    }
    this.address = address;
    String h = address;
    int p = 80;
    int colon = address.lastIndexOf(':');
    if (colon >= 0 && address.indexOf(']', colon) < 0) {
      h = address.substring(0, colon);
      try {
        p = Integer.parseInt(address.substring(colon + 1));
      } catch (NumberFormatException e) {
        p = -1;
      }
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException("no port in '" + address + "': expected host:port");
      }
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.isEmpty() || h.indexOf('/') >= 0 || h.indexOf('@') >= 0 || h.indexOf(' ') >= 0) {
      throw new IllegalArgumentException("no host in '" + address + "': expected host:port");
    }
    this.host = h;
    this.port = p;
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    ascii(header, "Host: " + address + "\r\n");
    this.hostHeader = header.toByteArray();
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
    Answer answer;
    boolean retry = socket != null;
    while (true) {
      try {
        connect();
        writeHead("GET", "invocation/next", null, -1);
        out.flush();
        answer = readAnswer();
        break;
      } catch (IOException e) {
        // A kept-alive connection the API closed while idle: ask again once, on a new one. (A GET
        // that got no answer was not handed an invocation; a POST is never sent twice.)
        disconnect();
        if (!retry || answerStarted) {
          throw e;
        }
        retry = false;
      }
    }
    invocationId = null;
    if (answer.status != 200) {
      throw new RuntimeApiException("GET invocation/next", answer.status, answer.errorText());
    }
    String requestId = answer.header(REQUEST_ID);
    if (requestId == null || requestId.isEmpty()) {
      throw new RuntimeApiException("GET invocation/next (no " + REQUEST_ID + " header)", answer.status, null);
    }
    Invocation invocation = new Invocation(
        requestId,
        answer.header(DEADLINE_MS),
        answer.header(INVOKED_FUNCTION_ARN),
        answer.header(TRACE_ID),
        answer.header(CLIENT_CONTEXT),
        answer.header(COGNITO_IDENTITY),
        answer.header(TENANT_ID),
        answer.body);
    invocationId = echoable(answer.header(INVOCATION_ID));
    return invocation;
  }

  /**
   * {@code GET /runtime/restore/next} (SnapStart): Lambda takes the snapshot while this waits, and
   * answers after a restore. No read timeout, and never sent twice.
   */
  void restoreNext() throws IOException {
    Answer answer;
    try {
      connect();
      writeHead("GET", "restore/next", null, -1);
      out.flush();
      answer = readAnswer();
    } catch (IOException e) {
      disconnect();
      throw e;
    }
    if (answer.status < 200 || answer.status > 299) {
      throw new RuntimeApiException("GET restore/next", answer.status, answer.errorText());
    }
  }

  /** {@code POST /runtime/restore/error} with Lambda's error shape (SnapStart: an after-restore hook failed). */
  void postRestoreError(String errorType, String xrayCause, byte[] body) throws IOException {
    post("restore/error", errorType, xrayCause, body, body.length);
  }

  /** The {@value #INVOCATION_ID} of the invocation being served, or null when the API sent none. */
  String invocationId() {
    return invocationId;
  }

  /** A header value fit to send back: null when absent, empty, or holding a control character. */
  private static String echoable(String value) {
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
        bytes = id.getBytes(RuntimeLogger.UTF_8);
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
    Answer answer;
    try {
      connect();
      writeHead("POST", path, errorType, length);
      if (xrayCause != null) {
        extraHeader(XRAY_ERROR_CAUSE, xrayCause);
      }
      if (invocationId != null && path.startsWith("invocation/")) {
        extraHeader(INVOCATION_ID, invocationId);
      }
      out.write(END_OF_HEAD);
      out.write(body, 0, length);
      out.flush();
      answer = readAnswer();
    } catch (IOException e) {
      disconnect(); // never sent again: Lambda must not get the same response twice
      throw e;
    }
    if (answer.status < 200 || answer.status > 299) {
      throw new RuntimeApiException("POST " + path, answer.status, answer.errorText());
    }
  }

  private void connect() throws IOException {
    answerStarted = false;
    if (socket != null) {
      return;
    }
    // (A java.net.Socket, not a SocketChannel, whose SelectorProvider looks for providers through
    // ServiceLoader and the stream machinery. On JDK 17, SocketImpl's static initializer links a
    // lambda, whose first instance the JDK creates with a reflective constructor call: the one
    // reflective call left on the Lambda loop's path, the JDK's, made by any client of a socket.
    // With no proxy: the Runtime API is local, and a socket that may use one loads the SOCKS client
    // and the default proxy selector, seven classes, to learn that it does not.)
    Socket s = new Socket(Proxy.NO_PROXY);
    try {
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port));
      in = s.getInputStream();
      position = 0;
      limit = 0;
      // Buffered, so that a request goes out in one write (one segment, with TCP_NODELAY) when it
      // fits: head, extra headers and body were a write each.
      out = new BufferedOutputStream(s.getOutputStream(), 8192);
    } catch (IOException e) {
      s.close();
      throw e;
    } catch (IllegalArgumentException e) { // an unresolvable or out-of-range address
      s.close();
      throw new IOException(e.getMessage(), e);
    }
    socket = s;
  }

  private void disconnect() {
    Socket s = socket;
    socket = null;
    in = null;
    position = 0;
    limit = 0;
    out = null;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // closing a broken connection: nothing to do
      }
    }
  }

  /** The request line and headers, in one write. */
  private void writeHead(String method, String path, String errorType, int length) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(256);
    ascii(head, method);
    ascii(head, " ");
    ascii(head, PREFIX);
    ascii(head, path);
    ascii(head, " HTTP/1.1\r\n");
    head.write(hostHeader);
    ascii(head, "User-Agent: switchboard\r\n");
    if (length >= 0) {
      ascii(head, "Content-Type: " + JSON + "\r\nContent-Length: " + length + "\r\n");
    }
    if (errorType != null) {
      ascii(head, ERROR_TYPE + ": ");
      headerValue(head, errorType);
      ascii(head, "\r\n");
    }
    if (!method.equals("POST")) {
      ascii(head, "\r\n"); // a POST's caller adds its own headers, then ends the head
    }
    head.writeTo(out);
  }

  private static final byte[] END_OF_HEAD = {'\r', '\n'};

  /** One more header of a POST, before {@link #END_OF_HEAD}. */
  private void extraHeader(String name, String value) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream(64 + value.length());
    ascii(header, name + ": ");
    headerValue(header, value);
    ascii(header, "\r\n");
    header.writeTo(out);
  }

  private static void ascii(ByteArrayOutputStream to, String text) {
    for (int i = 0; i < text.length(); i++) {
      to.write(text.charAt(i));
    }
  }

  /** A header value as UTF-8, with control characters (a line break would end the header) as spaces. */
  private static void headerValue(ByteArrayOutputStream to, String value) {
    byte[] bytes = value.getBytes(RuntimeLogger.UTF_8);
    for (byte b : bytes) {
      to.write(b >= 0 && b < 0x20 || b == 0x7F ? ' ' : b);
    }
  }

  /** One answer: status, the headers the runtime reads, and the whole body. */
  private static final class Answer {
    int status;
    final String[] names = new String[16];
    final String[] values = new String[16];
    int headers;
    byte[] body;

    /** The first value of a header, by case-insensitive name, or null. */
    String header(String name) {
      for (int i = 0; i < headers; i++) {
        if (names[i].equalsIgnoreCase(name)) {
          return values[i];
        }
      }
      return null;
    }

    void add(String name, String value) {
      if (headers < names.length && header(name) == null) {
        names[headers] = name;
        values[headers++] = value;
      }
    }

    /** The text of an error answer, shortened, or {@code null} when it has none. */
    String errorText() {
      if (body == null || body.length == 0) {
        return null;
      }
      String text = new String(body, RuntimeLogger.UTF_8).trim();
      return text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) + "..." : text;
    }
  }

  private static final String[] KEPT = {
    REQUEST_ID, DEADLINE_MS, INVOKED_FUNCTION_ARN, TRACE_ID, CLIENT_CONTEXT, COGNITO_IDENTITY, TENANT_ID, INVOCATION_ID,
    "Content-Length", "Transfer-Encoding", "Connection",
  };

  /**
   * Reads a whole answer (skipping {@code 1xx} ones). An answer shorter than its
   * {@code Content-Length} is a transport error, never a complete body; an answer with neither length
   * nor chunks ends with the connection.
   */
  private Answer readAnswer() throws IOException {
    Answer answer;
    int[] budget = {MAX_HEAD_BYTES};
    do {
      answer = new Answer();
      String statusLine = line(budget);
      if (statusLine == null) {
        throw new IOException("the Runtime API closed the connection without an answer");
      }
      if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
        throw new IOException("not an HTTP answer from the Runtime API: " + shorten(statusLine));
      }
      try {
        answer.status = Integer.parseInt(statusLine.substring(9, 12));
      } catch (NumberFormatException e) {
        throw new IOException("not an HTTP status from the Runtime API: " + shorten(statusLine));
      }
      boolean http10 = statusLine.startsWith("HTTP/1.0");
      for (String line = line(budget); ; line = line(budget)) {
        if (line == null) {
          throw new IOException("the Runtime API closed the connection within an answer's headers");
        }
        if (line.isEmpty()) {
          break;
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          String name = line.substring(0, colon).trim();
          for (String kept : KEPT) {
            if (kept.equalsIgnoreCase(name)) {
              answer.add(kept, line.substring(colon + 1).trim());
              break;
            }
          }
        }
      }
      String connection = answer.header("Connection");
      boolean close = connection != null ? connection.equalsIgnoreCase("close")
          : http10;
      if (answer.status >= 100 && answer.status < 200) {
        continue;
      }
      answer.body = readBody(answer);
      if (close) {
        disconnect();
      }
    } while (answer.status >= 100 && answer.status < 200);
    return answer;
  }

  /** The body; for an answer without length or chunks, everything up to the end of the connection. */
  private byte[] readBody(Answer answer) throws IOException {
    if (answer.status == 204 || answer.status == 304) {
      return new byte[0];
    }
    String chunked = answer.header("Transfer-Encoding");
    if (chunked != null && chunked.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
      return readChunks();
    }
    String declared = answer.header("Content-Length");
    if (declared == null) {
      byte[] all = buffered(in.readAllBytes());
      disconnect();
      return all;
    }
    long length;
    try {
      length = Long.parseLong(declared);
    } catch (NumberFormatException e) {
      throw new IOException("the Runtime API sent Content-Length " + shorten(declared));
    }
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      throw new IOException("an answer of " + length + " bytes, more than the runtime can hold");
    }
    byte[] body = readBytes((int) length);
    if (body.length < length) {
      throw new IOException("the answer ended after " + body.length + " of its " + length + " bytes");
    }
    return body;
  }

  private byte[] readChunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int[] budget = {MAX_HEAD_BYTES};
    while (true) {
      String size = line(budget);
      if (size == null) {
        throw new IOException("the answer ended within its chunks");
      }
      int semicolon = size.indexOf(';');
      long length;
      try {
        length = Long.parseLong((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("a chunk of size " + shorten(size) + " in the Runtime API's answer");
      }
      if (length == 0) {
        for (String trailer = line(budget); trailer == null || !trailer.isEmpty(); trailer = line(budget)) {
          if (trailer == null) {
            throw new IOException("the answer ended within its trailers");
          }
        }
        return body.toByteArray();
      }
      if (length < 0 || body.size() + length > Integer.MAX_VALUE - 8) {
        throw new IOException("an answer of more than " + body.size() + " bytes, more than the runtime can hold");
      }
      byte[] chunk = readBytes((int) length);
      if (chunk.length < length) {
        throw new IOException("the answer ended after " + (body.size() + chunk.length) + " bytes, within a chunk");
      }
      body.write(chunk);
      if (!"".equals(line(budget))) {
        throw new IOException("a chunk of the Runtime API's answer does not end with a line break");
      }
    }
  }

  /**
   * Up to {@code length} bytes, fewer only when the connection ends first. Beyond what is buffered
   * they are read as they come, so a length the API declares but does not send allocates nothing.
   */
  private byte[] readBytes(int length) throws IOException {
    if (length <= limit - position) {
      byte[] bytes = Arrays.copyOfRange(buffer, position, position + length);
      position += length;
      return bytes;
    }
    return buffered(in.readNBytes(length - (limit - position)));
  }

  /** What is left in the buffer, which this uses up, followed by {@code rest}. */
  private byte[] buffered(byte[] rest) {
    int buffered = limit - position;
    byte[] bytes = Arrays.copyOfRange(buffer, position, limit + rest.length);
    System.arraycopy(rest, 0, bytes, buffered, rest.length);
    position = limit;
    return bytes;
  }

  /** A line without its CRLF (or LF) as ISO-8859-1, or null at the end of the stream before any byte. */
  @SuppressWarnings("deprecation") // String(byte[], int, int, int): ISO-8859-1 with no charset to look up
  private String line(int[] budget) throws IOException {
    String line = null;
    while (true) {
      if (position == limit) {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
          return line == null || line.isEmpty() ? null : line;
        }
        position = 0;
        limit = read;
        continue;
      }
      answerStarted = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      budget[0] -= end - position + (end < limit ? 1 : 0);
      if (budget[0] < 0) {
        throw new IOException("the Runtime API's answer has over " + MAX_HEAD_BYTES + " bytes of headers");
      }
      String part = new String(buffer, 0, position, end - position);
      line = line == null ? part : line + part;
      if (end < limit) {
        position = end + 1;
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      }
      position = limit;
    }
  }

  private static String shorten(String text) {
    return text.length() > 100 ? text.substring(0, 100) + "..." : text;
  }
}
