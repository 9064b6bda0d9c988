package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.test.Events;
import dev.switchboard.test.HandlerParams;
import dev.switchboard.test.LambdaInvoker;
import dev.switchboard.test.Logs;
import dev.switchboard.test.Responses;
import dev.switchboard.test.SwitchboardExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** Unit tests of {@link Calculator}: its answers, and what it logs at which level. */
@ExtendWith(SwitchboardExtension.class)
class CalculatorTest {
  LambdaInvoker lambda;

  @ParameterizedTest
  @HandlerParams(events = @Events(folder = "events/calculator"), responses = @Responses(folder = "responses/calculator"))
  void answers(String event, String response) {
    lambda.invoke("calculator", event).assertJson(response);
  }

  @Test
  void logsTheResultAtInfo() {
    Logs logs = lambda.invokeResource("calculator", "events/calculator/increment.json").logs();

    assertEquals(List.of("[INFO] Result: 4"), logs.lines());
  }

  @Test
  void logsAnUnknownActionAtError() {
    Logs logs = lambda.invoke("calculator", "{\"action\": \"square\", \"number\": 3}").logs();

    assertEquals(List.of("[ERROR] Unknown action: square"), logs.lines());
  }
}
