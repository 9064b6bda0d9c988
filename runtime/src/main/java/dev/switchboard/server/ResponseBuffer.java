package dev.switchboard.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Collects a handler's response up to a limit. A write past the limit fails and marks the buffer
 * overflowed, so a handler that returns too much fails fast instead of filling the heap, and the
 * server reports the limit rather than whatever error the failed write caused.
 */
final class ResponseBuffer extends OutputStream {
  private final int limit;
  private byte[] bytes = new byte[256];
  private int size;
  private volatile boolean overflowed;

  ResponseBuffer(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int offset, int length) throws IOException {
    ensure(length);
    System.arraycopy(b, offset, bytes, size, length);
    size += length;
  }

  private void ensure(int more) throws IOException {
    if (overflowed || (long) size + more > limit) {
      overflowed = true;
      throw new IOException("The response is over the limit of " + limit + " bytes");
    }
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(2L * bytes.length, size + more)));
    }
  }

  /** Whether the handler tried to write more than the limit. */
  boolean overflowed() {
    return overflowed;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
