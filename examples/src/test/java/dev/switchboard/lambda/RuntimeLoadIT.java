package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.FakeRuntimeApi.Invocation;
import dev.switchboard.lambda.FakeRuntimeApi.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many invocations in a row on one connection, failures among them. */
class RuntimeLoadIT {
  private static final int INVOCATIONS = 10_000;

  @Test
  void tenThousandInvocationsWithEveryTenthFailingAreAllDeliveredInOrder() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("lambda-every-tenth")
            .env(RuntimeLoop.MAX_INVOCATIONS, Integer.toString(INVOCATIONS)).start()) {
      List<Invocation> invocations = new ArrayList<>();
      for (int n = 0; n < INVOCATIONS; n++) {
        invocations.add(api.enqueue("{\"n\":" + n + "}"));
      }
      for (int n = 0; n < INVOCATIONS; n++) {
        Result result = api.awaitResult();
        String where = "invocation " + n + ": " + result;
        assertEquals(invocations.get(n).requestId, result.requestId, where);
        if (n % 10 == 9) {
          assertEquals("error", result.kind, where);
          assertEquals("java.lang.IllegalArgumentException", result.errorType, where);
          assertEquals("invocation " + n + " fails by design", json.readTree(result.body).get("errorMessage").asText(),
              where);
        } else {
          assertEquals("response", result.kind, where);
          assertEquals("{\"n\":" + n + "}", result.text(), where);
        }
      }
      assertEquals(0, runtime.awaitExit(), runtime.describe());
      assertNull(api.pollResult(100), "nothing is posted twice");
    }
  }
}
