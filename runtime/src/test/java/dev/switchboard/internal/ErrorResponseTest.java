package dev.switchboard.internal;

import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.ResultSerializationException;
import static dev.switchboard.internal.Invocations.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lambda's error shape: errorMessage, errorType, stackTrace, and the cause chain. */
class ErrorResponseTest {
  /** An application exception, as handler code throws them. */
  static final class PaymentDeclined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PaymentDeclined(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Test
  void handlerExceptionHasMessageTypeAndStackTrace() {
    JsonNode error = tree(ErrorResponse.toJson(new IllegalStateException("Payment service unavailable")));

    assertEquals(List.of("errorMessage", "errorType", "stackTrace"), fieldNames(error));
    assertEquals("Payment service unavailable", error.get("errorMessage").textValue());
    assertEquals("java.lang.IllegalStateException", error.get("errorType").textValue());
    assertTrue(error.get("stackTrace").isArray());
    assertTrue(error.get("stackTrace").get(0).textValue().startsWith(
        "dev.switchboard.internal.ErrorResponseTest.handlerExceptionHasMessageTypeAndStackTrace(ErrorResponseTest.java:"),
        error.get("stackTrace").get(0).textValue());
  }

  @Test
  void nestedClassesAreNamedAsTheJvmNamesThem() {
    JsonNode error = tree(ErrorResponse.toJson(new PaymentDeclined("card expired", null)));

    assertEquals("dev.switchboard.internal.ErrorResponseTest$PaymentDeclined", error.get("errorType").textValue());
    assertFalse(error.has("cause"));
  }

  @Test
  void causeHasTheSameShape() {
    IOException root = new IOException("connection reset");
    JsonNode error = tree(ErrorResponse.toJson(new PaymentDeclined("charge failed", new UncheckedIOException("io", root))));

    JsonNode cause = error.get("cause");
    assertEquals("io", cause.get("errorMessage").textValue());
    assertEquals("java.io.UncheckedIOException", cause.get("errorType").textValue());
    assertTrue(cause.get("stackTrace").size() > 0);
    assertEquals("connection reset", cause.get("cause").get("errorMessage").textValue());
    assertEquals("java.io.IOException", cause.get("cause").get("errorType").textValue());
    assertFalse(cause.get("cause").has("cause"));
  }

  @Test
  void nullMessageIsJsonNull() {
    JsonNode error = tree(ErrorResponse.toJson(new NullPointerException()));

    assertTrue(error.has("errorMessage"));
    assertTrue(error.get("errorMessage").isNull());
    assertEquals("java.lang.NullPointerException", error.get("errorType").textValue());
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    JsonNode error = tree(ErrorResponse.toJson(a));

    int depth = 0;
    for (JsonNode node = error; node != null; node = node.get("cause")) {
      depth++;
    }
    assertTrue(depth > 2 && depth < 20, "depth " + depth);
  }

  @Test
  void nonAsciiMessageIsUtf8() {
    byte[] json = ErrorResponse.toJson("Custom.Error", "Zahlung fehlgeschlagen: Größe ✗");

    assertArrayEquals(
        "{\"errorMessage\":\"Zahlung fehlgeschlagen: Größe ✗\",\"errorType\":\"Custom.Error\",\"stackTrace\":[]}"
            .getBytes(StandardCharsets.UTF_8),
        json);
  }

  @Test
  void eventBindingErrorIsUnmarshalErrorWithoutStackOrCause() {
    EventBindingException e = new EventBindingException("Malformed event JSON at line 1, column 2: x",
        new IOException("parser detail"));

    JsonNode error = tree(ErrorResponse.toJson(e));

    assertEquals("Malformed event JSON at line 1, column 2: x", error.get("errorMessage").textValue());
    assertEquals("Runtime.UnmarshalError", error.get("errorType").textValue());
    assertEquals(0, error.get("stackTrace").size());
    assertFalse(error.has("cause"));
  }

  @Test
  void resultSerializationErrorIsMarshalError() {
    JsonNode error = tree(ErrorResponse.toJson(
        new ResultSerializationException("Handler 'h' returned a java.lang.Object that cannot be serialized", null)));

    assertEquals("Runtime.MarshalError", error.get("errorType").textValue());
    assertEquals(0, error.get("stackTrace").size());
  }

  @Test
  void unknownHandlerIsHandlerNotFound() {
    JsonNode error = tree(ErrorResponse.toJson(new UnknownHandlerException("helo", List.of("hello"))));

    assertEquals("Runtime.HandlerNotFound", error.get("errorType").textValue());
    assertEquals("No handler named 'helo'. Did you mean 'hello'? Known handlers: hello",
        error.get("errorMessage").textValue());
  }

  @Test
  void initErrorIsNamedByItsCause() {
    HandlerInitException withCause = new HandlerInitException("Handler 'h' failed to initialize",
        new IllegalArgumentException("no table name configured"));
    JsonNode error = tree(ErrorResponse.toJson(withCause));
    assertEquals("java.lang.IllegalArgumentException", error.get("errorType").textValue());
    assertEquals("Handler 'h' failed to initialize", error.get("errorMessage").textValue());
    assertEquals("no table name configured", error.get("cause").get("errorMessage").textValue());

    JsonNode bare = tree(ErrorResponse.toJson(new HandlerInitException("defined twice", null)));
    assertEquals("Runtime.InitError", bare.get("errorType").textValue());
  }

  @Test
  void runtimeNamedError() {
    JsonNode error = tree(ErrorResponse.toJson("Sandbox.Timedout", "Task timed out after 3.00 seconds"));

    assertEquals("Task timed out after 3.00 seconds", error.get("errorMessage").textValue());
    assertEquals("Sandbox.Timedout", error.get("errorType").textValue());
    assertEquals(0, error.get("stackTrace").size());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
