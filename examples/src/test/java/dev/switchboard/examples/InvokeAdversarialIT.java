package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.jar;
import static dev.switchboard.examples.SwitchboardJar.withFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.SwitchboardJar.Result;
import dev.switchboard.fixtures.hostile.HostileExceptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code invoke} against what breaks a naive runner: exceptions that cannot describe themselves,
 * constructors that hang, timeouts that are not numbers, and payloads over Lambda's limits.
 */
class InvokeAdversarialIT {
  private static final int SIX_MB = 6 * 1024 * 1024;

  @TempDir
  Path temp;

  @Test
  void exceptionsThatCannotDescribeThemselvesArePrintedAsLambdasErrorShape() {
    for (String kind : HostileExceptions.KINDS) {
      Result run = withFixtures("invoke", "hostile-throw", "--event", "{\"kind\":\"" + kind + "\"}").run();

      assertEquals(1, run.exitCode(), () -> kind + ": " + run);
      JsonNode error = run.json();
      assertTrue(error.get("errorType").textValue().startsWith("java.lang.IllegalStateException")
          || error.get("errorType").textValue().startsWith(HostileExceptions.class.getName() + "$"), () -> kind + ": " + run);
      assertTrue(error.get("stackTrace").isArray(), () -> kind + ": " + run);
    }
  }

  @Test
  void theTimeoutCoversAConstructorThatHangs() {
    Result run = withFixtures("invoke", "hostile-hang-init", "--timeout", "1").run();

    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("Sandbox.Timedout", run.json().get("errorType").textValue(), run::toString);
    assertEquals("Task timed out after 1.00 seconds", run.json().get("errorMessage").textValue(), run::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Infinity", "1e308", "1d", "0x10", "NaN", "-1", "901", "900.001", " ", "1..5", "."})
  void aTimeoutIsAPlainDecimalAbove0AndAtMost900ForInvokeAndServe(String value) {
    String message = "--timeout takes a number of seconds above 0 and at most 900 (Lambda's limit), such as 3 or 0.5,"
        + " not '" + value + "'";
    Result invoke = jar("invoke", "hello", "--timeout", value).run();
    assertEquals(2, invoke.exitCode(), invoke::toString);
    assertTrue(invoke.stderr().contains(message), invoke::toString);

    Result serve = jar("serve", "--port", "0", "--timeout", value).run();
    assertEquals(2, serve.exitCode(), serve::toString);
    assertTrue(serve.stderr().contains(message), serve::toString);
  }

  @Test
  void theLongestTimeoutIs900Seconds() {
    Result run = withFixtures("invoke", "rt-sleep", "--timeout", "900", "--event", "{\"seconds\": 0}").run();
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void anEventOnStandardInputOver6MbIsAUsageErrorWithoutReadingItAll() {
    // 64 MB on stdin to a JVM of 32 MB of heap: reading it all would end in an OutOfMemoryError.
    byte[] event = new byte[64 * 1024 * 1024];
    Arrays.fill(event, (byte) ' ');
    Result run = withFixtures("invoke", "hello", "--event", "-").jvm("-Xmx32m").stdin(event).run();

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().contains("invoke: the event from standard input is over Lambda's limit of 6291456 bytes"),
        run::toString);
    assertEquals("", run.stdout(), run::toString);
  }

  @Test
  void anEventFileOver6MbIsAUsageError() throws Exception {
    Path file = temp.resolve("big.json");
    Files.writeString(file, "\"" + "x".repeat(SIX_MB) + "\"");
    Result run = withFixtures("invoke", "shout", "--event", "@" + file).run();

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().contains("is over Lambda's limit of 6291456 bytes"), run::toString);
  }

  @Test
  void anEventOfExactly6MbIsTaken() {
    byte[] event = ("\"" + "x".repeat(SIX_MB - 2) + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Result run = withFixtures("invoke", "lambda-typed", "--event", "-").stdin(event).run();

    // Taken, and bound: a string is not the map of numbers the handler wants.
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("Runtime.UnmarshalError", run.json().get("errorType").textValue(), run::toString);
  }

  @Test
  void aResultOver6MbIsAFunctionErrorWithItsSize() {
    Result run = withFixtures("invoke", "lambda-size", "--event", "{\"bytes\": 50000000}").run();

    assertEquals(1, run.exitCode(), () -> run.toString().substring(0, 2000));
    JsonNode error = run.json();
    assertEquals("Function.ResponseSizeTooLarge", error.get("errorType").textValue());
    assertEquals("Response payload size (50000002 bytes) exceeded maximum allowed payload size (6291456 bytes).",
        error.get("errorMessage").textValue());
  }
}
