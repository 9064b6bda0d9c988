package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.FakeRuntimeApi.Invocation;
import dev.switchboard.lambda.FakeRuntimeApi.Result;
import org.junit.jupiter.api.Test;

/** The examples jar as a Lambda custom runtime, one invocation outcome after another. */
@SuppressWarnings("try") // Some tests only need the runtime running, and closed after.
class RuntimeLoopIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void postsTheHandlerResultAsTheResponse() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hello").start()) {
      Invocation invocation = api.enqueue("{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}");
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      assertEquals(invocation.requestId, result.requestId);
      assertEquals("application/json", result.contentType);
      assertEquals("{\"message\":\"Hello Ada Lovelace!\"}", result.text());

      Invocation second = api.enqueue("{\"first_name\":\"Alan\",\"last_name\":\"Turing\"}");
      Result again = api.awaitResult();
      assertEquals(second.requestId, again.requestId);
      assertEquals("{\"message\":\"Hello Alan Turing!\"}", again.text());
      assertTrue(runtime.stdout().contains("Hello Alan Turing!"), runtime.describe());
    }
  }

  @Test
  void aCommandLineArgumentNamesTheHandlerInsteadOfHandlerVariable() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("fail").args("shout").start()) {
      api.enqueue("\"quiet\"");
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      assertEquals("\"QUIET\"", result.text());
    }
  }

  @Test
  void contextComesFromTheHeadersAndTheEnvironment() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api)
            .handler("lambda-context")
            .env("AWS_LAMBDA_FUNCTION_NAME", "orders-fn")
            .env("AWS_LAMBDA_FUNCTION_VERSION", "7")
            .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
            .env("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/orders-fn")
            .env("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[7]abcdef")
            .start()) {
      String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
      Invocation first = api.enqueue(new Invocation("6bc28136-xmpl-4365-b021-0ce6b2e64ab0", "{\"id\":1}")
          .header("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 20_000))
          .header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:orders-fn:prod")
          .header("Lambda-Runtime-Trace-Id", trace)
          .header("Lambda-Runtime-Client-Context", "{\"client\":{\"installation_id\":\"install-1\","
              + "\"app_title\":\"Orders\",\"app_version_name\":\"1.2\",\"app_version_code\":\"12\","
              + "\"app_package_name\":\"com.example.orders\"},\"custom\":{\"tenant\":\"acme\"},"
              + "\"env\":{\"platform\":\"Android\",\"locale\":\"en_GB\"}}")
          .header("Lambda-Runtime-Cognito-Identity",
              "{\"cognitoIdentityId\":\"eu-west-1:identity\",\"cognitoIdentityPoolId\":\"eu-west-1:pool\"}"));
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      JsonNode report = JSON.readTree(result.body);
      assertEquals(first.requestId, report.get("awsRequestId").asText());
      assertEquals(1, report.at("/event/id").asInt());
      assertEquals("orders-fn", report.get("functionName").asText());
      assertEquals("7", report.get("functionVersion").asText());
      assertEquals(512, report.get("memoryLimitInMB").asInt());
      assertEquals("/aws/lambda/orders-fn", report.get("logGroupName").asText());
      assertEquals("2026/01/01/[7]abcdef", report.get("logStreamName").asText());
      assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:orders-fn:prod",
          report.get("invokedFunctionArn").asText());
      int remaining = report.get("remainingTimeInMillis").asInt();
      assertTrue(remaining > 0 && remaining <= 20_000, "remaining time " + remaining + " ms of a 20 s deadline");
      assertEquals(trace, report.get("xrayTraceId").asText());
      assertEquals(trace, report.get("traceHeaderProperty").asText());
      assertEquals("eu-west-1:identity", report.at("/identity/identityId").asText());
      assertEquals("eu-west-1:pool", report.at("/identity/identityPoolId").asText());
      assertEquals("install-1", report.at("/clientContext/client/installationId").asText());
      assertEquals("Orders", report.at("/clientContext/client/appTitle").asText());
      assertEquals("1.2", report.at("/clientContext/client/appVersionName").asText());
      assertEquals("12", report.at("/clientContext/client/appVersionCode").asText());
      assertEquals("com.example.orders", report.at("/clientContext/client/appPackageName").asText());
      assertEquals("acme", report.at("/clientContext/custom/tenant").asText());
      assertEquals("Android", report.at("/clientContext/environment/platform").asText());

      // The next invocation has no trace, identity or client context: none may leak from the first.
      Invocation second = api.enqueue(new Invocation("request-without-extras", "{\"id\":2}")
          .header("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 600_000)));
      Result plain = api.awaitResult();
      JsonNode next = JSON.readTree(plain.body);
      assertEquals(second.requestId, next.get("awsRequestId").asText());
      assertTrue(next.get("xrayTraceId").isNull(), next::toString);
      assertTrue(next.get("traceHeaderProperty").isNull(), "the trace property is cleared: " + next);
      assertNull(next.get("identity"));
      assertNull(next.get("clientContext"));
      int longer = next.get("remainingTimeInMillis").asInt();
      assertTrue(longer > 20_000 && longer <= 600_000, "remaining time " + longer + " ms of a 600 s deadline");
    }
  }

  @Test
  void functionDefaultsApplyWhenTheEnvironmentLeavesThemOut() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-context").start()) {
      api.enqueue("{}");
      JsonNode report = JSON.readTree(api.awaitResult().body);
      assertEquals("lambda-context", report.get("functionName").asText());
      assertEquals("$LATEST", report.get("functionVersion").asText());
    }
  }

  @Test
  void aMalformedClientContextHeaderFailsTheInvocationOnly() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-context").start()) {
      api.enqueue(new Invocation("bad-context", "{}").header("Lambda-Runtime-Client-Context", "{not json"));
      Result error = api.awaitResult();
      assertEquals("error", error.kind, error::toString);
      assertEquals("Runtime.UnmarshalError", error.errorType);
      assertTrue(JSON.readTree(error.body).get("errorMessage").asText().contains("Lambda-Runtime-Client-Context"),
          error::toString);
      api.enqueue("{}");
      assertEquals("response", api.awaitResult().kind);
    }
  }

  @Test
  void aHandlerExceptionIsPostedInLambdasErrorShape() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-throw").start()) {
      Invocation first = api.enqueue("{\"message\":\"card declined\"}");
      Result result = api.awaitResult();
      assertEquals("error", result.kind, result::toString);
      assertEquals(first.requestId, result.requestId);
      assertEquals("java.lang.IllegalStateException", result.errorType);
      JsonNode error = JSON.readTree(result.body);
      assertEquals("card declined", error.get("errorMessage").asText());
      assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
      assertTrue(error.get("stackTrace").get(0).asText().contains("Failures.fail"), error::toString);
      assertEquals("java.io.UncheckedIOException", error.at("/cause/errorType").asText());

      Invocation second = api.enqueue("{\"message\":\"again\"}");
      Result next = api.awaitResult();
      assertEquals(second.requestId, next.requestId);
      assertEquals("again", JSON.readTree(next.body).get("errorMessage").asText());
      assertTrue(runtime.isAlive());
    }
  }

  @Test
  void anEventThatIsMalformedOrDoesNotFitIsAnUnmarshalError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-typed").start()) {
      api.enqueue("{\"a\":1,\"b\":2}");
      assertEquals("3", api.awaitResult().text());

      api.enqueue("{\"a\":");
      Result malformed = api.awaitResult();
      assertEquals("error", malformed.kind, malformed::toString);
      assertEquals("Runtime.UnmarshalError", malformed.errorType);
      assertTrue(JSON.readTree(malformed.body).get("errorMessage").asText().startsWith("Malformed event JSON"),
          malformed::toString);

      api.enqueue("{\"a\":\"one\"}");
      Result mismatch = api.awaitResult();
      assertEquals("Runtime.UnmarshalError", mismatch.errorType);
      assertTrue(JSON.readTree(mismatch.body).get("errorMessage").asText().contains("does not fit"),
          mismatch::toString);

      api.enqueue("{\"a\":40,\"b\":2}");
      assertEquals("42", api.awaitResult().text());
    }
  }

  @Test
  void aResultThatCannotBeSerializedIsAMarshalError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-unserializable").start()) {
      api.enqueue("{}");
      Result result = api.awaitResult();
      assertEquals("error", result.kind, result::toString);
      assertEquals("Runtime.MarshalError", result.errorType);
      assertTrue(JSON.readTree(result.body).get("errorMessage").asText().contains("cannot be serialized"),
          result::toString);
    }
  }

  @Test
  void theLoopSurvivesAStackOverflowError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-stack-overflow").start()) {
      api.enqueue("{\"overflow\":true}");
      Result overflow = api.awaitResult();
      assertEquals("error", overflow.kind, overflow::toString);
      assertEquals("java.lang.StackOverflowError", overflow.errorType);
      assertFalse(JSON.readTree(overflow.body).get("stackTrace").isEmpty());

      api.enqueue("{}");
      Result next = api.awaitResult();
      assertEquals("response", next.kind, next::toString);
      assertEquals("\"survived\"", next.text());
    }
  }

  @Test
  void aResponseOverSixMegabytesIsAnErrorThatSaysTheSize() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-size").start()) {
      // A JSON string of n characters is n + 2 bytes: exactly 6 MB is delivered, one byte more is not.
      api.enqueue("{\"bytes\":" + (6 * 1024 * 1024 - 2) + "}");
      Result limit = api.awaitResult();
      assertEquals("response", limit.kind, limit::toString);
      assertEquals(6 * 1024 * 1024, limit.body.length);

      api.enqueue("{\"bytes\":" + (6 * 1024 * 1024 - 1) + "}");
      Result over = api.awaitResult();
      assertEquals("error", over.kind, over::toString);
      assertEquals("Function.ResponseSizeTooLarge", over.errorType);
      String message = JSON.readTree(over.body).get("errorMessage").asText();
      assertTrue(message.contains("6291457 bytes") && message.contains("6291456 bytes"), message);

      api.enqueue("{\"bytes\":20000000}");
      Result farOver = api.awaitResult();
      assertTrue(JSON.readTree(farOver.body).get("errorMessage").asText().contains("20000002 bytes"),
          farOver::toString);

      api.enqueue("{\"bytes\":3}");
      assertEquals("\"xxx\"", api.awaitResult().text());
    }
  }

  @Test
  void aResponseTheApiRefusesWith413IsReportedAsAnError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-size").start()) {
      Invocation refused = new Invocation("refused-request", "{\"bytes\":10}");
      api.refuseResponseAsTooLarge(refused.requestId);
      api.enqueue(refused);
      Result result = api.awaitResult();
      assertEquals("error", result.kind, result::toString);
      assertEquals(refused.requestId, result.requestId);
      assertEquals("Function.ResponseSizeTooLarge", result.errorType);
      String message = JSON.readTree(result.body).get("errorMessage").asText();
      assertTrue(message.contains("12 bytes") && message.contains("413"), message);

      api.enqueue("{\"bytes\":1}");
      assertEquals("\"x\"", api.awaitResult().text());
    }
  }

  @Test
  void anOutOfMemoryErrorIsReportedThenEndsTheProcess() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-out-of-memory").start()) {
      Invocation invocation = api.enqueue("{}");
      Result result = api.awaitResult();
      assertEquals("error", result.kind, result::toString);
      assertEquals(invocation.requestId, result.requestId);
      assertEquals("java.lang.OutOfMemoryError", result.errorType);
      assertNotEquals(0, runtime.awaitExit(), runtime.describe());
      assertTrue(runtime.stdout().contains("unfit to serve more invocations"), runtime.describe());
    }
  }

  @Test
  void aRuntimeApiThatAnswers500EndsTheProcessWithTheReason() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi()) {
      api.answerNextWith(500);
      try (RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hello").start()) {
        assertEquals(1, runtime.awaitExit(), runtime.describe());
        assertTrue(runtime.stdout().contains("the Runtime API answered 500 to GET invocation/next"), runtime.describe());
      }
    }
  }

  @Test
  void aLostRuntimeApiEndsTheProcessWithTheReason() throws Exception {
    FakeRuntimeApi api = new FakeRuntimeApi();
    try (RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hello").start()) {
      api.enqueue("{}");
      assertEquals("response", api.awaitResult().kind);
      api.close();
      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertTrue(runtime.stdout().contains("lost the Runtime API at " + api.address()), runtime.describe());
    } finally {
      api.close();
    }
  }

  @Test
  void maxInvocationsStopsTheLoopCleanly() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hello")
            .env(RuntimeLoop.MAX_INVOCATIONS, "3").start()) {
      for (int i = 0; i < 4; i++) {
        api.enqueue("{\"first_name\":\"N\",\"last_name\":\"" + i + "\"}");
      }
      for (int i = 0; i < 3; i++) {
        assertEquals("{\"message\":\"Hello N " + i + "!\"}", api.awaitResult().text());
      }
      assertEquals(0, runtime.awaitExit(), runtime.describe());
      assertNull(api.pollResult(200), "no fourth invocation is served");
    }
  }

  @Test
  void aMaxInvocationsThatIsNotANumberIsAnInitError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hello")
            .env(RuntimeLoop.MAX_INVOCATIONS, "ten").start()) {
      Result result = api.awaitResult();
      assertEquals("init-error", result.kind, result::toString);
      assertTrue(JSON.readTree(result.body).get("errorMessage").asText()
          .contains(RuntimeLoop.MAX_INVOCATIONS + " is 'ten'"), result::toString);
      assertEquals(1, runtime.awaitExit());
    }
  }
}
