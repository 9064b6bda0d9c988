package dev.switchboard.benchmarks.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Lambda Runtime API on loopback for the benchmark: it hands out one event as often as it is
 * allowed to ({@link #release}), and notes when each result arrives. Nothing in it depends on which
 * runtime is on the other side.
 */
final class BenchmarkApi implements AutoCloseable {
  private static final String PREFIX = "/2018-06-01/runtime/";
  private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private volatile boolean closed;
  private final byte[] event;
  private final Semaphore available = new Semaphore(0);
  private final AtomicInteger handedOut = new AtomicInteger();
  private final AtomicInteger results = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicLong firstResultNanos = new AtomicLong();
  private final Object resultsChanged = new Object();
  private volatile String firstResult;
  private volatile String firstError;

  BenchmarkApi(String event) throws IOException {
    // Answer without Nagle's delay, as Lambda's API does: otherwise every answer whose body follows
    // its headers waits some 40 ms for the client's delayed ACK, and the API is the bottleneck.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.event = event.getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Exchanges run on the server's own thread, with no hand-off to a pool: the runtime on the other
    // side sends one request at a time, so while GET invocation/next waits for an invocation there
    // is nothing else to serve, and every thread switch saved keeps the API out of the measurement.
    server.setExecutor(null);
    server.createContext(PREFIX, this::handle);
    server.start();
  }

  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Lets the runtime have {@code count} more invocations. */
  void release(int count) {
    available.release(count);
  }

  /** When the first result arrived, in {@link System#nanoTime()} terms, or 0. */
  long firstResultNanos() {
    return firstResultNanos.get();
  }

  int results() {
    return results.get();
  }

  int errors() {
    return errors.get();
  }

  String firstResult() {
    return firstResult;
  }

  String firstError() {
    return firstError;
  }

  /** Waits until {@code count} results have arrived; false after {@code timeoutMillis}. */
  boolean awaitResults(int count, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    synchronized (resultsChanged) {
      while (results.get() < count) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return false;
        }
        resultsChanged.wait(left);
      }
    }
    return true;
  }

  @Override
  public void close() {
    // Wake a GET invocation/next that waits for an invocation, so the server thread can stop.
    closed = true;
    available.release(Integer.MAX_VALUE / 2);
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = in.readAllBytes();
      if (path.endsWith("/invocation/next")) {
        available.acquire();
        if (closed) {
          answer(exchange, 500, ACCEPTED);
          return;
        }
        int n = handedOut.incrementAndGet();
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "bench-" + n);
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
            "arn:aws:lambda:us-east-1:123456789012:function:benchmark");
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer(exchange, 200, event);
        return;
      }
      if (path.endsWith("/response") || path.endsWith("/error")) {
        firstResultNanos.compareAndSet(0, System.nanoTime());
        if (path.endsWith("/error") && errors.getAndIncrement() == 0) {
          firstError = new String(body, StandardCharsets.UTF_8);
        }
        if (firstResult == null) {
          firstResult = new String(body, StandardCharsets.UTF_8);
        }
        answer(exchange, 202, ACCEPTED);
        results.incrementAndGet();
        synchronized (resultsChanged) {
          resultsChanged.notifyAll();
        }
        return;
      }
      if (path.endsWith("/init/error")) {
        errors.incrementAndGet();
        firstError = new String(body, StandardCharsets.UTF_8);
      }
      answer(exchange, 202, ACCEPTED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    }
  }

  private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
