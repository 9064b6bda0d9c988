package dev.switchboard.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.test.handlers.Failures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

@ExtendWith(SwitchboardExtension.class)
class ErrorsTest {
  @Test
  void aThrownExceptionComesBackInLambdasErrorShape(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("fail", "{\"sku\": \"a-1\"}");

    assertTrue(result.isError());
    LambdaError error = result.error();
    assertEquals("no stock for a-1", error.errorMessage());
    assertEquals("java.lang.IllegalStateException", error.errorType());
    assertTrue(error.stackTrace().get(0).startsWith("dev.switchboard.test.handlers.Failures.fail(Failures.java:"),
        error.stackTrace()::toString);
    assertEquals("java.io.UncheckedIOException", error.cause().errorType());
    assertEquals("java.io.IOException", error.cause().cause().errorType());
    assertEquals("warehouse unreachable", error.cause().cause().errorMessage());
    assertInstanceOf(IllegalStateException.class, result.thrown());
    assertTrue(result.payload().startsWith("{\"errorMessage\":\"no stock for a-1\",\"errorType\":\"java.lang.IllegalStateException\",\"stackTrace\":[\""),
        result.payload());
  }

  @Test
  void theResponseAccessorsFailWithTheErrorWhenTheHandlerFailed(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("fail", "{\"sku\": \"a-1\"}");

    AssertionFailedError json = assertThrows(AssertionFailedError.class, result::json);
    assertTrue(json.getMessage().startsWith("Handler 'fail' failed: {\"errorMessage\":\"no stock for a-1\""),
        json.getMessage());
    assertThrows(AssertionFailedError.class, () -> result.as(String.class));
    assertThrows(AssertionFailedError.class, result::tree);
    assertThrows(AssertionFailedError.class, result::bytes);
    assertThrows(AssertionFailedError.class, () -> result.assertJson("{}"));
  }

  @Test
  void errorFailsWhenTheHandlerReturned(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("greet", "{\"name\": \"Ada\"}");

    AssertionFailedError error = assertThrows(AssertionFailedError.class, result::error);
    assertTrue(error.getMessage().startsWith("Handler 'greet' was expected to fail, but it returned {\"message\":\"Hello Ada!\"}"),
        error.getMessage());
    assertTrue(error.getMessage().contains("greeting Ada"), "the logs are shown: " + error.getMessage());
    assertNull(result.thrown());
  }

  @Test
  void anEventThatDoesNotBindIsAnUnmarshalErrorNamingThePath(LambdaInvoker lambda) {
    LambdaError error = lambda.invoke("receipt", "{\"id\": \"o\", \"lines\": [{\"quantity\": \"many\"}]}").error();

    assertEquals("Runtime.UnmarshalError", error.errorType());
    assertTrue(error.errorMessage().contains("$.lines[0].quantity"), error.errorMessage());
    assertEquals(List.of(), error.stackTrace());
    assertNull(error.cause());
  }

  @Test
  void aConstructorThatThrowsIsAnInitError(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("broken", "{}");

    LambdaError error = result.error();
    assertEquals("java.lang.IllegalArgumentException", error.errorType());
    assertTrue(error.errorMessage().contains("missing setting TABLE_NAME"), error.errorMessage());
    assertInstanceOf(IllegalArgumentException.class, result.thrown());
  }

  @Test
  void aHandlerPastItsTimeoutFailsAsLambdasAndIsInterrupted(LambdaInvoker lambda) throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Failures.interrupted = interrupted;

    InvocationResult result = lambda.withTimeout(Duration.ofMillis(200)).invoke("slow", "{\"millis\": 60000}");

    assertTrue(result.isTimedOut());
    LambdaError error = result.error();
    assertEquals("Sandbox.Timedout", error.errorType());
    assertEquals("Task timed out after 0.20 seconds", error.errorMessage());
    assertTrue(result.duration().compareTo(Duration.ofMillis(200)) >= 0, result.duration()::toString);
    assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the handler's thread is interrupted");
  }

  @Test
  void aHandlerWithinItsTimeoutReturns(LambdaInvoker lambda) {
    InvocationResult result = lambda.withTimeout(Duration.ofSeconds(10)).invoke("slow", "{\"millis\": 10}");

    assertFalse(result.isTimedOut());
    assertEquals("\"done\"", result.json());
  }

  @Test
  void aResponseOverSixMegabytesIsLambdasError(LambdaInvoker lambda) {
    LambdaError error = lambda.invoke("huge", "{}").error();

    assertEquals("Function.ResponseSizeTooLarge", error.errorType());
    assertEquals("Response payload size (7340032 bytes) exceeded maximum allowed payload size (6291456 bytes).",
        error.errorMessage());
  }
}
