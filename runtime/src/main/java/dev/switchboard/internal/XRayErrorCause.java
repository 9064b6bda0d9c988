package dev.switchboard.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.switchboard.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code Lambda-Runtime-Function-XRay-Error-Cause} of a failed invocation, as AWS's Java runtime
 * sends it with an error: {@code {"working_directory": ..., "exceptions": [{"message", "type",
 * "stack": [{"label", "path", "line"}]}], "paths": [...]}}, which X-Ray shows as the fault's cause.
 * ASCII only (other characters escaped), so that it travels as one header line.
 */
public final class XRayErrorCause {
  /** The largest cause sent; a larger one is left out, as AWS's runtime leaves it out. */
  public static final int MAX_BYTES = 1024 * 1024;

  private XRayErrorCause() {}

  /** The cause's JSON, or {@code null} when it is over {@value #MAX_BYTES} bytes or cannot be written. */
  public static String of(Throwable error) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = Json.factory().createGenerator(out)) {
      g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
      g.writeStartObject();
      g.writeStringField("working_directory", System.getProperty("user.dir"));
      g.writeArrayFieldStart("exceptions");
      g.writeStartObject();
      String message = ErrorResponse.message(error);
      if (message != null) {
        g.writeStringField("message", message);
      }
      g.writeStringField("type", error.getClass().getName());
      g.writeArrayFieldStart("stack");
      Set<String> paths = new TreeSet<>();
      for (StackTraceElement frame : ErrorResponse.frames(error)) {
        g.writeStartObject();
        g.writeStringField("label", frame.getMethodName());
        if (frame.getFileName() != null) {
          g.writeStringField("path", frame.getFileName());
          paths.add(frame.getFileName());
        }
        g.writeNumberField("line", frame.getLineNumber());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("paths");
      for (String path : paths) {
        g.writeString(path);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null;
    }
    return out.getBuffer().length() > MAX_BYTES ? null : out.toString();
  }
}
