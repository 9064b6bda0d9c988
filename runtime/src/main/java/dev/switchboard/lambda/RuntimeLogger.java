package dev.switchboard.lambda;

import dev.switchboard.LambdaLogger;
import dev.switchboard.LogLevel;
import dev.switchboard.internal.ErrorResponse;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The function's logger in the Lambda loop: it writes to standard output, which Lambda sends to the
 * function's log stream, in the format of {@code AWS_LAMBDA_LOG_FORMAT} and drops records below
 * {@code AWS_LAMBDA_LOG_LEVEL}.
 *
 * <ul>
 *   <li>{@code Text} (the default): the message, led by {@code [LEVEL] } when a level is given. Line
 *       breaks inside the message are written as carriage returns, so a multi-line message stays one
 *       log record: CloudWatch splits records at line feeds only, and shows a carriage return as a
 *       line break.
 *   <li>{@code JSON}: one object per line, {@code {"timestamp":..., "level":..., "message":...,
 *       "AWSRequestId":...}}, as AWS's Java runtime writes them, with {@code "tenantId"} when the
 *       invocation has one.
 * </ul>
 *
 * <p>Lambda Managed Instances take JSON only: with {@code AWS_LAMBDA_MAX_CONCURRENCY} set the logger
 * writes JSON whatever the format says, and warns when it says {@code Text}. Each worker has its own
 * logger ({@link #forWorker()}), so a record names the invocation of the worker that wrote it.
 */
final class RuntimeLogger implements LambdaLogger {
  /** Frames of one throwable written to the log before the rest are summed up. */
  private static final int MAX_LOGGED_FRAMES = 100;
  private static final int MAX_LOGGED_CAUSES = 8;
  /**
   * UTF-8, found by name, for the lambda package: {@code java.nio.charset.StandardCharsets} would load
   * eight charset classes at cold start for this one.
   */
  static final Charset UTF_8 = Charset.forName("UTF-8");
  private static final char[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

  private final PrintStream out;
  private final boolean json;
  private final int minimumLevel;
  private volatile String requestId;
  private volatile String tenantId;

  RuntimeLogger(PrintStream out, boolean json, LogLevel minimumLevel) {
    this.out = out;
    this.json = json;
    this.minimumLevel = minimumLevel.ordinal();
  }

  /**
   * The logger that {@code AWS_LAMBDA_LOG_FORMAT} ({@code Text} or {@code JSON}) and
   * {@code AWS_LAMBDA_LOG_LEVEL} ({@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN},
   * {@code ERROR} or {@code FATAL}) ask for. An unknown value is reported and ignored.
   */
  static RuntimeLogger fromEnvironment(PrintStream out, boolean managedInstances) {
    String format = System.getenv("AWS_LAMBDA_LOG_FORMAT");
    String level = System.getenv("AWS_LAMBDA_LOG_LEVEL");
    boolean json = managedInstances || format != null && format.equalsIgnoreCase("JSON");
    LogLevel minimum = level == null || level.isEmpty() ? LogLevel.UNDEFINED : parseLevel(level);
    RuntimeLogger logger = new RuntimeLogger(out, json, minimum == null ? LogLevel.UNDEFINED : minimum);
    if (managedInstances && format != null && format.equalsIgnoreCase("Text")) {
      logger.log("Switchboard: AWS_LAMBDA_LOG_FORMAT is Text, but Lambda Managed Instances"
          + " (AWS_LAMBDA_MAX_CONCURRENCY is set) take JSON logs only. Writing JSON.", LogLevel.WARN);
    }
    if (format != null && !format.equalsIgnoreCase("JSON") && !format.equalsIgnoreCase("Text") && !format.isEmpty()) {
      logger.log("Switchboard: AWS_LAMBDA_LOG_FORMAT is '" + format + "'; it takes Text or JSON."
          + (json ? " Writing JSON." : " Writing Text."), LogLevel.WARN);
    }
    if (minimum == null) {
      logger.log("Switchboard: AWS_LAMBDA_LOG_LEVEL is '" + level + "'; it takes TRACE, DEBUG, INFO,"
          + " WARN, ERROR or FATAL. Writing every level.", LogLevel.WARN);
    }
    return logger;
  }

  private static LogLevel parseLevel(String name) {
    String upper = name.trim().toUpperCase(java.util.Locale.ROOT);
    for (LogLevel level : LogLevel.values()) {
      if (level != LogLevel.UNDEFINED && level.name().equals(upper)) {
        return level;
      }
    }
    return null;
  }

  /** A logger of the same stream, format and level, for one worker's invocations. */
  RuntimeLogger forWorker() {
    return new RuntimeLogger(out, json, LogLevel.values()[minimumLevel]);
  }

  /**
   * The request id and tenant id ({@code null} for none) written with the records that follow,
   * until the next invocation sets others.
   */
  void setInvocation(String requestId, String tenantId) {
    this.requestId = requestId;
    this.tenantId = tenantId;
  }

  boolean isJson() {
    return json;
  }

  @Override
  public void log(String message) {
    write(String.valueOf(message), LogLevel.UNDEFINED);
  }

  @Override
  public void log(String message, LogLevel level) {
    LogLevel actual = level == null ? LogLevel.UNDEFINED : level;
    if (isEnabled(actual)) {
      write(String.valueOf(message), actual);
    }
  }

  private boolean isEnabled(LogLevel level) {
    return level == LogLevel.UNDEFINED || level.ordinal() >= minimumLevel;
  }

  private void write(String message, LogLevel level) {
    StringBuilder record = new StringBuilder(message.length() + 128);
    if (json) {
      startJson(record, level);
      appendJsonString(record.append(",\"message\":"), message);
      endJson(record);
    } else {
      if (level != LogLevel.UNDEFINED) {
        record.append('[').append(level.name()).append("] ");
      }
      appendText(record, message);
    }
    emit(record);
  }

  /**
   * Logs a failed invocation (or init) at level ERROR: in Text the error type, message and stack
   * trace as one record; in JSON the record also carries {@code errorType}, {@code errorMessage}
   * and {@code stackTrace}.
   */
  void logError(String errorType, String errorMessage, Throwable error) {
    if (!isEnabled(LogLevel.ERROR)) {
      return;
    }
    StringBuilder record = new StringBuilder(512);
    String headline = errorMessage == null ? errorType : errorType + ": " + errorMessage;
    if (json) {
      startJson(record, LogLevel.ERROR);
      appendJsonString(record.append(",\"message\":"), headline);
      appendJsonString(record.append(",\"errorType\":"), errorType);
      record.append(",\"errorMessage\":");
      if (errorMessage == null) {
        record.append("null");
      } else {
        appendJsonString(record, errorMessage);
      }
      record.append(",\"stackTrace\":[");
      if (error != null) {
        appendJsonTrace(record, error);
      }
      record.append(']');
      endJson(record);
    } else {
      record.append("[ERROR] ");
      appendText(record, headline);
      if (error != null) {
        appendTextTrace(record, error);
      }
    }
    emit(record);
  }

  private void startJson(StringBuilder record, LogLevel level) {
    record.append("{\"timestamp\":\"");
    appendTimestamp(record, System.currentTimeMillis());
    record.append("\",\"level\":\"").append(level.name()).append('"');
  }

  private void endJson(StringBuilder record) {
    String id = requestId;
    if (id != null) {
      appendJsonString(record.append(",\"AWSRequestId\":"), id);
    }
    String tenant = tenantId;
    if (tenant != null) {
      appendJsonString(record.append(",\"tenantId\":"), tenant);
    }
    record.append('}');
  }

  private void emit(StringBuilder record) {
    record.append('\n');
    byte[] bytes = record.toString().getBytes(UTF_8);
    out.write(bytes, 0, bytes.length);
    out.flush();
  }

  /** The frames of an error and of its causes, each frame as {@code StackTraceElement.toString()}. */
  private static void appendJsonTrace(StringBuilder record, Throwable error) {
    boolean first = true;
    Throwable current = error;
    for (int depth = 0; current != null && depth <= MAX_LOGGED_CAUSES; depth++) {
      StackTraceElement[] frames = ErrorResponse.frames(current);
      if (depth > 0) {
        if (!first) {
          record.append(',');
        }
        first = false;
        appendJsonString(record, "Caused by: " + ErrorResponse.summary(current));
      }
      int shown = Math.min(frames.length, MAX_LOGGED_FRAMES);
      for (int i = 0; i < shown; i++) {
        if (!first) {
          record.append(',');
        }
        first = false;
        appendJsonString(record, String.valueOf(frames[i]));
      }
      if (shown < frames.length) {
        record.append(',');
        appendJsonString(record, "... " + (frames.length - shown) + " more");
      }
      current = ErrorResponse.cause(current);
    }
  }

  private static void appendTextTrace(StringBuilder record, Throwable error) {
    Throwable current = error;
    for (int depth = 0; current != null && depth <= MAX_LOGGED_CAUSES; depth++) {
      StackTraceElement[] frames = ErrorResponse.frames(current);
      if (depth > 0) {
        record.append("\rCaused by: ");
        appendText(record, ErrorResponse.summary(current));
      }
      int shown = Math.min(frames.length, MAX_LOGGED_FRAMES);
      for (int i = 0; i < shown; i++) {
        record.append("\r\tat ").append(frames[i]);
      }
      if (shown < frames.length) {
        record.append("\r\t... ").append(frames.length - shown).append(" more");
      }
      current = ErrorResponse.cause(current);
    }
  }

  /** Appends a message as one Text record: line breaks become carriage returns, trailing ones go. */
  static void appendText(StringBuilder record, String message) {
    int end = message.length();
    while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r')) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = message.charAt(i);
      record.append(c == '\n' ? '\r' : c);
    }
  }

  /** Appends {@code value} as a JSON string literal. */
  static void appendJsonString(StringBuilder record, String value) {
    record.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          record.append("\\\"");
          break;
        case '\\':
          record.append("\\\\");
          break;
        case '\n':
          record.append("\\n");
          break;
        case '\r':
          record.append("\\r");
          break;
        case '\t':
          record.append("\\t");
          break;
        default:
          if (c < 0x20) {
            record.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            record.append(c);
          }
      }
    }
    record.append('"');
  }

  /**
   * Appends epoch milliseconds as an ISO-8601 UTC timestamp with milliseconds,
   * {@code 2026-01-31T23:59:59.123Z}, without loading java.time.
   */
  static void appendTimestamp(StringBuilder out, long epochMillis) {
    long days = Math.floorDiv(epochMillis, 86_400_000L);
    long millisOfDay = Math.floorMod(epochMillis, 86_400_000L);
    // Days since 1970-01-01 to a civil date, counting in 400-year eras that start on March 1st so
    // that the leap day falls at the end of each year.
    long shifted = days + 719_468L;
    long era = Math.floorDiv(shifted, 146_097L);
    long dayOfEra = shifted - era * 146_097L;
    long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthIndex = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    pad(out, year, 4).append('-');
    pad(out, month, 2).append('-');
    pad(out, day, 2).append('T');
    pad(out, millisOfDay / 3_600_000L, 2).append(':');
    pad(out, millisOfDay / 60_000L % 60, 2).append(':');
    pad(out, millisOfDay / 1_000L % 60, 2).append('.');
    pad(out, millisOfDay % 1_000L, 3).append('Z');
  }

  private static StringBuilder pad(StringBuilder out, long value, int width) {
    long limit = 1;
    for (int i = 1; i < width; i++) {
      limit *= 10;
    }
    for (long bound = limit; bound > 1 && value < bound; bound /= 10) {
      out.append('0');
    }
    return out.append(value);
  }
}
