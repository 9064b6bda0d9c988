package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.testClasses;
import static dev.switchboard.examples.SwitchboardJar.withFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.SwitchboardJar.Launch;
import dev.switchboard.examples.SwitchboardJar.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold {@code invoke} of a handler of AWS's common events (SQS, SNS, S3, DynamoDB streams, Kinesis,
 * EventBridge, API Gateway v1 and v2) with a realistic event binds it through generated codecs: the JVM's
 * class-load log shows no jackson-databind class. The examples' AWS handlers run from the jar; the
 * other events through the fixtures' echo handlers ({@code aws:<class>}), which write the event back.
 */
class AwsColdPathIT {
  @TempDir
  static Path dir;

  private record Case(String name, Function<String[], Launch> launcher, String handler, String event,
      String expected) {}

  private static final List<Case> CASES = List.of(
      new Case("SQS (examples)", SwitchboardJar::jar, "sqs-orders", "sqs.json", "batchItemFailures"),
      new Case("API Gateway HTTP API (examples)", SwitchboardJar::jar, "http-greet", "apigateway-v2-http.json", "statusCode"),
      new Case("S3 (examples)", SwitchboardJar::jar, "s3-uploads", "s3-put.json", "ObjectCreated:Put"),
      new Case("EventBridge schedule (examples)", SwitchboardJar::jar, "nightly", "eventbridge-scheduled.json", "scheduledFor"),
      new Case("SNS", SwitchboardJar::withFixtures, "aws:SNSEvent", "sns.json", "\"Sns\""),
      new Case("DynamoDB stream", SwitchboardJar::withFixtures, "aws:DynamodbEvent", "dynamodb-stream.json", "\"NewImage\""),
      new Case("Kinesis", SwitchboardJar::withFixtures, "aws:KinesisEvent", "kinesis.json", "\"approximateArrivalTimestamp\""),
      new Case("API Gateway REST API", SwitchboardJar::withFixtures, "aws:APIGatewayProxyRequestEvent", "apigateway-v1-proxy.json", "\"requestContext\""));

  @TestFactory
  Stream<DynamicTest> coldInvokesOfAwsEventsLoadNoDatabind() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path log = dir.resolve(c.handler().replace(':', '_') + ".log");
      Path event = testClasses().resolve("aws-events").resolve(c.event());
      Result run = c.launcher().apply(new String[] {"invoke", c.handler(), "--event", "@" + event})
          .jvm(ClassLoadLog.jvmOptions(log))
          .run();
      assertEquals(0, run.exitCode(), run::toString);
      assertTrue(run.response().contains(c.expected()), run::toString);
      ClassLoadLog classes = ClassLoadLog.read(log);
      assertEquals(List.of(), classes.loaded(name -> name.startsWith("com.fasterxml.jackson.databind.")),
          c.handler() + " loaded jackson-databind classes");
      assertTrue(classes.isLoaded("com.fasterxml.jackson.core.JsonFactory"), "it binds with jackson-core");
    }));
  }

  @TestFactory
  Stream<DynamicTest> aDatabindFallbackIsVisibleInTheLog() {
    // The check above can fail: a class the generator does not cover binds through databind.
    // KinesisAnalyticsFirehoseInputPreprocessingEvent has public fields, which the generator leaves to databind.
    return Stream.of(DynamicTest.dynamicTest("KinesisAnalyticsFirehoseInputPreprocessingEvent", () -> {
      Path log = dir.resolve("kinesis-analytics.log");
      Result run = withFixtures("invoke", "aws:KinesisAnalyticsFirehoseInputPreprocessingEvent",
          "--event", "{\"invocationId\":\"p\"}")
          .jvm(ClassLoadLog.jvmOptions(log))
          .run();
      assertEquals(0, run.exitCode(), run::toString);
      JsonNode response = run.json();
      assertEquals("p", response.get("invocationId").textValue(), run::toString);
      assertTrue(ClassLoadLog.read(log).isLoaded("com.fasterxml.jackson.databind.ObjectMapper"), run::toString);
    }));
  }

}
