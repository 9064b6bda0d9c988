package dev.switchboard.internal;

import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.Json;
import dev.switchboard.internal.json.ResultSerializationException;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Lambda's error shape: {@code {"errorMessage": ..., "errorType": ..., "stackTrace": [...]}}, with a
 * {@code cause} of the same shape when the exception has one.
 *
 * <p>A throwable is the user's code: its {@code getMessage}, {@code getStackTrace}, {@code getCause}
 * and {@code toString} may throw, return null or loop. Every mode reads them through
 * {@link #message}, {@link #frames}, {@link #cause} and {@link #summary}, which survive all of that.
 */
public final class ErrorResponse {
  private static final int MAX_CAUSES = 8;
  private static final StackTraceElement[] NO_FRAMES = {};

  private ErrorResponse() {}

  /**
   * The {@code errorType} of a throwable: {@link EventBindingException#ERROR_TYPE} and
   * {@link ResultSerializationException#ERROR_TYPE} for the runtime's own failures, the exception's
   * class name otherwise.
   */
  public static String errorType(Throwable error) {
    if (error instanceof EventBindingException) {
      return EventBindingException.ERROR_TYPE;
    }
    if (error instanceof ResultSerializationException) {
      return ResultSerializationException.ERROR_TYPE;
    }
    if (error instanceof UnknownHandlerException) {
      return UnknownHandlerException.ERROR_TYPE;
    }
    if (error instanceof HandlerInitException) {
      return error.getCause() == null ? HandlerInitException.ERROR_TYPE : error.getCause().getClass().getName();
    }
    return error.getClass().getName();
  }

  /** The error shape of a throwable, as UTF-8 JSON bytes. */
  public static byte[] toJson(Throwable error) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    write(error, out);
    return out.toByteArray();
  }

  /** The error shape for a failure the runtime names itself, with no stack trace. */
  public static byte[] toJson(String errorType, String errorMessage) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("errorMessage", errorMessage);
      g.writeStringField("errorType", errorType);
      g.writeArrayFieldStart("stackTrace");
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the error shape of a throwable to {@code out}. */
  public static void write(Throwable error, OutputStream out) {
    try (JsonGenerator g = Json.generator(out)) {
      writeError(g, error, errorType(error), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeError(JsonGenerator g, Throwable error, String type, int depth) throws IOException {
    g.writeStartObject();
    String message = message(error);
    if (message == null) {
      g.writeNullField("errorMessage");
    } else {
      g.writeStringField("errorMessage", message);
    }
    g.writeStringField("errorType", type);
    g.writeArrayFieldStart("stackTrace");
    boolean ours = error instanceof EventBindingException || error instanceof ResultSerializationException
        || error instanceof UnknownHandlerException;
    if (!ours) {
      for (StackTraceElement frame : frames(error)) {
        g.writeString(String.valueOf(frame));
      }
    }
    g.writeEndArray();
    Throwable cause = cause(error);
    if (cause != null && cause != error && depth < MAX_CAUSES && !ours) {
      g.writeFieldName("cause");
      writeError(g, cause, cause.getClass().getName(), depth + 1);
    }
    g.writeEndObject();
  }

  /**
   * The message of a throwable, or a note saying why it cannot be read when {@code getMessage}
   * throws; {@code null} when it has none.
   */
  public static String message(Throwable error) {
    try {
      return error.getMessage();
    } catch (Throwable t) {
      return "(the message of " + error.getClass().getName() + " could not be read: its getMessage() threw "
          + t.getClass().getName() + ")";
    }
  }

  /** The frames of a throwable; none when {@code getStackTrace} throws or returns null. */
  public static StackTraceElement[] frames(Throwable error) {
    try {
      StackTraceElement[] frames = error.getStackTrace();
      return frames == null ? NO_FRAMES : frames;
    } catch (Throwable t) {
      return NO_FRAMES;
    }
  }

  /** The cause of a throwable; {@code null} when it has none, when it is itself, or when {@code getCause} throws. */
  public static Throwable cause(Throwable error) {
    try {
      Throwable cause = error.getCause();
      return cause == error ? null : cause;
    } catch (Throwable t) {
      return null;
    }
  }

  /**
   * What {@code Throwable.toString()} gives ({@code class: message}), without calling an override
   * that may throw.
   */
  public static String summary(Throwable error) {
    String message = message(error);
    String name = error.getClass().getName();
    return message == null ? name : name + ": " + message;
  }
}
