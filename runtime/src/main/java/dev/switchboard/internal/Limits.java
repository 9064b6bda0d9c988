package dev.switchboard.internal;

/** Lambda's payload limits, in one place for every mode. */
public final class Limits {
  private Limits() {}

  /** The largest response of a synchronous invocation, and the largest synchronous request: 6 MB. */
  public static final int MAX_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;

  /** The largest request of an asynchronous ({@code Event}) invocation: 1 MB. */
  public static final int MAX_ASYNC_PAYLOAD_BYTES = 1024 * 1024;
}
