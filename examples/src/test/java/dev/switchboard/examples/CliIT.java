package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.jar;
import static dev.switchboard.examples.SwitchboardJar.withFixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.SwitchboardJar.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: {@code list}, {@code invoke} with each way of giving the event, and what goes wrong. */
class CliIT {
  static final List<String> EXAMPLES = List.of("audit", "calculator",
      "dev.switchboard.examples.AwsGreeting::handleRequest", "dev.switchboard.examples.AwsUpper::handleRequest",
      "dev.switchboard.examples.Echo::handle",
      "fail", "hello", "http-greet", "nightly", "orders", "region", "s3-uploads", "shout", "sqs-orders");

  @Test
  void listPrintsTheNamesSorted() {
    Result run = jar("list").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(EXAMPLES, run.stdout().lines().toList(), run::toString);
  }

  @Test
  void listJsonPrintsTheManifests() {
    Result run = jar("list", "--json").run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode manifests = run.json();
    assertTrue(manifests.isArray(), run::toString);
    assertEquals(1, manifests.size(), run::toString);
    JsonNode manifest = manifests.get(0);
    assertEquals(1, manifest.get("formatVersion").intValue());
    assertEquals("dev.switchboard.examples.SwitchboardHandlers", manifest.get("table").textValue());
    List<String> names = new ArrayList<>();
    manifest.get("handlers").forEach(handler -> names.add(handler.get("name").textValue()));
    assertEquals(EXAMPLES, names);

    JsonNode hello = handler(manifest, "hello");
    assertEquals("dev.switchboard.examples.Hello", hello.get("class").textValue());
    assertEquals("handle", hello.get("method").textValue());
    assertFalse(hello.get("static").booleanValue());
    assertEquals("object", hello.get("kind").textValue());
    assertEquals("java.util.Map<java.lang.String,java.lang.Object>", hello.get("eventType").textValue());
    assertEquals("java.util.Map<java.lang.String,java.lang.Object>", hello.get("returnType").textValue());
    assertTrue(hello.get("context").booleanValue());

    assertTrue(handler(manifest, "region").get("static").booleanValue());
    assertFalse(handler(manifest, "region").get("context").booleanValue());
    assertEquals("void", handler(manifest, "audit").get("returnType").textValue());
    assertEquals("dev.switchboard.examples.Orders.Order", handler(manifest, "orders").get("eventType").textValue());
    assertEquals("stream", handler(manifest, "shout").get("kind").textValue());
    assertEquals("dev.switchboard.examples.Echo", handler(manifest, "dev.switchboard.examples.Echo::handle")
        .get("class").textValue());
  }

  @Test
  void tablesOfSeveralClassPathEntriesMerge() {
    Result names = withFixtures("list").run();
    assertEquals(0, names.exitCode(), names::toString);
    List<String> listed = names.stdout().lines().toList();
    assertTrue(listed.containsAll(EXAMPLES), names::toString);
    assertTrue(listed.containsAll(List.of("rt-broken-init", "rt-context", "rt-noisy", "rt-sleep", "rt-tree")), names::toString);
    assertEquals(listed.stream().sorted().toList(), listed, "one sorted list across tables");

    Result manifests = withFixtures("list", "--json").run();
    assertEquals(0, manifests.exitCode(), manifests::toString);
    assertEquals(2, manifests.json().size(), "one manifest per table: " + manifests);
  }

