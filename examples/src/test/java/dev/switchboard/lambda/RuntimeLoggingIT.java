package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.FakeRuntimeApi.Invocation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The logger and standard streams, in Text and JSON, filtered by level. */
class RuntimeLoggingIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void textRecordsAreOneLineEachAndBelowTheLevelAreDropped() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-log")
            // Exit after the second invocation: the loop posts an error before it logs it, so a
            // runtime stopped as soon as the error arrives may not have logged it yet.
            .env(RuntimeLoop.MAX_INVOCATIONS, "2")
            .env("AWS_LAMBDA_LOG_LEVEL", "WARN").start()) {
      api.enqueue("{}");
      assertEquals("\"logged\"", api.awaitResult().text());
      api.enqueue("{\"fail\":true}");
      assertEquals("error", api.awaitResult().kind);
      assertEquals(0, runtime.awaitExit(), runtime.describe());

      List<String> lines = runtime.stdoutLines();
      assertTrue(lines.contains("plain record"), runtime.describe());
      assertFalse(lines.contains("[DEBUG] debug record") || lines.contains("[INFO] info record"), runtime.describe());
      assertTrue(lines.contains("[WARN] warn record"), runtime.describe());
      assertTrue(lines.contains("[ERROR] error record"), runtime.describe());
      assertTrue(lines.contains("[WARN] first line\rsecond line\rthird line"), runtime.describe());
      assertTrue(lines.contains("printed to stdout"), runtime.describe());
      assertTrue(runtime.stderr().contains("printed to stderr"), runtime.describe());
      String described = runtime.describe();
      String failure = lines.stream().filter(l -> l.startsWith("[ERROR] java.lang.IllegalStateException"))
          .findFirst().orElseThrow(() -> new AssertionError("no error record" + described));
      assertTrue(failure.startsWith("[ERROR] java.lang.IllegalStateException: logged failure\r\tat "
          + "dev.switchboard.fixtures.lambda.Logging.log("), failure);
    }
  }

  @Test
  void jsonRecordsCarryTimestampLevelMessageAndRequestId() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-log")
            .env(RuntimeLoop.MAX_INVOCATIONS, "2")
            .env("AWS_LAMBDA_LOG_FORMAT", "JSON")
            .env("AWS_LAMBDA_LOG_LEVEL", "INFO").start()) {
      Instant start = Instant.now();
      Invocation first = api.enqueue("{}");
      assertEquals("\"logged\"", api.awaitResult().text());
      Invocation second = api.enqueue(new Invocation("request-of-a-tenant", "{\"fail\":true}")
          .header("Lambda-Runtime-Aws-Tenant-Id", "tenant-9"));
      assertEquals("error", api.awaitResult().kind);
      assertEquals(0, runtime.awaitExit(), runtime.describe());

      List<JsonNode> records = new ArrayList<>();
      for (String line : runtime.stdoutLines()) {
        if (line.startsWith("{")) {
          records.add(JSON.readTree(line));
        } else {
          assertEquals("printed to stdout", line, "only the handler's own prints are not JSON");
        }
      }
      List<String> messages = new ArrayList<>();
      for (JsonNode record : records) {
        messages.add(record.get("message").asText());
        Instant timestamp = Instant.parse(record.get("timestamp").asText());
        assertTrue(Duration.between(start.minusSeconds(1), timestamp).toSeconds() < 60, record::toString);
        assertTrue(record.get("level").isTextual(), record::toString);
      }
      assertFalse(messages.contains("debug record"), messages::toString);
      assertTrue(messages.contains("info record") && messages.contains("warn record"), messages::toString);
      assertTrue(messages.contains("first line\nsecond line\nthird line"), messages::toString);
      assertTrue(messages.contains("quote \" backslash \\ tab \t unicode \u00e9"), messages::toString);

      JsonNode warn = records.get(messages.indexOf("warn record"));
      assertEquals("WARN", warn.get("level").asText());
      assertEquals(first.requestId, warn.get("AWSRequestId").asText());
      assertNull(warn.get("tenantId"), "no tenantId for an invocation without one: " + warn);
      JsonNode plain = records.get(messages.indexOf("plain record"));
      assertEquals("UNDEFINED", plain.get("level").asText());

      JsonNode failure = records.get(messages.indexOf("java.lang.IllegalStateException: logged failure"));
      assertEquals("ERROR", failure.get("level").asText());
      assertEquals(second.requestId, failure.get("AWSRequestId").asText());
      assertEquals("tenant-9", failure.get("tenantId").asText(), failure::toString);
      assertEquals("java.lang.IllegalStateException", failure.get("errorType").asText());
      assertEquals("logged failure", failure.get("errorMessage").asText());
      assertTrue(failure.get("stackTrace").get(0).asText().startsWith("dev.switchboard.fixtures.lambda.Logging.log("),
          failure::toString);
    }
  }
}
