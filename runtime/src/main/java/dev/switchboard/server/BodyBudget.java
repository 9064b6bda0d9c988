package dev.switchboard.server;

import java.util.concurrent.Semaphore;

/**
 * The bytes of request bodies the server may hold at once, from the moment it starts reading one
 * until its invocation ends: a quarter of the heap, and never less than one synchronous payload. A
 * request that finds the budget spent is answered 429 instead of running the JVM out of memory.
 */
final class BodyBudget {
  private final Semaphore bytes;
  private final int total;

  BodyBudget(long maxHeapBytes, int atLeast) {
    this.total = (int) Math.min(Integer.MAX_VALUE, Math.max(maxHeapBytes / 4, atLeast));
    this.bytes = new Semaphore(total);
  }

  /** Takes {@code size} bytes of the budget, or returns false when they are not free. */
  boolean tryAcquire(int size) {
    return size <= 0 || bytes.tryAcquire(size);
  }

  void release(int size) {
    if (size > 0) {
      bytes.release(size);
    }
  }

  /** The whole budget, in bytes. */
  int total() {
    return total;
  }
}
