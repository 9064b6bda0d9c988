package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.jar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.SwitchboardJar.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers migrated unchanged from AWS's Java runtime ({@link AwsGreeting}, a {@code RequestHandler};
 * {@link AwsUpper}, a {@code RequestStreamHandler}; only {@code @LambdaHandler} on the class added), run
 * with {@code invoke} by their AWS Handler setting {@code pkg.Class::handleRequest} and by the class
 * name alone, and what they load.
 */
class AwsMigrationIT {
  private static final String GREETING = "dev.switchboard.examples.AwsGreeting";
  private static final String UPPER = "dev.switchboard.examples.AwsUpper";
  private static final String EVENT = "{\"name\":\"Ada\"}";

  @Test
  void requestHandlerByItsAwsHandlerSetting() {
    Result run = jar("invoke", GREETING + "::handleRequest", "--event", EVENT)
        .env("AWS_LAMBDA_FUNCTION_NAME", "greeting-fn")
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("\"Hello Ada!\"", run.response(), run::toString);
    // AWS's logger writes to the same log as Switchboard's: the local modes' stderr, with the level.
    assertTrue(run.stderr().contains("[INFO] greeting Ada in greeting-fn (128 MB)"), run::toString);
  }

  @Test
  void requestHandlerByTheClassNameAlone() {
    Result run = jar("invoke", GREETING, "--event", EVENT).run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("\"Hello Ada!\"", run.response(), run::toString);
  }

  @Test
  void requestStreamHandlerByBothNames() {
    for (String name : List.of(UPPER + "::handleRequest", UPPER)) {
      Result run = jar("invoke", name, "--event", "{\"quiet\":\"words\"}").run();
      assertEquals(0, run.exitCode(), run::toString);
      assertEquals("{\"QUIET\":\"WORDS\"}", run.response(), run::toString);
      assertTrue(run.stderr().contains("upper-casing 17 characters"), run::toString);
    }
  }

  @Test
  void aClassNameThatIsNoHandlerIsStillUnknown() {
    Result run = jar("invoke", "dev.switchboard.examples.Hello", "--event", "{}").run();
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.stderr().contains("No handler named 'dev.switchboard.examples.Hello'"), run::toString);
  }

  @Test
  void anAwsHandlerLoadsTheAdapterAndAwsTypesOnlyForItself(@TempDir Path dir) {
    Path logFile = dir.resolve("aws.log");
    Result run = jar("invoke", GREETING, "--event", EVENT).jvm(ClassLoadLog.jvmOptions(logFile)).run();
    assertEquals(0, run.exitCode(), run::toString);
    ClassLoadLog log = ClassLoadLog.read(logFile);
    assertTrue(log.isLoaded("dev.switchboard.internal.AwsContext"), "the adapter is loaded for an AWS handler");
    assertTrue(log.isLoaded("com.amazonaws.services.lambda.runtime.Context"));
    assertEquals(List.of(), log.loaded(name -> name.startsWith("dev.switchboard.examples.")
            && !name.equals(GREETING) && !name.equals("dev.switchboard.examples.SwitchboardHandlers")),
        "no other handler class is loaded to resolve the class name");
    assertFalse(log.isLoaded(UPPER));
  }
}
