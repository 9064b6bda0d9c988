package dev.switchboard.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends what an invocation's thread prints to {@code System.out} and {@code System.err} to that
 * invocation's log, while any invocation runs. The streams are replaced when the first concurrent
 * invocation starts and put back when the last one ends (unless someone replaced them meanwhile);
 * bytes printed on other threads go where they went before. Threads a handler starts itself are not
 * followed.
 */
final class OutputCapture {
  private static final ThreadLocal<InvocationLog> CURRENT = new ThreadLocal<>();
  private static final Object LOCK = new Object();
  private static int active;
  private static PrintStream savedOut;
  private static PrintStream savedErr;
  private static PrintStream routedOut;
  private static PrintStream routedErr;

  private OutputCapture() {}

  /** Installs the routing streams, or counts one more user of them. */
  static void begin() {
    synchronized (LOCK) {
      if (active++ == 0) {
        savedOut = System.out;
        savedErr = System.err;
        routedOut = new PrintStream(new Router(savedOut), true, StandardCharsets.UTF_8);
        routedErr = new PrintStream(new Router(savedErr), true, StandardCharsets.UTF_8);
        System.setOut(routedOut);
        System.setErr(routedErr);
      }
    }
  }

  /** Counts one user less; the last one puts the original streams back. */
  static void end() {
    synchronized (LOCK) {
      if (--active == 0) {
        routedOut.flush();
        routedErr.flush();
        if (System.out == routedOut) {
          System.setOut(savedOut);
        }
        if (System.err == routedErr) {
          System.setErr(savedErr);
        }
        savedOut = savedErr = routedOut = routedErr = null;
      }
    }
  }

  /** Routes what the current thread prints to {@code log}. */
  static void attach(InvocationLog log) {
    CURRENT.set(log);
  }

  /** To the current thread's invocation log, or to the stream it replaced. */
  private static final class Router extends OutputStream {
    private final OutputStream fallback;

    Router(OutputStream fallback) {
      this.fallback = fallback;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      InvocationLog log = CURRENT.get();
      if (log != null) {
        log.write(b, off, len);
      } else {
        fallback.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (CURRENT.get() == null) {
        fallback.flush();
      }
    }
  }
}
