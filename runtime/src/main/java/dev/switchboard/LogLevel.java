package dev.switchboard;

/** The level of a log record written through {@link LambdaLogger}, as Lambda's log levels name them. */
public enum LogLevel {
  /** No level given; always written. */
  UNDEFINED,
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR,
  FATAL
}
