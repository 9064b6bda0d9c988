package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.test.Event;
import dev.switchboard.test.InvocationResult;
import dev.switchboard.test.LambdaError;
import dev.switchboard.test.LambdaInvoker;
import dev.switchboard.test.SwitchboardExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** Unit tests of {@link Fail}: Lambda's error shape, as the caller of the function gets it. */
@ExtendWith(SwitchboardExtension.class)
class FailTest {
  @ParameterizedTest
  @Event("events/fail/order-42.json")
  void failsInLambdasErrorShape(String event, LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("fail", event);

    assertTrue(result.isError());
    LambdaError error = result.error();
    assertEquals("Payment service unavailable for order 42", error.errorMessage());
    assertEquals("java.lang.IllegalStateException", error.errorType());
    assertTrue(error.stackTrace().get(0).startsWith("dev.switchboard.examples.Fail.handle(Fail.java:"),
        error.stackTrace()::toString);
    assertNull(error.cause());
    assertInstanceOf(IllegalStateException.class, result.thrown());
  }
}
