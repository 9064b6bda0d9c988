package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.FakeRuntimeApi.Invocation;
import dev.switchboard.lambda.FakeRuntimeApi.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}): priming, {@code org.crac} hooks
 * through {@code -Dorg.crac.Core.Compat=dev.switchboard.crac}, and the restore flow.
 */
class SnapStartLoopIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMPAT = "-Dorg.crac.Core.Compat=dev.switchboard.crac";

  @TempDir Path temp;

  @Test
  void primingAndTheHooksRunAroundRestoreNextBeforeTheFirstInvocation() throws Exception {
    Path event = temp.resolve("priming.json");
    Files.writeString(event, "{\"priming\":true}");
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = snapStart(api)
            .env("SWITCHBOARD_PRIMING_EVENT", "@" + event)
            .env("SWITCHBOARD_PRIMING_INVOCATIONS", "2").start()) {
      Result restore = api.awaitResult();
      assertEquals("restore-next", restore.kind, restore + runtime.describe());
      api.enqueue(new Invocation("request-1", "{\"n\":1}"));
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result + runtime.describe());
      assertEquals(List.of("invoke switchboard-priming-1 {priming=true}", "invoke switchboard-priming-2 {priming=true}",
          "before", "after", "invoke request-1 {n=1}"), JSON.readValue(result.body, List.class), runtime.describe());
    }
  }

  @Test
  void aFailedAfterRestoreHookGoesToRestoreErrorAndTheProcessExits() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = snapStart(api).env("FAIL_AFTER_RESTORE", "1").start()) {
      assertEquals("restore-next", api.awaitResult().kind, runtime.describe());
      Result error = api.awaitResult();
      assertEquals("restore-error", error.kind, error + runtime.describe());
      assertEquals("Runtime.AfterRestoreError", error.errorType);
      String message = JSON.readTree(error.body).get("errorMessage").asText();
      assertTrue(message.contains("java.lang.IllegalStateException: after-restore fails by design"), message);
      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertTrue(runtime.stdout().contains("after-restore fails by design"), runtime.describe());
    }
  }

  @Test
  void aFailedBeforeCheckpointHookFailsInit() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = snapStart(api).env("FAIL_BEFORE_CHECKPOINT", "1").start()) {
      Result error = api.awaitResult();
      assertEquals("init-error", error.kind, error + runtime.describe());
      assertEquals("Runtime.BeforeCheckpointError", error.errorType);
      assertTrue(error.text().contains("before-checkpoint fails by design"), error::toString);
      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertNull(api.pollResult(100), "no restore/next after a failed before-checkpoint hook");
    }
  }

  @Test
  void withoutSnapStartNothingIsPrimedNoHookRunsAndNoSnapStartClassLoads() throws Exception {
    Path log = temp.resolve("classes.log");
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-snapstart")
            .classPath(cracJar())
            .env("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")
            .env("SWITCHBOARD_PRIMING_EVENT", "{\"priming\":true}")
            .env("JAVA_TOOL_OPTIONS", COMPAT + " -Xlog:class+load=info:file=" + log).start()) {
      api.enqueue(new Invocation("request-1", "{}"));
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result + runtime.describe());
      assertEquals(List.of("invoke request-1 {}"), JSON.readValue(result.body, List.class));
    }
    String classes = Files.readString(log);
    assertTrue(classes.contains("dev.switchboard.lambda.RuntimeLoop "), "the class-load log works");
    assertFalse(classes.contains("dev.switchboard.lambda.SnapStart "), "SnapStart loaded on demand");
  }

  @Test
  void theBootstrapNamesTheRuntimesCompatPackage() throws Exception {
    String bootstrap = new String(RuntimeLoop.class.getResourceAsStream("bootstrap").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(bootstrap.contains(" " + COMPAT + " "), bootstrap);
    assertTrue(dev.switchboard.crac.Core.getGlobalContext() != null, "the package it names exists");
  }

  private static RuntimeProcess.Builder snapStart(FakeRuntimeApi api) throws Exception {
    return RuntimeProcess.builder(api).handler("lambda-snapstart")
        .classPath(cracJar())
        .env("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
        .env("JAVA_TOOL_OPTIONS", COMPAT);
  }

  /** The org.crac jar, which the application brings (the runtime does not depend on it). */
  private static Path cracJar() throws Exception {
    return Path.of(org.crac.Core.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
