package dev.switchboard.lambda;

import dev.switchboard.LogLevel;
import dev.switchboard.ResponseStream;
import dev.switchboard.internal.ErrorResponse;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.Limits;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.Base64;

/**
 * A streaming handler's response to the Runtime API: {@code POST invocation/{id}/response} with
 * {@code Lambda-Runtime-Function-Response-Mode: streaming} and {@code Transfer-Encoding: chunked}, each
 * chunk sent as the handler flushes it. An error after the first chunk goes in the trailers
 * {@code Lambda-Runtime-Function-Error-Type} and {@code Lambda-Runtime-Function-Error-Body} (Lambda's
 * error shape, base64), which the request declares in its {@code Trailer} header.
 *
 * <p>{@code HttpURLConnection} can send chunks but not trailers, so this is a small HTTP/1.1 exchange of
 * its own on a plain socket, one connection per response ({@code Connection: close}). The loop loads
 * this class only for a streaming handler: a buffered handler's cold start never pays for it.
 */
final class StreamedResponse extends ResponseStream {
  static final String RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
  static final String ERROR_BODY = "Lambda-Runtime-Function-Error-Body";
  /** The longest part of an error answer kept for a message. */
  private static final int MAX_ANSWER_BYTES = 1000;
  /**
   * Found by name, as {@link RuntimeLogger#UTF_8} is: {@code StandardCharsets} would load eight
   * charset classes on a streaming handler's cold path.
   */
  private static final Charset LATIN_1 = Charset.forName("ISO-8859-1");

  private final String address;
  private final String path;
  private final String invocationId;
  private Socket socket;
  private OutputStream out;
  private long total;
  private String overLimit;
  private IOException broken;

  private StreamedResponse(String address, String path, String invocationId) {
    this.address = address;
    this.path = path;
    this.invocationId = invocationId;
  }

