package dev.switchboard.internal;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a handler writes its response, in every mode that serves invocations; the Lambda loop reuses
 * one from one invocation to the next. It keeps at most {@code limit + 1} bytes and counts the rest,
 * so a response far over Lambda's limit is reported with its size instead of filling the heap.
 */
public final class ResponseBuffer extends OutputStream {
  private static final int INITIAL_CAPACITY = 8 * 1024;
  /** A buffer grown past this is dropped after the invocation, so one large response is not kept. */
  private static final int KEPT_CAPACITY = 1024 * 1024;

  private final int limit;
  private byte[] bytes = new byte[INITIAL_CAPACITY];
  private int count;
  private long total;

  public ResponseBuffer(int limit) {
    this.limit = limit;
  }

  /** Empties the buffer for the next invocation. */
  public void reset() {
    if (bytes.length > KEPT_CAPACITY) {
      bytes = new byte[INITIAL_CAPACITY];
    }
    count = 0;
    total = 0;
  }

  /** Every byte the handler wrote, kept or not. */
  public long total() {
    return total;
  }

  /** Whether the handler wrote more than the limit. */
  public boolean isOverLimit() {
    return total > limit;
  }

  /** The kept bytes; only the first {@link #size()} count. */
  public byte[] array() {
    return bytes;
  }

  /** How many bytes are kept. */
  public int size() {
    return count;
  }

  /** A copy of the kept bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, count);
  }

  @Override
  public void write(int b) {
    total++;
    if (count <= limit) {
      ensureCapacity(count + 1);
      bytes[count++] = (byte) b;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    total += len;
    int kept = (int) Math.min(len, (long) limit + 1 - count);
    if (kept > 0) {
      ensureCapacity(count + kept);
      System.arraycopy(b, off, bytes, count, kept);
      count += kept;
    }
  }

  private void ensureCapacity(int needed) {
    if (needed > bytes.length) {
      int grown = (int) Math.min((long) limit + 1, Math.max((long) bytes.length * 2, needed));
      bytes = Arrays.copyOf(bytes, grown);
    }
  }
}
