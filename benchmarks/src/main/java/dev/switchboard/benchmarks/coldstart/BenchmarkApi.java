package dev.switchboard.benchmarks.coldstart;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Lambda Runtime API on loopback for the benchmark: it hands out one event as often as it is
 * allowed to ({@link #release}), and notes when each result arrives. Nothing in it depends on which
 * runtime is on the other side.
 *
 * <p>It is an HTTP/1.1 server on raw sockets, a thread per connection, that reads a request line,
 * headers and a {@code Content-Length} (or chunked) body, and answers each request with one write of
 * bytes mostly encoded in advance: so that the API, which shares the machine with the runtime under
 * test, is not what limits the warm rate (the JDK's {@code HttpServer} spent about as much CPU per
 * invocation as the runtimes it served).
 */
final class BenchmarkApi implements AutoCloseable {
  private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

  private final ServerSocket server;
  private final Thread acceptor;
  private volatile boolean closed;
  /** Everything of an invocation's answer after its request id and deadline headers. */
  private final byte[] nextTail;
  private final byte[] accepted;
  private final Semaphore available = new Semaphore(0);
  private final AtomicInteger handedOut = new AtomicInteger();
  private final AtomicInteger results = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicLong firstResultNanos = new AtomicLong();
  private final AtomicLong firstHandedOutNanos = new AtomicLong();
  private final AtomicLong firstResponseByteNanos = new AtomicLong();
  private final Object resultsChanged = new Object();
  /** The connection threads serving now, and the CPU time of those that have ended. */
  private final Set<Thread> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong endedConnectionsCpuNanos = new AtomicLong();
  private volatile String firstResult;
  private volatile String firstError;

  BenchmarkApi(String event) throws IOException {
    byte[] eventBytes = event.getBytes(StandardCharsets.UTF_8);
    nextTail = concat(("Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:benchmark\r\n"
        + "Lambda-Runtime-Trace-Id: Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + eventBytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), eventBytes);
    accepted = concat(("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: "
        + ACCEPTED.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), ACCEPTED);
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    acceptor = new Thread(this::accept, "benchmark-api");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String address() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /** Lets the runtime have {@code count} more invocations. */
  void release(int count) {
    available.release(count);
  }

  /** When the first result arrived, in {@link System#nanoTime()} terms, or 0. */
  long firstResultNanos() {
    return firstResultNanos.get();
  }

  /** When the first invocation was handed out, in {@link System#nanoTime()} terms, or 0. */
  long firstHandedOutNanos() {
    return firstHandedOutNanos.get();
  }

  /**
   * When the first byte of a response body arrived (the first chunk of a chunked response, the whole
   * body of one with a {@code Content-Length}), in {@link System#nanoTime()} terms, or 0.
   */
  long firstResponseByteNanos() {
    return firstResponseByteNanos.get();
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
    // Wake a GET invocation/next that waits for an invocation, so its thread can stop.
    closed = true;
    available.release(Integer.MAX_VALUE / 2);
    try {
      server.close();
    } catch (IOException e) {
      // closing: nothing to do
    }
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      Thread connection = new Thread(() -> serve(socket), "benchmark-api-connection");
      connection.setDaemon(true);
      connection.start();
    }
  }

  /**
   * The CPU time the API's connection threads have used, all told: what the API costs per invocation
   * next to what each runtime costs.
   */
  long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = endedConnectionsCpuNanos.get();
    for (Thread connection : connections) {
      long cpu = threads.getThreadCpuTime(connection.getId());
      total += Math.max(cpu, 0);
    }
    return total;
  }

  private void serve(Socket socket) {
    connections.add(Thread.currentThread());
    try {
      serveConnection(socket);
    } finally {
      endedConnectionsCpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
      connections.remove(Thread.currentThread());
    }
  }

  private void serveConnection(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
      OutputStream out = socket.getOutputStream();
      while (!closed) {
        String requestLine = line(in);
        if (requestLine == null) {
          return;
        }
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
          int colon = header.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(colon + 1).trim();
          if (name.equals("content-length")) {
            length = Long.parseLong(value);
          } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
            chunked = true;
          } else if (name.equals("expect") && value.equalsIgnoreCase("100-continue")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
          }
        }
        int space = requestLine.indexOf(' ');
        String path = requestLine.substring(space + 1, requestLine.indexOf(' ', space + 1));
        boolean response = path.endsWith("/response");
        byte[] body = chunked ? chunks(in, response) : in.readNBytes((int) length);
        if (response && body.length > 0) {
          firstResponseByteNanos.compareAndSet(0, System.nanoTime());
        }
        out.write(handle(path, body));
        out.flush();
      }
    } catch (SocketException e) {
      // the runtime went away
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        e.printStackTrace();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private byte[] handle(String path, byte[] body) throws InterruptedException {
    if (path.endsWith("/invocation/next")) {
      available.acquire();
      if (closed) {
        return concat(("HTTP/1.1 500 Internal Server Error\r\nContent-Length: " + ACCEPTED.length + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1), ACCEPTED);
      }
      firstHandedOutNanos.compareAndSet(0, System.nanoTime());
      int n = handedOut.incrementAndGet();
      byte[] head = ("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: bench-" + n
          + "\r\nLambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 60_000) + "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1);
      return concat(head, nextTail);
    }
    if (path.endsWith("/response") || path.endsWith("/error")) {
      firstResultNanos.compareAndSet(0, System.nanoTime());
      if (path.endsWith("/error") && errors.getAndIncrement() == 0) {
        firstError = new String(body, StandardCharsets.UTF_8);
      }
      if (firstResult == null) {
        firstResult = new String(body, StandardCharsets.UTF_8);
      }
      results.incrementAndGet();
      synchronized (resultsChanged) {
        resultsChanged.notifyAll();
      }
      return accepted;
    }
    if (path.endsWith("/init/error")) {
      errors.incrementAndGet();
      firstError = new String(body, StandardCharsets.UTF_8);
    }
    return accepted;
  }

  private byte[] chunks(InputStream in, boolean response) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      if (size == null) {
        throw new IOException("the request ended within its chunks");
      }
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
          // trailers: none are used
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(length));
      if (response) {
        firstResponseByteNanos.compareAndSet(0, System.nanoTime());
      }
      line(in);
    }
  }

  /** A line without its line break, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); ; b = in.read()) {
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) b);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
