package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.lambda.FakeRuntimeApi.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Lambda loop binds events as AWS does and reports no ignored property: the warnings of
 * {@code invoke} and {@code serve} are off there, and their class is never loaded.
 */
@SuppressWarnings("try")
class IgnoredPropertiesLoopIT {
  @Test
  void theLoopPrintsNoWarningOnEitherBindingPath() throws Exception {
    String sqs = Files.readString(RuntimeProcess.testClasses().resolve("aws-events/sqs.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"body\":", "\"Body\":");
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = start(api, "sqs-orders", "ignored-loop-databind.log")) {
      api.enqueue(sqs);
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"4f3b1c2a-8d7e-4a6b-9c5d-1e2f3a4b5c6d\"}]}", result.text());
      assertNoWarning(runtime);
    }
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = start(api, "orders", "ignored-loop-generated.log")) {
      api.enqueue("{\"orderId\":\"o-1\",\"items\":[{\"sku\":\"a\",\"quantiy\":3,\"price\":1}],\"Note\":\"x\"}");
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      assertNoWarning(runtime);
    }
    for (String log : new String[] {"ignored-loop-databind.log", "ignored-loop-generated.log"}) {
      String classes = Files.readString(logs().resolve(log));
      assertTrue(classes.contains("dev.switchboard.internal.json.Codec "), "the class-load log works: " + log);
      assertFalse(classes.contains("dev.switchboard.internal.json.IgnoredProperties"),
          "IgnoredProperties or its databind handler was loaded in the loop: " + log);
    }
  }

  private static Path logs() throws IOException {
    return Files.createDirectories(RuntimeProcess.testClasses().getParent().resolve("lambda-it"));
  }

  /** The runtime for {@code handler}, writing the classes it loads to {@code classLog}. */
  private static RuntimeProcess start(FakeRuntimeApi api, String handler, String classLog) throws IOException {
    Path log = logs().resolve(classLog);
    Files.deleteIfExists(log);
    return RuntimeProcess.builder(api).handler(handler)
        .env("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log)
        .start();
  }

  private static void assertNoWarning(RuntimeProcess runtime) throws Exception {
    assertFalse(runtime.stdout().contains("warning:"), runtime.describe());
    assertFalse(runtime.stderr().contains("warning:"), runtime.describe());
    assertFalse(runtime.stdout().contains("was ignored"), runtime.describe());
  }
}
