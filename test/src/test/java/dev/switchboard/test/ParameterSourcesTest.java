package dev.switchboard.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.test.handlers.Receipts.Order;
import dev.switchboard.test.handlers.Receipts.Receipt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;

@ExtendWith(SwitchboardExtension.class)
class ParameterSourcesTest {
  @ParameterizedTest
  @dev.switchboard.test.Event("events/ada.json")
  void eventGivesTheFilesTextByDefault(String event, LambdaInvoker lambda) {
    assertEquals("{\"name\": \"Ada\"}\n", event);
    assertEquals("{\"message\":\"Hello Ada!\"}", lambda.invoke("greet", event).json());
  }

  @ParameterizedTest
  @dev.switchboard.test.Event(value = "events/orders/small.json", type = Order.class)
  void eventBindsToTheTypeGiven(Order order, LambdaInvoker lambda) {
    assertEquals("o-1", order.id());
    assertEquals(new BigDecimal("1.50"), order.lines().get(0).price());
    assertEquals(new Receipt("o-1", new BigDecimal("3.00"), 2), lambda.invokeValue("receipt", order).as(Receipt.class));
  }

  @ParameterizedTest
  @dev.switchboard.test.Event(value = "events/ada.json", type = JsonNode.class)
  void eventBindsToATree(JsonNode event) {
    assertEquals("Ada", event.get("name").asText());
  }

  @ParameterizedTest
  @dev.switchboard.test.Event(value = "src/test/resources/events/ada.json", type = Map.class)
  void eventFallsBackToAFileOfTheWorkingDirectory(Map<String, Object> event) {
    assertEquals(Map.of("name", "Ada"), event);
  }

  @ParameterizedTest
  @Events(folder = "events/greet")
  void eventsGivesEveryFileOfAFolder(String event, LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("greet", event);
    assertTrue(result.json().startsWith("{\"message\":\"Hello "), result::toString);
  }

  @ParameterizedTest
  @Events(events = {@dev.switchboard.test.Event("events/orders/small.json"), @dev.switchboard.test.Event("events/orders/big.json")},
      type = Order.class)
  void eventsGivesTheListedEventsOfTheirType(Order order) {
    assertTrue(order.id().startsWith("o-"), order::toString);
  }

  @ParameterizedTest
  @HandlerParams(
      event = @dev.switchboard.test.Event("events/ada.json"),
      response = @Response("responses/ada.json"))
  void handlerParamsGivesAnEventAndItsResponse(String event, String response, LambdaInvoker lambda) {
    lambda.invoke("greet", event).assertJson(response);
  }

  @ParameterizedTest
  @HandlerParams(
      events = @Events(folder = "events/greet"),
      responses = @Responses(folder = "responses/greet"))
  void handlerParamsPairsTwoFoldersInOrder(String event, String response, LambdaInvoker lambda) {
    lambda.invoke("greet", event).assertJson(response);
  }

  @ParameterizedTest
  @HandlerParams(
      events = @Events(folder = "events/orders", type = Order.class),
      responses = @Responses(folder = "responses/orders", type = Receipt.class))
  void handlerParamsBindsBothSides(Order order, Receipt expected, LambdaInvoker lambda) {
    Receipt receipt = lambda.invokeValue("receipt", order).as(Receipt.class);
    assertEquals(0, expected.total().compareTo(receipt.total()), () -> expected + " " + receipt);
    assertEquals(expected.count(), receipt.count());
  }

  @ParameterizedTest
  @HandlerParams(
      events = @Events(events = {@dev.switchboard.test.Event("events/orders/small.json")}),
      responses = @Responses(responses = {@Response(value = "responses/orders/small.json", type = Receipt.class)}))
  void handlerParamsListsPairsAndATypeOfTheirOwn(String event, Receipt expected, LambdaInvoker lambda) {
    assertEquals(0, expected.total().compareTo(lambda.invoke("receipt", event).as(Receipt.class).total()));
  }

