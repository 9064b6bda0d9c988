package dev.switchboard.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for {@code System.out} and {@code System.err} while the server runs: bytes printed on a
 * thread that is running an invocation go to that invocation's log; bytes printed on any other
 * thread go where they went before. Threads a handler starts itself are not followed: what they
 * print goes to the server's output but not to any invocation's log tail.
 */
final class ThreadLogRouter extends OutputStream {
  private static final ThreadLocal<InvocationLog> CURRENT = new ThreadLocal<>();

  private final OutputStream fallback;

  private ThreadLogRouter(OutputStream fallback) {
    this.fallback = fallback;
  }

  /** Replaces {@code System.out} and {@code System.err}; returns nothing to undo, as the server runs until exit. */
  static void install() {
    System.setOut(new PrintStream(new ThreadLogRouter(System.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ThreadLogRouter(System.err), true, StandardCharsets.UTF_8));
  }

  /** Routes the current thread's output to {@code log}, or back to the server's output for {@code null}. */
  static void attach(InvocationLog log) {
    if (log == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(log);
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    InvocationLog log = CURRENT.get();
    if (log != null) {
      log.write(bytes, offset, length);
    } else {
      fallback.write(bytes, offset, length);
    }
  }

  @Override
  public void flush() throws IOException {
    if (CURRENT.get() == null) {
      fallback.flush();
    }
  }
}
