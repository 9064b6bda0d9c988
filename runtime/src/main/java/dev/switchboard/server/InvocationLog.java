package dev.switchboard.server;

import dev.switchboard.LambdaLogger;
import dev.switchboard.LogLevel;
import dev.switchboard.internal.PrintStreamLogger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The log of one invocation: the START, END and REPORT lines, the records of the context's logger,
 * and what the handler prints to {@code System.out} and {@code System.err} on its own thread. Each
 * line goes to the server's output when it is complete; when the caller asked for the log tail, the
 * last {@value #TAIL_BYTES} bytes are kept for {@code X-Amz-Log-Result}.
 */
final class InvocationLog implements LambdaLogger {
  /** How much of the log {@code X-Amz-Log-Result} carries, as Lambda does: 4 KB. */
  static final int TAIL_BYTES = 4096;

  private final PrintStream serverOut;
  /** The kept log, or {@code null} when no tail was asked for; compacted to its last TAIL_BYTES. */
  private byte[] tail;
  private int tailLength;
  /** A printed line that has no newline yet. */
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream(128);

  InvocationLog(PrintStream serverOut, boolean keepTail) {
    this.serverOut = serverOut;
    this.tail = keepTail ? new byte[2 * TAIL_BYTES] : null;
  }

  @Override
  public void log(String message) {
    line(message);
  }

  @Override
  public void log(String message, LogLevel level) {
    line(PrintStreamLogger.format(message, level));
  }

  /** Appends a record (which may span several lines) and ends it with a newline. */
  synchronized void line(String text) {
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
    emit(bytes, 0, bytes.length);
  }

  /** Appends printed bytes; complete lines are written out, the rest waits for its newline. */
  synchronized void write(byte[] bytes, int offset, int length) {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\n') {
        if (partial.size() > 0) {
          partial.write(bytes, start, i + 1 - start);
          byte[] line = partial.toByteArray();
          partial.reset();
          emit(line, 0, line.length);
        } else {
          emit(bytes, start, i + 1 - start);
        }
        start = i + 1;
      }
    }
    partial.write(bytes, start, end - start);
  }

  /** Ends a printed line that never got its newline, so nothing printed is lost. */
  synchronized void endPartialLine() {
    if (partial.size() > 0) {
      partial.write('\n');
      byte[] line = partial.toByteArray();
      partial.reset();
      emit(line, 0, line.length);
    }
  }

  /** The base64 of the last {@value #TAIL_BYTES} bytes, or {@code null} when no tail was kept. */
  synchronized String tailBase64() {
    if (tail == null) {
      return null;
    }
    int from = Math.max(0, tailLength - TAIL_BYTES);
    return Base64.getEncoder().encodeToString(Arrays.copyOfRange(tail, from, tailLength));
  }

  private void emit(byte[] bytes, int offset, int length) {
    serverOut.write(bytes, offset, length);
    if (tail == null) {
      return;
    }
    if (length >= TAIL_BYTES) {
      System.arraycopy(bytes, offset + length - TAIL_BYTES, tail, 0, TAIL_BYTES);
      tailLength = TAIL_BYTES;
      return;
    }
    if (tailLength + length > tail.length) {
      int keep = TAIL_BYTES - length;
      System.arraycopy(tail, tailLength - keep, tail, 0, keep);
      tailLength = keep;
    }
    System.arraycopy(bytes, offset, tail, tailLength, length);
    tailLength += length;
  }
}
