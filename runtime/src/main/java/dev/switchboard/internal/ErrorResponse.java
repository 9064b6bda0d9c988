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
 */
public final class ErrorResponse {
  private static final int MAX_CAUSES = 8;

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
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
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
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      writeError(g, error, errorType(error), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeError(JsonGenerator g, Throwable error, String type, int depth) throws IOException {
    g.writeStartObject();
    String message = error.getMessage();
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
      for (StackTraceElement frame : error.getStackTrace()) {
        g.writeString(frame.toString());
      }
    }
    g.writeEndArray();
    Throwable cause = error.getCause();
    if (cause != null && cause != error && depth < MAX_CAUSES && !ours) {
      g.writeFieldName("cause");
      writeError(g, cause, cause.getClass().getName(), depth + 1);
    }
    g.writeEndObject();
  }
}
