package dev.switchboard.internal;

import dev.switchboard.LambdaLogger;
import dev.switchboard.LogLevel;
import java.io.PrintStream;

/** A logger that writes each record as text to a stream: local modes send it to stderr. */
public final class PrintStreamLogger implements LambdaLogger {
  private final PrintStream out;

  public PrintStreamLogger(PrintStream out) {
    this.out = out;
  }

  @Override
  public void log(String message) {
    out.println(message);
  }

  @Override
  public void log(String message, LogLevel level) {
    out.println(format(message, level));
  }

  /** A record as the local modes write it: the message, after {@code [LEVEL] } when it has a level. */
  public static String format(String message, LogLevel level) {
    return level == null || level == LogLevel.UNDEFINED ? message : "[" + level + "] " + message;
  }
}
