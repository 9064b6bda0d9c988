package dev.switchboard.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A failed invocation as Lambda reports it, read from its error shape
 * ({@code {"errorMessage": ..., "errorType": ..., "stackTrace": [...]}}).
 *
 * @param errorMessage the exception's message, or {@code null} when it had none
 * @param errorType the exception's class name, or the runtime's own type ({@code Sandbox.Timedout},
 *     {@code Runtime.UnmarshalError}, {@code Function.ResponseSizeTooLarge}, ...)
 * @param stackTrace the frames, as {@code StackTraceElement.toString()} writes them; empty for the
 *     runtime's own failures
 * @param cause the cause, in the same shape, or {@code null}
 */
public record LambdaError(String errorMessage, String errorType, List<String> stackTrace, LambdaError cause) {

  /** Copies the frames. */
  public LambdaError {
    stackTrace = List.copyOf(stackTrace);
  }

  static LambdaError of(JsonNode error) {
    List<String> frames = new ArrayList<>();
    for (JsonNode frame : error.path("stackTrace")) {
      frames.add(frame.asText());
    }
    JsonNode message = error.get("errorMessage");
    JsonNode cause = error.get("cause");
    return new LambdaError(
        message == null || message.isNull() ? null : message.asText(),
        error.path("errorType").asText(null),
        frames,
        cause == null || cause.isNull() ? null : of(cause));
  }
}
