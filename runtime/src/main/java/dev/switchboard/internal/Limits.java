package dev.switchboard.internal;

/** Lambda's limits (payloads, timeout), in one place for every mode. */
public final class Limits {
  private Limits() {}

  /** The largest response of a synchronous invocation, and the largest synchronous request: 6 MB. */
  public static final int MAX_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;

  /** The most a streaming handler may stream in one response: 200 MiB. */
  public static final long MAX_STREAMED_RESPONSE_BYTES = 200L * 1024 * 1024;

  /** The largest request of an asynchronous ({@code Event}) invocation: 1 MB. */
  public static final int MAX_ASYNC_PAYLOAD_BYTES = 1024 * 1024;

  /** The longest timeout a function can have: 900 seconds. */
  public static final int MAX_TIMEOUT_SECONDS = 900;

  /**
   * Parses a {@code --timeout} value, the one parser of {@code invoke} and {@code serve}: a plain
   * decimal number of seconds ({@code 3}, {@code 0.5}), above 0 and at most
   * {@value #MAX_TIMEOUT_SECONDS}. Returns milliseconds, rounded up, at least 1.
   *
   * @throws IllegalArgumentException saying what the option takes
   */
  public static long timeoutMillis(String value) {
    String text = value.trim();
    boolean digits = false;
    int dots = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c != '.' || ++dots > 1) {
        digits = false;
        break;
      }
    }
    if (digits && text.length() <= 32) {
      java.math.BigDecimal seconds = new java.math.BigDecimal(text);
      if (seconds.signum() > 0 && seconds.compareTo(java.math.BigDecimal.valueOf(MAX_TIMEOUT_SECONDS)) <= 0) {
        return Math.max(1, seconds.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact());
      }
    }
    throw new IllegalArgumentException("--timeout takes a number of seconds above 0 and at most "
        + MAX_TIMEOUT_SECONDS + " (Lambda's limit), such as 3 or 0.5, not '" + value + "'");
  }
}
