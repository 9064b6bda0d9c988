package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.JSON;
import static dev.switchboard.examples.SwitchboardJar.jar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.SwitchboardJar.Result;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every example handler, invoked through the packaged jar in a JVM of its own. */
class ExamplesIT {

  @Test
  void hello() {
    Result run = jar("invoke", "hello", "--event", "{\"first_name\": \"John\", \"last_name\": \"Smith\"}").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"message\":\"Hello John Smith!\"}", run.response(), run::toString);
    assertTrue(run.stderr().contains("Hello John Smith!"), run::toString);
  }

  @Test
  void regionReadsAwsRegion() throws Exception {
    Result run = jar("invoke", "region").env("AWS_REGION", "eu-central-1").run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode response = run.json();
    assertEquals(200, response.get("statusCode").intValue(), run::toString);
    assertEquals("application/json", response.get("headers").get("Content-Type").textValue(), run::toString);
    assertTrue(response.get("body").isTextual(), "API Gateway wants the body as a JSON string: " + run);
    assertEquals("eu-central-1", JSON.readTree(response.get("body").textValue()).get("region").textValue());
  }

  @Test
  void calculatorIncrements() {
    Result run = jar("invoke", "calculator", "--event", "{\"action\": \"increment\", \"number\": 3}").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"result\":4}", run.response(), run::toString);
    assertTrue(run.stderr().contains("[INFO] Result: 4"), run::toString);
    assertFalse(run.stdout().contains("Result: 4"), "logs stay out of the response: " + run);
  }

  @Test
  void calculatorDecrements() {
    Result run = jar("invoke", "calculator", "--event", "{\"action\": \"decrement\", \"number\": -7}").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"result\":-8}", run.response(), run::toString);
    assertTrue(run.stderr().contains("[INFO] Result: -8"), run::toString);
  }

  @Test
  void calculatorLogsAnUnknownActionAsAnError() {
    Result run = jar("invoke", "calculator", "--event", "{\"action\": \"square\", \"number\": 3}").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"result\":null}", run.response(), run::toString);
    assertTrue(run.stderr().contains("[ERROR] Unknown action: square"), run::toString);
  }

  @Test
  void echoReturnsTheEventAsTheBody() throws Exception {
    String event = "{\"path\": \"/orders\", \"items\": [1, 2.5, \"x\", null], \"nested\": {\"ok\": true}}";

    Result run = jar("invoke", "dev.switchboard.examples.Echo::handle", "--event", event).run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode response = run.json();
    assertEquals(200, response.get("statusCode").intValue(), run::toString);
    assertEquals(JSON.readTree(event), JSON.readTree(response.get("body").textValue()), run::toString);
  }

  @Test
  void ordersBindsRecordsAndLeavesNullsOut() {
    String event = "{\"orderId\": \"o-1\", \"channel\": \"web\", \"items\": ["
        + "{\"sku\": \"tea\", \"quantity\": 2, \"price\": 1.25}, {\"sku\": \"cup\", \"quantity\": 1, \"price\": 0.50}]}";

    Result run = jar("invoke", "orders", "--event", event).run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"orderId\":\"o-1\",\"total\":3.00,\"items\":3,\"receivedAt\":\"2026-01-01T00:00:00Z\"}",
        run.response(), run::toString);
    assertTrue(run.stderr().contains("order o-1: 3 items"), run::toString);
  }

  @Test
  void auditIsVoidAndAnswersNull() {
    Result run = jar("invoke", "audit", "--event", "[{\"a\": 1}, {\"b\": 2}, 3]").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("null", run.response(), run::toString);
    assertTrue(run.stderr().contains("audited 3 events"), run::toString);
  }

  @Test
  void shoutStreamsRawBytes() {
    Result run = jar("invoke", "shout", "--event", "-").stdin("not json: grüße, señor").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertArrayEquals(("NOT JSON: GRÜSSE, SEÑOR" + System.lineSeparator()).getBytes(StandardCharsets.UTF_8),
        run.stdoutBytes(), run::toString);
  }

  @Test
  void failGivesTheErrorShapeOnStdoutAndExitsOne() {
    Result run = jar("invoke", "fail", "--event", "{\"orderId\": 42}").run();

    assertEquals(1, run.exitCode(), run::toString);
    JsonNode error = run.json();
    assertEquals("Payment service unavailable for order 42", error.get("errorMessage").textValue(), run::toString);
    assertEquals("java.lang.IllegalStateException", error.get("errorType").textValue(), run::toString);
    assertTrue(error.get("stackTrace").get(0).textValue().startsWith("dev.switchboard.examples.Fail.handle(Fail.java:"),
        run::toString);
    assertFalse(run.stderr().contains("Payment service unavailable"), "the error goes to stdout once: " + run);
  }
}
