package dev.switchboard;

/**
 * Writes to the function's log. Each call is one log record, however many lines the message has.
 * Obtain it from {@link Context#getLogger()}.
 */
public interface LambdaLogger {
  /** Writes a record with no level. */
  void log(String message);

  /** Writes a record at the given level; records below the function's log level are dropped. */
  default void log(String message, LogLevel level) {
    log(message);
  }

  /** Writes raw bytes as one record, as AWS's logger does. */
  default void log(byte[] message) {
    log(new String(message, java.nio.charset.StandardCharsets.UTF_8));
  }
}
