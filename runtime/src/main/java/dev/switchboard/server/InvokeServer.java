package dev.switchboard.server;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.Limits;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The server: a JDK {@link HttpServer} whose few threads read requests and hand them to the
 * {@link Invoker}, which answers them from its own threads. {@link #stop} is graceful: new requests
 * are refused, and the invocations in flight finish (each within its timeout) before the port closes.
 */
final class InvokeServer {
  /**
   * Threads that read requests: they never wait for a handler, so a few serve any concurrency. More
   * start while peers are slow to send (up to {@link #MAX_HTTP_THREADS}), so that a few slow peers
   * cannot take them all; {@link #MAX_REQUEST_SECONDS} bounds how long any peer holds one.
   */
  private static final int HTTP_THREADS = 8;
  private static final int MAX_HTTP_THREADS = 256;

  /** How long a request may take to arrive, headers and body (the JDK's {@code maxReqTime}). */
  static final int MAX_REQUEST_SECONDS = 30;

  /**
   * How many headers, and header bytes, the JDK's server parses before it drops the connection:
   * far above what the endpoint takes, so that it can answer 431 instead.
   */
  static final int PARSED_HEADERS = 10_000;
  static final int PARSED_HEADER_BYTES = 1024 * 1024 + 64 * 1024;

  private final ServerOptions options;
  private final FunctionDirectory directory;
  private final PrintStream out;
  private final Invoker invoker;
  private final ExecutorService httpThreads;
  private final BodyBudget budget;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private HttpServer server;

  InvokeServer(ServerOptions options, HandlerRegistry registry, FunctionDirectory directory, PrintStream out) {
    this.options = options;
    this.directory = directory;
    this.out = out;
    this.invoker = new Invoker(registry, options, out);
    this.httpThreads = new ThreadPoolExecutor(HTTP_THREADS, MAX_HTTP_THREADS, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), Invoker.daemonThreads("switchboard-http-"));
    this.budget = new BodyBudget(Runtime.getRuntime().maxMemory(), Limits.MAX_SYNC_PAYLOAD_BYTES + 1);
  }

  /** Binds the port and starts serving. */
  void start() throws IOException {
    // Without TCP_NODELAY, a response's body waits behind its headers for the caller's delayed ACK
    // (some 40 ms on Linux). Read once, when the JDK's server first loads its configuration.
    setDefault("sun.net.httpserver.nodelay", "true");
    setDefault("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
    setDefault("sun.net.httpserver.maxReqHeaders", Integer.toString(PARSED_HEADERS));
    setDefault("sun.net.httpserver.maxReqHeaderSize", Integer.toString(PARSED_HEADER_BYTES));
    ExitWatch.install();
    server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
    server.createContext("/", new InvokeEndpoint(directory, invoker, out, budget));
    server.setExecutor(httpThreads);
    ThreadLogRouter.install();
    server.start();
  }

  /** Sets a system property of the JDK's server unless the command line set it; read once, at its first use. */
  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Queues abandoned invocations again, as {@code Event} invocations; returns how many. */
  int replay(List<AbandonedInvocations.Entry> entries) {
    int queued = 0;
    for (AbandonedInvocations.Entry entry : entries) {
      try {
        FunctionDirectory.Target target = directory.resolve(entry.function(), entry.qualifier());
        invoker.replay(new Invocation(entry.requestId(), target, entry.payload(),
            InvokeEndpoint.clientContext(entry.clientContext()), null, new InvocationLog(out, false), null,
            entry.qualifier(), entry.clientContext(), null, 0));
        queued++;
      } catch (ServiceError e) {
        out.println("[switchboard] Not replayed: request " + entry.requestId() + " of " + entry.function() + ": "
            + e.getMessage());
      }
    }
    return queued;
  }

  /** The bound address (with the real port when {@code --port 0} was given). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Stops gracefully; only the first call does anything. New invocations are refused; the accepted
   * ones run for up to {@code --drain} seconds; the {@code Event} invocations left are written to a
   * file that {@code serve --replay} takes.
   */
  void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      reportExit();
      out.println("[switchboard] Stopping: running the accepted invocations, for up to " + options.drainSeconds()
          + " s (--drain)...");
      out.flush();
      List<Invocation> abandoned = invoker.stop(options.drainSeconds() * 1000L);
      int unsettled = invoker.unsettled();
      server.stop(0);
      httpThreads.shutdownNow();
      if (!abandoned.isEmpty()) {
        try {
          Path file = AbandonedInvocations.write(abandoned, Path.of("").toAbsolutePath());
          out.println("[switchboard] " + abandoned.size() + " accepted Event invocations did not finish in " + options.drainSeconds()
              + " s; they are in " + file + ". Run them with: serve --replay " + file);
        } catch (IOException | RuntimeException e) {
          out.println("[switchboard] " + abandoned.size() + " accepted Event invocations did not finish, and could not be"
              + " written down (" + e + "). Their request ids:");
          for (Invocation invocation : abandoned) {
            out.println("[switchboard]   " + invocation.requestId + " " + invocation.functionName());
          }
        }
      }
      out.println(unsettled == 0 ? "[switchboard] Stopped."
          : "[switchboard] Stopped; " + unsettled + " synchronous invocations had not finished and were abandoned"
              + " (their callers get no answer).");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      out.flush();
      done.countDown();
    }
  }

  /**
   * When a handler called {@code System.exit}, which Java cannot stop without a security manager,
   * says which invocation did, with the status when the JDK tells it, and answers its caller.
   */
  private void reportExit() {
    Thread thread = ExitWatch.exitingThread();
    if (thread == null) {
      return;
    }
    Integer status = ExitWatch.status(thread);
    String statusText = status != null ? "status " + status
        : Runtime.version().feature() >= 21 ? "status unknown" : "status unknown on Java " + Runtime.version().feature()
            + " (Java 21 and later tell it)";
    String message = "Runtime exited: the handler called System.exit (" + statusText + "), which ends the local server";
    Invocation invocation = invoker.exitedOn(thread, message);
    out.println("[switchboard] System.exit was called on thread " + thread.getName()
        + (invocation == null ? ", which runs no invocation" : ", by " + invocation.functionName() + " request "
            + invocation.requestId) + " (" + statusText + "). The server exits with it.");
  }

  /** Blocks until {@link #stop} has finished. */
  void awaitStopped() throws InterruptedException {
    done.await();
  }
}
