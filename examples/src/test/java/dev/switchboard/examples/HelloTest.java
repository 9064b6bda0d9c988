package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.test.Event;
import dev.switchboard.test.Events;
import dev.switchboard.test.HandlerParams;
import dev.switchboard.test.InvocationResult;
import dev.switchboard.test.LambdaInvoker;
import dev.switchboard.test.Responses;
import dev.switchboard.test.SwitchboardExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** Unit tests of {@link Hello}, in process, through the generated table. */
@ExtendWith(SwitchboardExtension.class)
class HelloTest {
  LambdaInvoker lambda;

  @Test
  void greetsByNameAndLogsTheGreeting() {
    InvocationResult result = lambda.invoke("hello", "{\"first_name\": \"John\", \"last_name\": \"Smith\"}");

    assertEquals("{\"message\":\"Hello John Smith!\"}", result.json());
    assertEquals("Hello John Smith!", result.as(Map.class).get("message"));
    assertEquals(java.util.List.of("Hello John Smith!"), result.logs().lines());
  }

  @ParameterizedTest
  @Event("events/hello/john-smith.json")
  void greetsTheEventOfAFile(String event) {
    assertTrue(lambda.invoke("hello", event).logs().contains("Hello John Smith!"));
  }

  @ParameterizedTest
  @Events(folder = "events/hello")
  void greetsEveryoneInTheFolder(String event) {
    assertTrue(lambda.invoke("hello", event).json().startsWith("{\"message\":\"Hello "));
  }

  @ParameterizedTest
  @HandlerParams(events = @Events(folder = "events/hello"), responses = @Responses(folder = "responses/hello"))
  void answersAsExpected(String event, String response) {
    lambda.invoke("hello", event).assertJson(response);
  }
}
