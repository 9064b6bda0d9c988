package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda Runtime API 2018-06-01 on loopback, as the tests need it: invocations are queued by the
 * test and handed out by {@code GET invocation/next} (which blocks until one is queued, as Lambda's
 * does); every response, error and init error the runtime posts is recorded, in order. A post for a
 * request id that was not handed out, or that was already answered, is answered 400 and recorded as
 * a protocol violation.
 */
final class FakeRuntimeApi implements AutoCloseable {
  static final String PREFIX = "/2018-06-01/runtime/";

  static {
    // Lambda's Runtime API sends each answer without delay. The JDK server leaves Nagle's algorithm
    // on unless told otherwise, and then every answer whose body follows its headers in a second
    // packet waits for the client's delayed ACK: some 40 ms per request. (Read once per JVM: set it
    // before the first server starts; examples/pom.xml also sets it for the whole test JVM.)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** An invocation to hand out. */
  static final class Invocation {
    final String requestId;
    final byte[] event;
    final Map<String, String> headers = new LinkedHashMap<>();

    Invocation(String requestId, String event) {
      this.requestId = requestId;
      this.event = event.getBytes(StandardCharsets.UTF_8);
      headers.put("Lambda-Runtime-Aws-Request-Id", requestId);
      headers.put("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
      headers.put("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:test-function");
    }

    /** Sets (or, with null, removes) a header. */
    Invocation header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }
  }

  /** What the runtime posted. */
  static final class Result {
    /**
     * {@code response}, {@code error}, {@code init-error}, {@code violation}, or for SnapStart
     * {@code restore-next} (a {@code GET restore/next}) and {@code restore-error}.
     */
    final String kind;
    final String requestId;
    final String errorType;
    final String contentType;
    final byte[] body;

    Result(String kind, String requestId, String errorType, String contentType, byte[] body) {
      this.kind = kind;
      this.requestId = requestId;
      this.errorType = errorType;
      this.contentType = contentType;
      this.body = body;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String text = text();
      return kind + " " + requestId + " " + errorType + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
  private final BlockingQueue<Result> results = new LinkedBlockingQueue<>();
  private final Set<String> handedOut = ConcurrentHashMap.newKeySet();
  private final Set<String> answered = ConcurrentHashMap.newKeySet();
  private final Set<String> refuseAsTooLarge = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextId = new AtomicInteger();
  private volatile int nextStatus = 200;

  FakeRuntimeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "fake-runtime-api");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext(PREFIX, this::handle);
    server.start();
  }

  /** The {@code host:port} for {@code AWS_LAMBDA_RUNTIME_API}. */
  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues an invocation of {@code event} with a fresh request id, and returns it. */
  Invocation enqueue(String event) {
    return enqueue(new Invocation("request-" + nextId.incrementAndGet(), event));
  }

  Invocation enqueue(Invocation invocation) {
    pending.add(invocation);
    return invocation;
  }

  /** Makes the API answer 413 to the response of that request, as Lambda does to one too large. */
  void refuseResponseAsTooLarge(String requestId) {
    refuseAsTooLarge.add(requestId);
  }

  /** Makes the API answer {@code GET invocation/next} with this status from now on. */
  void answerNextWith(int status) {
    nextStatus = status;
  }

  /** The next thing the runtime posted; fails the test after 30 seconds without one. */
  Result awaitResult() throws InterruptedException {
    Result result = results.poll(30, TimeUnit.SECONDS);
    if (result == null) {
      fail("The runtime posted nothing to the Runtime API in 30 seconds");
    }
    return result;
  }

  /** The next thing the runtime posted within {@code millis}, or null. */
  Result pollResult(long millis) throws InterruptedException {
    return results.poll(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (exchange.getRequestMethod().equals("GET") && path.equals("invocation/next")) {
        next(exchange);
        return;
      }
      if (exchange.getRequestMethod().equals("GET") && path.equals("restore/next")) {
        // SnapStart: Lambda would take the snapshot now, and answer after a restore.
        results.add(new Result("restore-next", null, null, null, new byte[0]));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        return;
      }
      String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (!exchange.getRequestMethod().equals("POST")) {
        answer(exchange, 405, "{\"errorMessage\":\"method not allowed\"}");
        return;
      }
      if (path.equals("init/error") || path.equals("restore/error")) {
        results.add(new Result(path.equals("init/error") ? "init-error" : "restore-error", null, errorType, contentType, body));
        answer(exchange, 202, "{\"status\":\"OK\"}");
        return;
      }
      String[] parts = path.split("/");
      if (parts.length != 3 || !parts[0].equals("invocation")
          || !(parts[2].equals("response") || parts[2].equals("error"))) {
        answer(exchange, 404, "{\"errorMessage\":\"no such resource: " + path + "\"}");
        return;
      }
      String requestId = parts[1];
      if (!handedOut.contains(requestId) || answered.contains(requestId)) {
        results.add(new Result("violation", requestId, errorType, contentType, body));
        answer(exchange, 400, "{\"errorMessage\":\"invalid request id " + requestId + "\"}");
        return;
      }
      if (parts[2].equals("response") && refuseAsTooLarge.remove(requestId)) {
        answer(exchange, 413, "{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\","
            + "\"errorType\":\"RequestEntityTooLarge\"}");
        return;
      }
      answered.add(requestId);
      results.add(new Result(parts[2], requestId, errorType, contentType, body));
      answer(exchange, 202, "{\"status\":\"OK\"}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (RuntimeException | IOException e) {
      exchange.close();
      throw e;
    }
  }

  private void next(HttpExchange exchange) throws IOException, InterruptedException {
    if (nextStatus != 200) {
      answer(exchange, nextStatus, "{\"errorMessage\":\"State transition error\",\"errorType\":\"InvalidStateTransition\"}");
      return;
    }
    Invocation invocation = pending.take();
    handedOut.add(invocation.requestId);
    for (Map.Entry<String, String> header : invocation.headers.entrySet()) {
      exchange.getResponseHeaders().add(header.getKey(), header.getValue());
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, invocation.event.length == 0 ? -1 : invocation.event.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(invocation.event);
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
