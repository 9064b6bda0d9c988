package dev.switchboard.test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The log of one invocation: what the handler's context logger writes and what its thread prints to
 * {@code System.out} and {@code System.err}, in the order written.
 */
final class InvocationLog extends OutputStream {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream printer = new PrintStream(this, true, StandardCharsets.UTF_8);

  /** A stream over this log, for the context's logger. */
  PrintStream printer() {
    return printer;
  }

  @Override
  public synchronized void write(int b) {
    bytes.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    bytes.write(b, off, len);
  }

  /** What was written so far, as UTF-8 text. */
  synchronized String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
