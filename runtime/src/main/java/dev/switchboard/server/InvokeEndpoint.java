package dev.switchboard.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.switchboard.ClientContext;
import dev.switchboard.internal.ClientContexts;
import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.Json;
import dev.switchboard.internal.Limits;
import dev.switchboard.internal.RequestIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /2015-03-31/functions/{FunctionName}/invocations}: checks the request as Lambda does
 * (function, qualifier, headers, payload size, JSON) and hands it to the {@link Invoker}. Anything
 * wrong is answered with the service error an AWS SDK turns into the matching exception.
 */
final class InvokeEndpoint implements HttpHandler {
  static final String PREFIX = "/2015-03-31/functions/";
  static final String SUFFIX = "/invocations";
  /** {@code InvokeWithResponseStream}: the same request, answered as an event stream. */
  static final String STREAM_PREFIX = "/2021-11-15/functions/";
  static final String STREAM_SUFFIX = "/response-streaming-invocations";

  /** Lambda's limit on a {@code FunctionName} (a name, an ARN, or either with a qualifier), decoded. */
  static final int MAX_FUNCTION_NAME_CHARS = 256;

  /** The most headers, and header bytes, a request may have; more is answered 431. */
  static final int MAX_HEADERS = 100;
  static final int MAX_HEADER_BYTES = 64 * 1024;

  /** Lambda's limit on {@code X-Amz-Client-Context}, base64 included. */
  static final int MAX_CLIENT_CONTEXT_CHARS = 3583;

  /** How much of an over-large body is read and dropped so the caller can read the 413. */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private static final byte[] EMPTY_OBJECT = {'{', '}'};

  private final FunctionDirectory directory;
  private final Invoker invoker;
  private final PrintStream serverOut;
  private final BodyBudget budget;
  private final FunctionQueries queries;

  InvokeEndpoint(FunctionDirectory directory, Invoker invoker, PrintStream serverOut, BodyBudget budget) {
    this.directory = directory;
    this.invoker = invoker;
    this.serverOut = serverOut;
    this.budget = budget;
    this.queries = new FunctionQueries(directory, invoker.timeoutMillis());
  }

  @Override
  public void handle(HttpExchange exchange) {
    String requestId = RequestIds.random();
    try {
      try {
        checkHeaders(exchange);
        if (FunctionQueries.isQuery(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath())) {
          queries.answer(exchange, requestId);
          return;
        }
        invoke(exchange, requestId);
      } catch (ServiceError e) {
        // Read what is left of the body first, so that the caller, still sending it, reads the error.
        drain(exchange.getRequestBody());
        Exchanges.sendError(exchange, e, requestId);
      } catch (OutOfMemoryError e) {
        Exchanges.sendError(exchange, ServiceError.tooManyRequests("The local server ran out of memory (" + e.getMessage()
            + ") while it read this request. Retry later, send less at once, or give the server more heap (-Xmx).",
            null), requestId);
      } catch (RuntimeException | Error e) {
        serverOut.println("[switchboard] internal error serving " + exchange.getRequestURI() + ":");
        e.printStackTrace(serverOut);
        Exchanges.sendError(exchange, ServiceError.internal("The local server failed: " + e), requestId);
      }
    } catch (IOException | RuntimeException | Error e) {
      // The caller went away, or even the error could not be sent: nothing more to answer.
      exchange.close();
    }
  }

