package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SIGTERM, which Lambda sends before it retires an execution environment. */
class RuntimeShutdownIT {
  @Test
  void sigtermRunsTheShutdownHooksAndExits() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-shutdown").start()) {
      api.enqueue("{}");
      assertEquals("\"ready\"", api.awaitResult().text());
      // The loop now waits in GET invocation/next, as it does between invocations in Lambda.
      runtime.terminate();
      int status = runtime.awaitExit();
      assertTrue(runtime.stdout().contains("lambda-shutdown: hook ran"), runtime.describe());
      assertEquals(128 + 15, status, "the JVM's status after SIGTERM" + runtime.describe());
      assertEquals("", runtime.stderr(), "nothing goes wrong on the way out");
    }
  }
}
