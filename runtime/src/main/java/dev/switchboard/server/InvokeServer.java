package dev.switchboard.server;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.internal.HandlerRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The server: a JDK {@link HttpServer} whose few threads read requests and hand them to the
 * {@link Invoker}, which answers them from its own threads. {@link #stop} is graceful: new requests
 * are refused, and the invocations in flight finish (each within its timeout) before the port closes.
 */
final class InvokeServer {
  /** Threads that read requests; they never wait for a handler, so a few serve any concurrency. */
  private static final int HTTP_THREADS = 8;

  /** How long a stop waits beyond the timeout for invocations to settle. */
  private static final long STOP_GRACE_MILLIS = 2000;

  private final ServerOptions options;
  private final FunctionDirectory directory;
  private final PrintStream out;
  private final Invoker invoker;
  private final ExecutorService httpThreads;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private HttpServer server;

  InvokeServer(ServerOptions options, HandlerRegistry registry, FunctionDirectory directory, PrintStream out) {
    this.options = options;
    this.directory = directory;
    this.out = out;
    this.invoker = new Invoker(registry, options, out);
    this.httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, Invoker.daemonThreads("switchboard-http-"));
  }

  /** Binds the port and starts serving. */
  void start() throws IOException {
    // Without TCP_NODELAY, a response's body waits behind its headers for the caller's delayed ACK
    // (some 40 ms on Linux). Read once, when the JDK's server first loads its configuration.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
    server.createContext("/", new InvokeEndpoint(directory, invoker, out));
    server.setExecutor(httpThreads);
    ThreadLogRouter.install();
    server.start();
  }

  /** The bound address (with the real port when {@code --port 0} was given). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops gracefully; only the first call does anything. */
  void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      out.println("[switchboard] Stopping: finishing the invocations in flight...");
      int left = invoker.stop(options.timeoutMillis() + STOP_GRACE_MILLIS);
      server.stop(0);
      httpThreads.shutdownNow();
      out.println(left == 0 ? "[switchboard] Stopped."
          : "[switchboard] Stopped; " + left + " invocations had not finished and were abandoned.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      out.flush();
      done.countDown();
    }
  }

  /** Blocks until {@link #stop} has finished. */
  void awaitStopped() throws InterruptedException {
    done.await();
  }
}