  @Test
  void listRejectsAnUnknownOption() {
    Result run = jar("list", "--verbose").run();

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().contains("unknown option '--verbose'"), run::toString);
    assertEquals("", run.stdout(), run::toString);
  }

  @Test
  void aMistypedCommandIsUnknownAndTheClosestIsSuggested() {
    Result run = jar("invok", "hello").run();

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().startsWith("Unknown command 'invok'. Did you mean 'invoke'?"), run::toString);
    assertTrue(run.stderr().contains("Usage: java -jar app.jar COMMAND"), run::toString);

    Result far = jar("launch").run();
    assertTrue(far.stderr().startsWith("Unknown command 'launch'. (With AWS_LAMBDA_RUNTIME_API set"), far::toString);
  }

  @Test
  void listWithNoHandlerOnTheClassPathSaysWhy(@TempDir Path dir) throws Exception {
    // The examples jar without its service file: the runtime, Jackson and classes, but no table listed.
    Path jar = Files.copy(SwitchboardJar.jar(), dir.resolve("no-handlers.jar"));
    try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar)) {
      Files.delete(zip.getPath("META-INF/services/dev.switchboard.internal.HandlerTable"));
    }
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "list").redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile()).start();
    assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    String err = Files.readString(dir.resolve("err"));

    assertEquals(1, process.exitValue(), err);
    assertEquals("", Files.readString(dir.resolve("out")));
    assertTrue(err.startsWith("list: no handler on this class path: it has no @LambdaHandler methods"), err);
    assertTrue(err.contains("Is the Switchboard processor on the compiler's annotation processor path"), err);
  }

  @Test
  void unknownCommandPrintsUsageAndHelpDoesToo() {
    Result unknown = jar("launch").run();
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.stderr().contains("Usage: java -jar app.jar COMMAND"), unknown::toString);

    Result help = jar("help").run();
    assertEquals(0, help.exitCode(), help::toString);
    assertTrue(help.stdout().contains("invoke NAME [--event JSON|@FILE|-] [--timeout SECONDS]"), help::toString);
  }

  @Test
  void unknownHandlerListsTheNamesAndSuggestsTheClosest() {
    Result run = jar("invoke", "helo", "--event", "{}").run();

    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("", run.stdout(), run::toString);
    assertTrue(run.stderr().contains("No handler named 'helo'. Did you mean 'hello'?"), run::toString);
    assertTrue(run.stderr().contains("Known handlers: " + String.join(", ", EXAMPLES)), run::toString);
  }

  @Test
  void invokeWithoutAName() {
    Result run = jar("invoke", "--event", "{}").run();

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().contains("name the handler"), run::toString);
  }

  @Test
  void eventFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("event.json");
    Files.writeString(file, "{\n  \"first_name\": \"Fílé\",\n  \"last_name\": \"Event\"\n}\n", StandardCharsets.UTF_8);

    Result run = jar("invoke", "hello", "--event", "@" + file).run();

    assertEquals(0, run.exitCode(), run::toString);
    assertArrayEquals(("{\"message\":\"Hello Fílé Event!\"}" + System.lineSeparator()).getBytes(StandardCharsets.UTF_8),
        run.stdoutBytes(), run::toString);
  }

  @Test
  void eventFileThatIsMissingOrUnreadable(@TempDir Path dir) {
    Result missing = jar("invoke", "hello", "--event", "@" + dir.resolve("nope.json")).run();
    assertEquals(2, missing.exitCode(), missing::toString);
    assertTrue(missing.stderr().contains("no event file " + dir.resolve("nope.json")), missing::toString);

    Result directory = jar("invoke", "hello", "--event", "@" + dir).run();
    assertEquals(2, directory.exitCode(), directory::toString);
    assertTrue(directory.stderr().contains("invoke: cannot read the event from @" + dir), directory::toString);
  }

  @Test
  void eventFromStdinIsUtf8AndSoIsTheResponse() {
    Result run = jar("invoke", "hello", "--event", "-")
        .stdin("{\"first_name\": \"Zoë\", \"last_name\": \"Ångström 日本 \uD83D\uDE80\"}")
        .run();

    assertEquals(0, run.exitCode(), run::toString);
    assertArrayEquals(("{\"message\":\"Hello Zoë Ångström 日本 \uD83D\uDE80!\"}" + System.lineSeparator())
        .getBytes(StandardCharsets.UTF_8), run.stdoutBytes(), run::toString);
  }

  @Test
  void eventDefaultsToAnEmptyObject() {
    Result run = jar("invoke", "hello").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"message\":\"Hello null null!\"}", run.response(), run::toString);
  }

  @Test
  void malformedEventSaysWhereTheJsonBroke() {
    Result run = jar("invoke", "hello", "--event", "{\"first_name\": \"John\",\n \"last_name\": Smith}").run();

    assertEquals(1, run.exitCode(), run::toString);
    JsonNode error = run.json();
    assertEquals("Runtime.UnmarshalError", error.get("errorType").textValue(), run::toString);
    assertTrue(error.get("errorMessage").textValue().startsWith("Malformed event JSON at line 2, column "), run::toString);
    assertTrue(error.get("errorMessage").textValue().contains("'Smith'"), run::toString);
  }

  @Test
  void contentAfterTheEventIsAnError() {
    Result run = jar("invoke", "hello", "--event", "{\"first_name\": \"a\"} {}").run();

    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("Runtime.UnmarshalError", run.json().get("errorType").textValue(), run::toString);
    assertTrue(run.json().get("errorMessage").textValue().contains("after the end of the JSON value"), run::toString);
  }

  @Test
  void eventOfTheWrongShapeSaysTheJsonPath() {
    Result run = jar("invoke", "orders", "--event",
        "{\"orderId\": \"o-1\", \"items\": [{\"price\": 1}, {\"price\": \"cheap\"}]}").run();

    assertEquals(1, run.exitCode(), run::toString);
    JsonNode error = run.json();
    assertEquals("Runtime.UnmarshalError", error.get("errorType").textValue(), run::toString);
    assertTrue(error.get("errorMessage").textValue().contains("$.items[1].price"), run::toString);
    assertEquals(0, error.get("stackTrace").size(), run::toString);
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertUsageError(jar("invoke", "hello", "--timeout", "soon").run(),
        "invoke: --timeout takes a number of seconds above 0 and at most 900 (Lambda's limit), such as 3 or 0.5, not 'soon'");
    assertUsageError(jar("invoke", "hello", "--timeout", "0").run(), "--timeout takes a number of seconds above 0 and at most 900");
    assertUsageError(jar("invoke", "hello", "--event").run(), "invoke: --event needs a value");
    assertUsageError(jar("invoke", "hello", "--data", "{}").run(), "invoke: unknown option '--data'");
    assertUsageError(jar("invoke", "hello", "--verbose").run(), "invoke: unknown option '--verbose'");
  }

  @Test
  void whatTheHandlerPrintsGoesToStderrNotIntoTheResponse() {
    Result run = withFixtures("invoke", "rt-noisy").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"quiet\":true}" + System.lineSeparator(), run.stdout(), run::toString);
    for (String line : List.of("rt-noisy: static initializer on stdout", "rt-noisy: constructor on stdout",
        "rt-noisy: handler on stdout", "rt-noisy: no newline on stdout", "rt-noisy: handler on stderr")) {
      assertTrue(run.stderr().contains(line), line + " in " + run);
    }
  }

  @Test
  void timeoutEndsTheInvocationWithLambdasMessage() {
    Result run = withFixtures("invoke", "rt-sleep", "--timeout", "1", "--event", "{\"seconds\": 120}").run();

    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("{\"errorMessage\":\"Task timed out after 1.00 seconds\",\"errorType\":\"Sandbox.Timedout\","
        + "\"stackTrace\":[]}", run.response(), run::toString);

    Result fraction = withFixtures("invoke", "rt-sleep", "--timeout", "0.25", "--event", "{\"seconds\": 120}").run();
    assertEquals(1, fraction.exitCode(), fraction::toString);
    assertEquals("Task timed out after 0.25 seconds", fraction.json().get("errorMessage").textValue(), fraction::toString);

    // Shorter than a millisecond still times out (it once meant "wait forever").
    Result tiny = withFixtures("invoke", "rt-sleep", "--timeout", "0.0001", "--event", "{\"seconds\": 120}").run();
    assertEquals(1, tiny.exitCode(), tiny::toString);
    assertEquals("Sandbox.Timedout", tiny.json().get("errorType").textValue(), tiny::toString);
  }

  @Test
  void handlerThatFinishesInTimeIsNotTimedOut() {
    Result run = withFixtures("invoke", "rt-sleep", "--timeout", "30", "--event", "{\"seconds\": 0.1}").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("\"woke\"", run.response(), run::toString);
  }

  @Test
  void contextHasSensibleLocalValues() {
    Result run = withFixtures("invoke", "rt-context", "--timeout", "2", "--event", "[1, \"two\"]")
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
        .run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode context = run.json();
    UUID.fromString(context.get("awsRequestId").textValue());
    assertEquals("rt-context", context.get("functionName").textValue(), run::toString);
    assertEquals("$LATEST", context.get("functionVersion").textValue(), run::toString);
    assertEquals("arn:aws:lambda:local:000000000000:function:rt-context",
        context.get("invokedFunctionArn").textValue(), run::toString);
    assertEquals(512, context.get("memoryLimitInMB").intValue(), run::toString);
    assertEquals("/aws/lambda/rt-context", context.get("logGroupName").textValue(), run::toString);
    int remaining = context.get("remainingTimeInMillis").intValue();
    assertTrue(remaining > 0 && remaining <= 2000, "remaining time within --timeout 2: " + run);
    assertTrue(context.get("identity").isNull(), run::toString);
    assertTrue(context.get("clientContext").isNull(), run::toString);
    assertEquals("[1,\"two\"]", context.get("event").toString(), run::toString);

    Result named = withFixtures("invoke", "rt-context").env("AWS_LAMBDA_FUNCTION_NAME", "orders-local").run();
    assertEquals(0, named.exitCode(), named::toString);
    assertEquals("orders-local", named.json().get("functionName").textValue(), named::toString);
    assertEquals(128, named.json().get("memoryLimitInMB").intValue(), named::toString);
    int defaultRemaining = named.json().get("remainingTimeInMillis").intValue();
    assertTrue(defaultRemaining > 0 && defaultRemaining <= 3000, "default timeout is 3 s: " + named);
    assertEquals("{}", named.json().get("event").toString(), "the event defaults to {}: " + named);
  }

  @Test
  void constructorThatThrowsIsAnInitError() {
    Result run = withFixtures("invoke", "rt-broken-init").run();

    assertEquals(1, run.exitCode(), run::toString);
    JsonNode error = run.json();
    assertEquals("java.lang.IllegalStateException", error.get("errorType").textValue(), run::toString);
    assertTrue(error.get("errorMessage").textValue().startsWith("Handler 'rt-broken-init' failed to initialize: "),
        run::toString);
    assertEquals("rt-broken-init: TABLE_NAME is not set", error.get("cause").get("errorMessage").textValue(),
        run::toString);
  }

  @Test
  void aConstructorThatThrowsACheckedExceptionIsAnInitError() {
    Result run = withFixtures("invoke", "rt-checked-init").run();

    assertEquals(1, run.exitCode(), run::toString);
    JsonNode error = run.json();
    assertEquals("java.io.IOException", error.get("errorType").textValue(), run::toString);
    assertEquals("rt-checked-init: /opt/config.json is missing", error.get("cause").get("errorMessage").textValue(),
        run::toString);
  }

  private static void assertUsageError(Result run, String message) {
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().contains(message), () -> "expected '" + message + "' in " + run);
    assertEquals("", run.stdout(), run::toString);
  }

  private static JsonNode handler(JsonNode manifest, String name) {
    for (JsonNode handler : manifest.get("handlers")) {
      if (handler.get("name").textValue().equals(name)) {
        return handler;
      }
    }
    throw new AssertionError("no handler " + name + " in " + manifest);
  }
}
