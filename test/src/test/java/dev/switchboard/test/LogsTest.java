package dev.switchboard.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

@ExtendWith(SwitchboardExtension.class)
class LogsTest {
  @Test
  void theContextLoggerAndTheHandlersPrintsAreOneLogInOrder(LambdaInvoker lambda) {
    Logs logs = lambda.invoke("greet", "{\"name\": \"Ada\"}").logs();

    assertEquals(List.of("greeting Ada", "stdout: Ada", "stderr: Ada", "[INFO] greeted Ada"), logs.lines());
    assertEquals("greeting Ada\nstdout: Ada\nstderr: Ada\n[INFO] greeted Ada\n", logs.text().replace("\r\n", "\n"));
    assertEquals(logs.text(), logs.toString());
  }

  @Test
  void containsLooksForTextInAnyLine(LambdaInvoker lambda) {
    Logs logs = lambda.invoke("greet", "{\"name\": \"Grace\"}").logs();

    assertTrue(logs.contains("Grace"));
    assertTrue(logs.contains("[INFO] greeted"));
    assertFalse(logs.contains("Ada"));
    assertFalse(logs.contains("greeting Grace\nstdout"), "a line at a time");
    assertEquals(List.of("stdout: Grace", "stderr: Grace"), logs.linesContaining("std"));
    assertFalse(logs.isEmpty());
  }

  @Test
  void eachInvocationHasItsOwnLog(LambdaInvoker lambda) {
    InvocationResult ada = lambda.invoke("greet", "{\"name\": \"Ada\"}");
    InvocationResult grace = lambda.invoke("greet", "{\"name\": \"Grace\"}");
    InvocationResult quiet = lambda.invoke("receipt", "{\"id\": \"o\", \"lines\": []}");

    assertFalse(ada.logs().contains("Grace"));
    assertFalse(grace.logs().contains("Ada"));
    assertTrue(quiet.logs().isEmpty());
    assertEquals(List.of(), quiet.logs().lines());
  }

  @Test
  void theTestsOwnStreamsAreLeftAsTheyWere(LambdaInvoker lambda) {
    PrintStream out = System.out;
    PrintStream err = System.err;

    lambda.invoke("greet", "{\"name\": \"Ada\"}");

    assertSame(out, System.out);
    assertSame(err, System.err);
  }

  @Test
  void aFailedInvocationKeepsItsLogsAndShowsThemInTheFailure(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("fail", "{\"sku\": \"a-1\"}");

    assertEquals(List.of("checking stock for a-1"), result.logs().lines());
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, result::json);
    assertTrue(failure.getMessage().endsWith("\nIts logs:\nchecking stock for a-1" + System.lineSeparator()),
        failure.getMessage());
  }

  @Test
  void anEventThatDoesNotBindLogsNothing(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("greet", "not json");

    assertEquals("Runtime.UnmarshalError", result.error().errorType());
    assertTrue(result.logs().isEmpty(), "the handler never ran");
  }
}