  /**
   * Serves one invocation of a streaming handler. Returns what the handler threw (or the size error)
   * when nothing had reached the API yet, for the loop to post to {@code /error}; {@code null} when the
   * response, with its error trailers if it failed midway, went out. Throws when the loop must end:
   * a lost connection, a 5xx answer, or an error that leaves the JVM unfit.
   */
  static Throwable serve(RuntimeApiClient api, Handler handler, byte[] event, InvocationContext context,
      String requestId, RuntimeLogger logger) throws IOException {
    StreamedResponse response = new StreamedResponse(api.address(),
        "/2018-06-01/runtime/invocation/" + RuntimeApiClient.pathSegment(requestId) + "/response",
        api.invocationId());
    Throwable failure = null;
    try {
      handler.invokeStreaming(event, context, response);
    } catch (Throwable t) {
      failure = t;
    }
    System.out.flush();
    System.err.flush();
    if (failure != null && response.broken == null && response.overLimit == null) {
      try {
        response.flushIfCommitted();
      } catch (IOException e) {
        // Recorded as broken or over the limit, handled below.
      }
    }
    if (response.overLimit != null) {
      // The handler may have caught the write's exception; the response is cut short all the same.
      failure = new ResponseTooLarge(response.overLimit);
    }
    if (response.broken != null) {
      response.abandon();
      throw response.broken;
    }
    if (!response.isCommitted()) {
      response.abandon();
      return failure;
    }
    String errorType = null;
    if (failure != null) {
      errorType = failure instanceof ResponseTooLarge ? RuntimeLoop.RESPONSE_TOO_LARGE : ErrorResponse.errorType(failure);
    }
    try {
      response.finish(errorType, failure == null ? null : errorJson(failure, errorType));
    } catch (RuntimeApiException e) {
      if (e.isFatal()) {
        throw e;
      }
      logger.log("Switchboard: the streamed response to request " + requestId + " was not delivered: "
          + e.getMessage(), LogLevel.ERROR);
    }
    if (failure != null) {
      String message = failure instanceof ResponseTooLarge ? failure.getMessage() : ErrorResponse.message(failure);
      try {
        logger.logError(errorType, message, failure instanceof ResponseTooLarge ? null : failure);
      } catch (RuntimeException | StackOverflowError e) {
        logger.logError(errorType, message, null);
      }
      if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
        throw (VirtualMachineError) failure;
      }
    }
    return null;
  }

  @Override
  protected void begin(String contentType) throws IOException {
    try {
      int colon = address.lastIndexOf(':');
      String host = address.substring(0, colon);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      socket = new Socket(Proxy.NO_PROXY);
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, Integer.parseInt(address.substring(colon + 1))));
      out = new BufferedOutputStream(socket.getOutputStream(), BUFFER_SIZE + 64);
      String head = "POST " + path + " HTTP/1.1\r\n"
          + "Host: " + address + "\r\n"
          + RESPONSE_MODE + ": streaming\r\n"
          + "Content-Type: " + contentType + "\r\n"
          + "Transfer-Encoding: chunked\r\n"
          + "Trailer: " + RuntimeApiClient.ERROR_TYPE + ", " + ERROR_BODY + "\r\n"
          + (invocationId == null ? "" : RuntimeApiClient.INVOCATION_ID + ": " + invocationId + "\r\n")
          + "Connection: close\r\n"
          + "\r\n";
      out.write(head.getBytes(LATIN_1));
      out.flush();
    } catch (IOException | RuntimeException e) {
      throw broken(e);
    }
  }

  @Override
  protected void writeChunk(byte[] bytes, int offset, int length) throws IOException {
    if (broken != null) {
      throw broken;
    }
    if (overLimit != null) {
      throw new IOException(overLimit);
    }
    if (total + length > Limits.MAX_STREAMED_RESPONSE_BYTES) {
      overLimit = "Response payload size exceeded maximum allowed payload size ("
          + Limits.MAX_STREAMED_RESPONSE_BYTES + " bytes): a streamed response is cut short after "
          + total + " bytes.";
      throw new IOException(overLimit);
    }
    total += length;
    try {
      out.write((Integer.toHexString(length) + "\r\n").getBytes(LATIN_1));
      out.write(bytes, offset, length);
      out.write('\r');
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw broken(e);
    }
  }

  private IOException broken(Exception e) {
    broken = new IOException("lost the Runtime API at " + address + " while streaming a response: " + e, e);
    return broken;
  }

  /**
   * Ends the body (with the error trailers when {@code errorType} is set) and reads the API's answer.
   */
  private void finish(String errorType, byte[] errorJson) throws IOException {
    try (Socket s = socket) {
      try {
        StringBuilder end = new StringBuilder("0\r\n");
        if (errorType != null) {
          end.append(RuntimeApiClient.ERROR_TYPE).append(": ").append(headerValue(errorType)).append("\r\n");
          end.append(ERROR_BODY).append(": ").append(Base64.getEncoder().encodeToString(errorJson)).append("\r\n");
        }
        end.append("\r\n");
        out.write(end.toString().getBytes(LATIN_1));
        out.flush();
      } catch (IOException e) {
        throw broken(e);
      }
      readAnswer(s.getInputStream());
    }
  }

  /** Closes the connection, if there is one, without ending the body: the API sees it cut short. */
  private void abandon() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Nothing more to do with it.
      }
    }
  }

  /** Reads the status line, the headers and the body of the answer; throws for a status other than 2xx. */
  private void readAnswer(InputStream in) throws IOException {
    String status = line(in);
    if (status == null) {
      throw new IOException("the Runtime API at " + address + " closed the connection without answering "
          + "the streamed response");
    }
    String[] parts = status.split(" ", 3);
    int code;
    try {
      code = parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      code = -1;
    }
    if (code < 100) {
      throw new IOException("the Runtime API at " + address + " answered the streamed response with '" + status + "'");
    }
    String header;
    while ((header = line(in)) != null && !header.isEmpty()) {
      // Connection: close; the body runs to the end of the stream.
    }
    if (code < 200 || code > 299) {
      byte[] body = in.readNBytes(MAX_ANSWER_BYTES);
      throw new RuntimeApiException("POST " + path.substring("/2018-06-01/runtime/".length()) + " (streamed)",
          code, new String(body, RuntimeLogger.UTF_8).trim());
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
      if (line.size() > 16 * 1024) {
        throw new IOException("an answer line over 16 KiB");
      }
    }
    return b < 0 && line.size() == 0 ? null : line.toString(LATIN_1);
  }

  /** An error type as one header line: control characters become spaces. */
  private static String headerValue(String value) {
    StringBuilder clean = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      clean.append(c < 0x20 || c == 0x7F || c > 0xFF ? ' ' : c);
    }
    return clean.toString();
  }

  private static byte[] errorJson(Throwable failure, String errorType) {
    if (failure instanceof ResponseTooLarge) {
      return ErrorResponse.toJson(errorType, failure.getMessage());
    }
    try {
      return ErrorResponse.toJson(failure);
    } catch (RuntimeException | StackOverflowError e) {
      return ErrorResponse.toJson(errorType, ErrorResponse.message(failure));
    }
  }

  /** The response went over {@link Limits#MAX_STREAMED_RESPONSE_BYTES}. */
  static final class ResponseTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    ResponseTooLarge(String message) {
      super(message);
    }
  }
}
