package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.FakeRuntimeApi.Result;
import org.junit.jupiter.api.Test;

/** Init errors: reported once with POST /runtime/init/error, then the process exits non-zero. */
class RuntimeInitIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anUnknownHandlerIsReportedWithTheKnownNamesAndTheClosestOne() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-contxt").start()) {
      api.enqueue("{}");
      Result result = api.awaitResult();
      assertEquals("init-error", result.kind, result::toString);
      assertEquals("Runtime.HandlerNotFound", result.errorType);
      JsonNode error = JSON.readTree(result.body);
      assertEquals("Runtime.HandlerNotFound", error.get("errorType").asText());
      String message = error.get("errorMessage").asText();
      assertTrue(message.contains("No handler named 'lambda-contxt'"), message);
      assertTrue(message.contains("Did you mean 'lambda-context'?"), message);
      assertTrue(message.contains("Known handlers:") && message.contains("hello") && message.contains("lambda-size"),
          message);
      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertNull(api.pollResult(200), "the init error is reported once, and no invocation is served");
      assertTrue(runtime.stdout().contains("Runtime.HandlerNotFound: No handler named 'lambda-contxt'"),
          runtime.describe());
    }
  }

  @Test
  void noHandlerNameIsReportedWithTheKnownNames() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).start()) {
      Result result = api.awaitResult();
      assertEquals("init-error", result.kind, result::toString);
      assertEquals("Runtime.HandlerNotFound", result.errorType);
      String message = JSON.readTree(result.body).get("errorMessage").asText();
      assertTrue(message.contains("_HANDLER") && message.contains("hello"), message);
      assertEquals(1, runtime.awaitExit());
    }
  }

  @Test
  void aHandlerConstructorThatThrowsIsAnInitError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-init-fail").start()) {
      Result result = api.awaitResult();
      assertEquals("init-error", result.kind, result::toString);
      assertEquals("java.lang.IllegalStateException", result.errorType);
      JsonNode error = JSON.readTree(result.body);
      assertTrue(error.get("errorMessage").asText().contains("configuration missing: TABLE_NAME"), error::toString);
      assertEquals("java.lang.IllegalStateException", error.at("/cause/errorType").asText());
      assertEquals(1, runtime.awaitExit());
    }
  }

  @Test
  void aStaticInitializerThatThrowsIsAnInitError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-static-init-fail").start()) {
      Result result = api.awaitResult();
      assertEquals("init-error", result.kind, result::toString);
      assertEquals("java.lang.IllegalArgumentException", result.errorType);
      assertTrue(JSON.readTree(result.body).get("errorMessage").asText().contains("static configuration missing"),
          result::toString);
      assertEquals(1, runtime.awaitExit());
    }
  }

  @Test
  void withoutRuntimeApiTheJarPrintsUsage() throws Exception {
    try (RuntimeProcess runtime = RuntimeProcess.builder(null).handler("hello").start()) {
      assertEquals(2, runtime.awaitExit());
      assertTrue(runtime.stderr().startsWith("Usage:"), runtime.describe());
    }
  }
}