  @Test
  void eachRunIsNamedAfterItsFilesInOrder() {
    List<String> names = run(Fixtures.class).stream()
        .filter(event -> event.getType() == org.junit.platform.testkit.engine.EventType.FINISHED)
        .filter(event -> event.getTestDescriptor().isTest())
        .map(event -> event.getTestDescriptor().getDisplayName())
        .toList();

    assertEquals(List.of(
        "[1] events/greet/1-ada.json",
        "[2] events/greet/2-grace.json",
        "[3] events/greet/3-linus.json",
        "[1] events/greet/1-ada.json, responses/greet/1-ada.json",
        "[2] events/greet/2-grace.json, responses/greet/2-grace.json",
        "[3] events/greet/3-linus.json, responses/greet/3-linus.json"), names);
  }

  @Test
  void mistakesFailWithMessagesThatSayWhatToFix() {
    Map<String, String> failures = new java.util.TreeMap<>();
    for (Event event : run(Mistakes.class).stream().filter(e -> e.getType() == org.junit.platform.testkit.engine.EventType.FINISHED).toList()) {
      TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
      if (result.getStatus() == TestExecutionResult.Status.FAILED && event.getTestDescriptor().getSource().isPresent()) {
        String method = event.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", "");
        failures.put(method, result.getThrowable().map(Throwable::getMessage).orElse(""));
      }
    }

    assertEquals(List.of("bothFolderAndEvents", "missingEvent", "missingFolder", "mixedHandlerParams",
        "unevenPairs", "wrongType"), List.copyOf(failures.keySet()), failures::toString);
    assertTrue(failures.get("missingEvent").startsWith("No class-path resource or file events/none.json"),
        failures.get("missingEvent"));
    assertTrue(failures.get("missingFolder").startsWith("No class-path folder or directory events/none"),
        failures.get("missingFolder"));
    assertTrue(failures.get("bothFolderAndEvents").startsWith("@Events takes either folder or events, not both"),
        failures.get("bothFolderAndEvents"));
    assertTrue(failures.get("mixedHandlerParams").startsWith("@HandlerParams takes event and response (one pair), or events and responses"),
        failures.get("mixedHandlerParams"));
    assertTrue(failures.get("unevenPairs").startsWith("@HandlerParams has 3 events but 2 responses"),
        failures.get("unevenPairs"));
    assertTrue(failures.get("wrongType").startsWith("events/ada.json cannot be read as java.lang.Integer: $: Cannot deserialize"),
        failures.get("wrongType"));
  }

  private static List<Event> run(Class<?> testClass) {
    return TestKit.run(testClass).allEvents().list();
  }

  /** Run through the test kit: their display names. */
  @TestKit.Only
  static class Fixtures {
    @ParameterizedTest
    @Events(folder = "events/greet")
    void folder(String event) {}

    @ParameterizedTest
    @HandlerParams(events = @Events(folder = "/events/greet/"), responses = @Responses(folder = "responses/greet"))
    void pairs(String event, String response) {}
  }

  /** Run through the test kit: each fails. */
  @TestKit.Only
  static class Mistakes {
    @ParameterizedTest
    @dev.switchboard.test.Event("events/none.json")
    void missingEvent(String event) {}

    @ParameterizedTest
    @Events(folder = "events/none")
    void missingFolder(String event) {}

    @ParameterizedTest
    @Events(folder = "events/greet", events = @dev.switchboard.test.Event("events/ada.json"))
    void bothFolderAndEvents(String event) {}

    @ParameterizedTest
    @HandlerParams(event = @dev.switchboard.test.Event("events/ada.json"), responses = @Responses(folder = "responses/greet"))
    void mixedHandlerParams(String event, String response) {}

    @ParameterizedTest
    @HandlerParams(events = @Events(folder = "events/greet"), responses = @Responses(folder = "responses/orders"))
    void unevenPairs(String event, String response) {}

    @ParameterizedTest
    @dev.switchboard.test.Event(value = "events/ada.json", type = Integer.class)
    void wrongType(Integer event) {}
  }
}