  /**
   * Refuses more than {@value #MAX_HEADERS} headers or {@value #MAX_HEADER_BYTES} bytes of them with
   * 431. The JDK's server is set to parse up to far more ({@link InvokeServer}), so that these
   * requests get an answer instead of a reset.
   */
  private static void checkHeaders(HttpExchange exchange) throws ServiceError {
    int count = 0;
    long bytes = 0;
    for (java.util.Map.Entry<String, java.util.List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        count++;
        bytes += header.getKey().length() + (value == null ? 0 : value.length()) + 4;
      }
    }
    if (count > MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
      throw ServiceError.headersTooLarge("The request has " + count + " headers of " + bytes + " bytes; this server"
          + " takes at most " + MAX_HEADERS + " headers of " + MAX_HEADER_BYTES + " bytes in all.");
    }
  }

  private void invoke(HttpExchange exchange, String requestId) throws IOException, ServiceError {
    String path = exchange.getRequestURI().getRawPath();
    boolean streamed = path.startsWith(STREAM_PREFIX) && path.endsWith(STREAM_SUFFIX);
    String prefix = streamed ? STREAM_PREFIX : PREFIX;
    String suffix = streamed ? STREAM_SUFFIX : SUFFIX;
    if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.length() <= prefix.length() + suffix.length()
        || path.substring(prefix.length(), path.length() - suffix.length()).contains("/")) {
      throw ServiceError.unknownOperation(404, "No such operation: " + exchange.getRequestMethod() + " "
          + FunctionDirectory.abbreviate(path) + ". This local server speaks the Lambda Invoke API: POST "
          + PREFIX + "{FunctionName}" + SUFFIX + " (Invoke) and POST " + STREAM_PREFIX + "{FunctionName}"
          + STREAM_SUFFIX + " (InvokeWithResponseStream), and answers GET " + PREFIX + " (ListFunctions) and GET "
          + PREFIX + "{FunctionName} (GetFunction)");
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      throw ServiceError.unknownOperation(405, (streamed ? "InvokeWithResponseStream" : "Invoke") + " takes POST, not "
          + exchange.getRequestMethod() + ": POST " + prefix + "{FunctionName}" + suffix);
    }
    String name = percentDecode(path.substring(prefix.length(), path.length() - suffix.length()));
    if (name.length() > MAX_FUNCTION_NAME_CHARS) {
      throw ServiceError.invalidParameterValue("FunctionName is " + name.length() + " characters long; it takes at"
          + " most " + MAX_FUNCTION_NAME_CHARS + ": '" + FunctionDirectory.abbreviate(name) + "'");
    }
    String qualifier = queryParameter(exchange.getRequestURI().getRawQuery(), "Qualifier");
    FunctionDirectory.Target target = directory.resolve(name, qualifier);

    String type = header(exchange, "X-Amz-Invocation-Type", "RequestResponse");
    if (!type.equals("RequestResponse") && !type.equals("Event") && !type.equals("DryRun")) {
      throw ServiceError.invalidParameterValue("X-Amz-Invocation-Type '" + FunctionDirectory.abbreviate(type)
          + "' is not one of RequestResponse (the default), Event or DryRun");
    }
    if (streamed && type.equals("Event")) {
      throw ServiceError.invalidParameterValue("InvokeWithResponseStream takes X-Amz-Invocation-Type RequestResponse"
          + " (the default) or DryRun, not Event: use Invoke for asynchronous invocations");
    }
    String logType = header(exchange, "X-Amz-Log-Type", "None");
    if (!logType.equals("None") && !logType.equals("Tail")) {
      throw ServiceError.invalidParameterValue("X-Amz-Log-Type '" + FunctionDirectory.abbreviate(logType)
          + "' is not one of None (the default) or Tail");
    }
    String clientContextHeader = header(exchange, "X-Amz-Client-Context", null);
    ClientContext clientContext = clientContext(clientContextHeader);
    String tenantId = tenantId(header(exchange, "X-Amz-Tenant-Id", null));
    boolean event = type.equals("Event");
    int charged = charge(exchange, event);
    boolean handedOver = false;
    try {
      byte[] payload = readPayload(exchange, event);
      checkJson(payload);
      if (type.equals("DryRun")) {
        Exchanges.send(exchange, 204, requestId, null);
        return;
      }
      if (invoker.stopping()) {
        throw ServiceError.stopping("The local server is stopping: it finishes the invocations in flight and takes no new ones.");
      }
      Invocation invocation = new Invocation(requestId, target, payload, clientContext,
          header(exchange, "X-Amzn-Trace-Id", null),
          new InvocationLog(serverOut, !event && logType.equals("Tail")),
          event ? null : exchange, qualifier, clientContextHeader, budget, charged);
      invocation.tenantId = tenantId;
      if (streamed) {
        invocation.stream = new EventStreamWriter(exchange, requestId);
      }
      if (event) {
        if (!invoker.offerEvent(invocation)) {
          throw ServiceError.tooManyRequests(Invoker.MAX_QUEUED_EVENTS + " Event invocations are already queued,"
              + " waiting for a concurrency slot. Try again later, or start the server with a higher --concurrency.");
        }
        handedOver = true;
        Exchanges.send(exchange, 202, requestId, null);
      } else if (!invoker.trySync(invocation)) {
        throw ServiceError.tooManyRequests("Rate Exceeded: all " + invoker.concurrency() + " concurrency slots of the local"
            + " server are in use (--concurrency). Retry later, or start the server with a higher --concurrency.");
      } else {
        handedOver = true;
      }
    } finally {
      if (!handedOver) {
        budget.release(charged);
      }
    }
  }

  /**
   * Takes the body's bytes from the server's budget before reading it: its {@code Content-Length},
   * or the whole limit when it has none. An over-large body takes nothing: it is refused unread.
   */
  private int charge(HttpExchange exchange, boolean event) throws ServiceError {
    int limit = event ? Limits.MAX_ASYNC_PAYLOAD_BYTES : Limits.MAX_SYNC_PAYLOAD_BYTES;
    long declared = declaredLength(exchange);
    if (declared > limit) {
      return 0;
    }
    int size = declared < 0 ? limit + 1 : (int) declared;
    if (!budget.tryAcquire(size)) {
      throw ServiceError.tooManyRequests("The local server already holds " + (budget.total() / (1024 * 1024))
          + " MB of request bodies, its limit (a quarter of its heap). Retry later, send less at once, or give the"
          + " server more heap (-Xmx).", null);
    }
    return size;
  }

  private static long declaredLength(HttpExchange exchange) throws ServiceError {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw ServiceError.invalidRequestContent("Content-Length '" + FunctionDirectory.abbreviate(length)
          + "' is not a number");
    }
  }

  /** Reads the body up to the limit of the invocation type; an empty body is {@code {}}, as in Lambda. */
  private static byte[] readPayload(HttpExchange exchange, boolean event) throws IOException, ServiceError {
    int limit = event ? Limits.MAX_ASYNC_PAYLOAD_BYTES : Limits.MAX_SYNC_PAYLOAD_BYTES;
    InputStream in = exchange.getRequestBody();
    long declared = declaredLength(exchange);
    byte[] body = null;
    if (declared >= 0 && declared <= limit) {
      body = new byte[(int) declared];
      int read = in.readNBytes(body, 0, body.length);
      if (read < body.length) {
        throw new IOException("the body ended after " + read + " of its " + declared + " bytes");
      }
    } else if (declared < 0) {
      body = in.readNBytes(limit + 1);
    }
    if (body == null || body.length > limit) {
      long read = (body == null ? 0 : body.length) + drain(in);
      long size = declared >= 0 ? declared : read;
      String atLeast = declared < 0 && read >= DRAIN_LIMIT ? "more than " : "";
      throw ServiceError.requestTooLarge("Request payload of " + atLeast + size + " bytes is over the limit of " + limit
          + " bytes (" + (limit / (1024 * 1024)) + " MB) for " + (event ? "Event (asynchronous)" : "synchronous")
          + " invocations. Send less, or store the data elsewhere (S3, say) and send a reference to it.");
    }
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return body;
      }
    }
    return EMPTY_OBJECT;
  }

  /** Reads and drops the rest of a body, up to {@link #DRAIN_LIMIT} bytes; returns how many it read. */
  private static long drain(InputStream in) throws IOException {
    byte[] scratch = new byte[64 * 1024];
    long total = 0;
    int n;
    while (total < DRAIN_LIMIT && (n = in.read(scratch)) >= 0) {
      total += n;
    }
    return total;
  }

  /** Refuses a payload that is not one JSON value, as Lambda does, before any handler sees it. */
  private static void checkJson(byte[] payload) throws ServiceError {
    String problem;
    try (JsonParser parser = Json.parser(payload)) {
      parser.nextToken();
      parser.skipChildren();
      JsonToken extra = parser.nextToken();
      if (extra == null) {
        return;
      }
      problem = "unexpected content after the JSON value at line " + parser.currentLocation().getLineNr()
          + ", column " + parser.currentLocation().getColumnNr();
    } catch (JsonProcessingException e) {
      problem = e.getOriginalMessage() + (e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      problem = e.getMessage();
    }
    throw ServiceError.invalidRequestContent("Could not parse request body into json: " + problem
        + ". The payload must be one JSON value, such as {\"key\": \"value\"}. (With the AWS CLI v2, pass"
        + " --cli-binary-format raw-in-base64-out to send --payload as JSON text.)");
  }

  /**
   * The tenant id of {@code X-Amz-Tenant-Id}, checked as Lambda checks it (1 to 256 characters of
   * letters, digits, spaces and {@code . _ : / = + - @}), or {@code null} when the header is absent.
   */
  static String tenantId(String header) throws ServiceError {
    if (header == null) {
      return null;
    }
    boolean valid = !header.isEmpty() && header.length() <= 256;
    for (int i = 0; valid && i < header.length(); i++) {
      char c = header.charAt(i);
      valid = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "._:/=+-@ ".indexOf(c) >= 0;
    }
    if (!valid) {
      throw ServiceError.invalidParameterValue("X-Amz-Tenant-Id '" + FunctionDirectory.abbreviate(header)
          + "' is not a tenant id: 1 to 256 characters of letters, digits, spaces and . _ : / = + - @");
    }
    return header;
  }

  static ClientContext clientContext(String header) throws ServiceError {
    if (header == null || header.isEmpty()) {
      return null;
    }
    if (header.length() > MAX_CLIENT_CONTEXT_CHARS) {
      throw ServiceError.invalidRequestContent("X-Amz-Client-Context is " + header.length()
          + " characters long; Lambda takes at most " + MAX_CLIENT_CONTEXT_CHARS + " (base64 included)");
    }
    String json;
    try {
      json = new String(Base64.getDecoder().decode(header.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ServiceError.invalidRequestContent("X-Amz-Client-Context is not base64 (" + e.getMessage()
          + "): it takes the base64 of a JSON object such as {\"custom\": {\"key\": \"value\"}}");
    }
    try {
      return ClientContexts.clientContext(json);
    } catch (EventBindingException e) {
      throw ServiceError.invalidRequestContent("X-Amz-Client-Context is not the base64 of a JSON object ("
          + e.getMessage() + "): it takes one such as {\"client\": {...}, \"custom\": {...}, \"env\": {...}}");
    }
  }

  private static String header(HttpExchange exchange, String name, String fallback) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null ? fallback : value.trim();
  }

  static String queryParameter(String rawQuery, String name) throws ServiceError {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        return equals < 0 ? "" : percentDecode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8; unlike form decoding, {@code +} stays a plus. The JDK's server
   * reads the request line as Latin-1, one char per byte, so unescaped bytes are turned back into
   * bytes and decoded as UTF-8 with the escaped ones.
   */
  static String percentDecode(String raw) throws ServiceError {
    boolean plain = true;
    for (int i = 0; i < raw.length() && plain; i++) {
      plain = raw.charAt(i) != '%' && raw.charAt(i) < 0x80;
    }
    if (plain) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '%') {
        if (c < 0x100) {
          bytes.write(c);
        } else {
          bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        i++;
        continue;
      }
      int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (high < 0 || low < 0) {
        throw ServiceError.invalidParameterValue("Malformed percent-escape in '" + FunctionDirectory.abbreviate(raw)
            + "' at index " + i + ": '%' must be followed by two hex digits");
      }
      bytes.write(high * 16 + low);
      i += 3;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
