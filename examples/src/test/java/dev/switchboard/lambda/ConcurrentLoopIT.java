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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * Concurrent invocations (Lambda Managed Instances, {@code AWS_LAMBDA_MAX_CONCURRENCY}): workers
 * that each serve their own invocation with their own Context, trace id and log attribution.
 */
class ConcurrentLoopIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WORKERS = 4;

  @TempDir Path temp;

  @Test
  void workersServeInterleavedInvocationsEachWithItsOwnContextAndAFailureTouchesNoOther() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-concurrent")
            .classPath(sdkJar())
            .env(RuntimeLoop.MAX_CONCURRENCY, Integer.toString(WORKERS))
            .env(RuntimeLoop.MAX_INVOCATIONS, Integer.toString(WORKERS))
            .env("AWS_LAMBDA_LOG_FORMAT", "Text")
            .start()) {
      Map<String, Invocation> sent = new HashMap<>();
      long now = System.currentTimeMillis();
      for (int i = 0; i < WORKERS; i++) {
        // Each invocation waits until all four are in flight at once: served one at a time, none could answer.
        Invocation invocation = new Invocation("req-" + i, "{\"together\":" + WORKERS + (i == 2 ? ",\"fail\":true}" : "}"))
            .header("Lambda-Runtime-Deadline-Ms", Long.toString(now + 60_000 + i * 100_000L))
            .header("Lambda-Runtime-Trace-Id", "Root=1-00000000-00000000000000000000000" + i + ";Sampled=1")
            .header("Lambda-Runtime-Aws-Tenant-Id", "tenant-" + i);
        sent.put(invocation.requestId, api.enqueue(invocation));
      }
      Map<String, Result> results = new HashMap<>();
      for (int i = 0; i < WORKERS; i++) {
        Result result = api.awaitResult();
        results.put(result.requestId, result);
      }
      assertEquals(sent.keySet(), results.keySet(), results::toString);

      Set<String> threads = new HashSet<>();
      for (int i = 0; i < WORKERS; i++) {
        String id = "req-" + i;
        Result result = results.get(id);
        String where = id + ": " + result + runtime.describe();
        if (i == 2) {
          assertEquals("error", result.kind, where);
          assertEquals("java.lang.IllegalArgumentException", result.errorType, where);
          assertEquals("request req-2 fails by design", JSON.readTree(result.body).get("errorMessage").asText(), where);
          continue;
        }
        assertEquals("response", result.kind, where);
        JsonNode report = JSON.readTree(result.body);
        assertEquals(id, report.get("awsRequestId").asText(), where);
        long remaining = report.get("remainingTimeInMillis").asLong();
        long expected = 60_000 + i * 100_000L;
        assertTrue(remaining <= expected && remaining > expected - 30_000, where);
        String trace = sent.get(id).headers.get("Lambda-Runtime-Trace-Id");
        assertEquals(trace, report.get("xrayTraceId").asText(), where);
        assertEquals(trace, report.get("sdkTraceId").asText(), "the trace id in the SDK's thread-local: " + where);
        assertTrue(report.get("traceHeaderProperty").isNull(), "no process-wide trace property: " + where);
        assertEquals("tenant-" + i, report.get("tenantId").asText(), where);
        threads.add(report.get("thread").asText());
      }
      assertEquals(WORKERS - 1, threads.size(), "each invocation on a worker of its own: " + threads);
      assertEquals(0, runtime.awaitExit(), runtime.describe());
      assertNull(api.pollResult(100), "nothing is posted twice");

      // Managed Instances take JSON logs only: Text is warned about, and every record is JSON,
      // attributed to the invocation that wrote it.
      List<String> lines = runtime.stdoutLines();
      boolean warned = false;
      int served = 0;
      for (String line : lines) {
        JsonNode record = JSON.readTree(line);
        String message = record.get("message").asText();
        if (message.contains("AWS_LAMBDA_LOG_FORMAT is Text")) {
          warned = true;
        } else if (message.startsWith("served ")) {
          String id = message.substring("served ".length());
          assertEquals(id, record.get("AWSRequestId").asText(), line);
          assertEquals("tenant-" + id.substring(4), record.get("tenantId").asText(), line);
          served++;
        }
      }
      assertTrue(warned, runtime.describe());
      assertEquals(WORKERS, served, runtime.describe());
    }
  }

  @Test
  void withoutTheSdkTheTraceIdIsInTheContextOnly() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-concurrent")
            .env(RuntimeLoop.MAX_CONCURRENCY, "2").start()) {
      api.enqueue(new Invocation("traced", "{}").header("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793"));
      JsonNode report = JSON.readTree(api.awaitResult().body);
      assertEquals("Root=1-5759e988-bd862e3fe1be46a994272793", report.get("xrayTraceId").asText(), runtime.describe());
      assertEquals("no SDK", report.get("sdkTraceId").asText());
      assertTrue(report.get("traceHeaderProperty").isNull(), report::toString);
    }
  }

  @Test
  void anOutOfMemoryErrorStillEndsTheProcess() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-out-of-memory")
            .env(RuntimeLoop.MAX_CONCURRENCY, "3").start()) {
      api.enqueue("{}");
      Result result = api.awaitResult();
      assertEquals("error", result.kind, result::toString);
      assertEquals("java.lang.OutOfMemoryError", result.errorType, result::toString);
      assertEquals(1, runtime.awaitExit(), runtime.describe());
    }
  }

  @Test
  void aConcurrencyThatIsNoPositiveNumberIsAnInitError() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-concurrent")
            .env(RuntimeLoop.MAX_CONCURRENCY, "0").start()) {
      Result result = api.awaitResult();
      assertEquals("init-error", result.kind, result::toString);
      assertTrue(result.text().contains("AWS_LAMBDA_MAX_CONCURRENCY is '0'"), result::toString);
      assertEquals(1, runtime.awaitExit(), runtime.describe());
    }
  }

  @Test
  void withoutMaxConcurrencyNoWorkerClassLoadsAndTheTracePropertyIsSet() throws Exception {
    String single = classesLoaded(null);
    assertTrue(single.contains("dev.switchboard.lambda.RuntimeLoop "), "the class-load log works");
    assertFalse(single.contains("dev.switchboard.lambda.Workers"), "Workers loaded without N");
    assertFalse(single.contains("dev.switchboard.lambda.SdkTraceId"), "SdkTraceId loaded without N");
    assertFalse(single.contains("software.amazon.awssdk"), "an SDK class loaded without N");
    assertNotEquals(single, classesLoaded("1"));
    assertTrue(classesLoaded("1").contains("dev.switchboard.lambda.Workers "), "the check can fail");
  }

  /** The class-load log of a runtime serving one invocation of lambda-context, with that N (or none). */
  private String classesLoaded(String concurrency) throws Exception {
    Path log = Files.createTempFile(temp, "classes", ".log");
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-context")
            .classPath(sdkJar())
            .env(RuntimeLoop.MAX_CONCURRENCY, concurrency)
            .env(RuntimeLoop.MAX_INVOCATIONS, "1")
            .env("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log)
            .start()) {
      api.enqueue(new Invocation("traced", "{}").header("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793"));
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      JsonNode property = JSON.readTree(result.body).get("traceHeaderProperty");
      if (concurrency == null) {
        assertEquals("Root=1-5759e988-bd862e3fe1be46a994272793", property.asText(), "as AWS's runtime sets it");
      } else {
        assertTrue(property.isNull(), result::toString);
      }
      assertEquals(0, runtime.awaitExit(), runtime.describe());
    }
    return Files.readString(log);
  }

  /** The jar of the AWS SDK's utils-lite, which holds SdkInternalThreadLocal. */
  private static Path sdkJar() throws Exception {
    return Path.of(SdkInternalThreadLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
