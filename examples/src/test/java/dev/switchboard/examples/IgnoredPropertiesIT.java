package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.jar;
import static dev.switchboard.examples.SwitchboardJar.withFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.SwitchboardJar.Result;
import dev.switchboard.fixtures.serve.ServeProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * {@code invoke} and {@code serve} warn about event properties the handler's types ignore, with their
 * JSON path, on both binding paths (databind with AWS's rules for SQSEvent, a generated codec for the
 * Orders record), and stay quiet about properties users' types ignore on purpose.
 */
class IgnoredPropertiesIT {
  private static final String FIRST_MESSAGE = "4f3b1c2a-8d7e-4a6b-9c5d-1e2f3a4b5c6d";
  private static final String BODY_WARNING =
      "warning: $.Records[0].Body was ignored: SQSMessage has no property 'Body' (did you mean 'body'?)";

  /** The sample SQS event, its first message hand-edited with {@code Body} for {@code body}. */
  static String sqsWithMisnamedBody() {
    try {
      String sqs = Files.readString(SwitchboardJar.testClasses().resolve("aws-events/sqs.json"), StandardCharsets.UTF_8);
      String edited = sqs.replaceFirst("\"body\":", "\"Body\":");
      assertFalse(edited.equals(sqs));
      return edited;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void invokeWarnsOnStderrAndStillAnswers() {
    Result run = jar("invoke", "sqs-orders", "--event", "-").stdin(sqsWithMisnamedBody()).run();

    assertEquals(0, run.exitCode(), run::toString);
    // The handler saw no body, as it would on Lambda, and failed that message alone.
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + FIRST_MESSAGE + "\"}]}", run.response(), run::toString);
    List<String> warnings = run.stderr().lines().filter(line -> line.startsWith("warning:")).toList();
    assertEquals(List.of(BODY_WARNING), warnings, run::toString);
    // Before the handler's own log lines: the event is bound first.
    assertTrue(run.stderr().indexOf(BODY_WARNING) < run.stderr().indexOf("cannot process message " + FIRST_MESSAGE),
        run::toString);
  }

  @Test
  void aGeneratedCodecWarnsWithTheFullPathAndASuggestion() {
    Result run = jar("invoke", "orders", "--event", "{\"orderId\":\"o-1\",\"items\":[{\"sku\":\"a\",\"quantity\":1,"
        + "\"price\":2},{\"sku\":\"b\",\"quantiy\":3,\"price\":1,\"colour\":\"red\"}],\"Note\":\"leave at door\"}").run();

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.response().startsWith("{\"orderId\":\"o-1\",\"total\":2,\"items\":1,"), run::toString);
    assertEquals(List.of(
            "warning: $.items[1].quantiy was ignored: Item has no property 'quantiy' (did you mean 'quantity'?)",
            "warning: $.items[1].colour was ignored: Item has no property 'colour'",
            "warning: $.Note was ignored: Order has no property 'Note' (did you mean 'note'?)"),
        run.stderr().lines().filter(line -> line.startsWith("warning:")).toList(), run::toString);
  }

  @Test
  void manyIgnoredPropertiesAreCappedAtTwenty() {
    StringBuilder event = new StringBuilder("{\"orderId\":\"o-2\",\"items\":[]");
    for (int i = 0; i < 27; i++) {
      event.append(",\"extra").append(i).append("\":").append(i);
    }
    Result run = jar("invoke", "orders", "--event", event.append('}').toString()).run();

    assertEquals(0, run.exitCode(), run::toString);
    List<String> warnings = run.stderr().lines().filter(line -> line.startsWith("warning:")).toList();
    assertEquals(21, warnings.size(), run::toString);
    assertEquals("warning: $.extra19 was ignored: Order has no property 'extra19'", warnings.get(19));
    assertEquals("warning: ... and 7 more ignored properties", warnings.get(20));
  }

  @Test
  void propertiesIgnoredOnPurposeAreNotReported() {
    Result signup = withFixtures("invoke", "warn-signup", "--event", "{\"email\":\"ada@example.com\",\"plan\":\"pro\","
        + "\"utm_source\":\"newsletter\",\"utm_campaign\":\"june\",\"internal\":\"x\"}").run();
    assertEquals(0, signup.exitCode(), signup::toString);
    assertEquals("\"ada@example.com on pro\"", signup.response(), signup::toString);

    Result webhook = withFixtures("invoke", "warn-webhook", "--event",
        "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"livemode\":false,\"data\":{\"object\":{}}}").run();
    assertEquals(0, webhook.exitCode(), webhook::toString);
    assertEquals("\"invoice.paid evt_1\"", webhook.response(), webhook::toString);

    Result renewal = withFixtures("invoke", "warn-renewal", "--event",
        "{\"account\":\"acme\",\"due\":\"01/07/2024\",\"plan\":\"pro\"}").run();
    assertEquals(0, renewal.exitCode(), renewal::toString);
    assertEquals("\"acme due 2024-07-01\"", renewal.response(), renewal::toString);

    for (Result run : List.of(signup, webhook, renewal)) {
      assertFalse(run.stderr().contains("warning:"), run::toString);
    }
    // Without the annotation, the same kind of property is reported.
    Result signupTypo = withFixtures("invoke", "warn-signup", "--event", "{\"email\":\"ada@example.com\",\"Plan\":\"pro\"}")
        .run();
    assertTrue(signupTypo.stderr().contains("warning: $.Plan was ignored: Signup has no property 'Plan' (did you mean 'plan'?)"),
        signupTypo::toString);
  }

  @Test
  void serveWarnsInTheLogTail() throws Exception {
    try (ServeProcess server = ServeProcess.start("sqs-orders", "orders");
        LambdaClient lambda = server.client()) {
      InvokeResponse response = lambda.invoke(InvokeRequest.builder()
          .functionName("sqs-orders")
          .logType(LogType.TAIL)
          .payload(SdkBytes.fromUtf8String(sqsWithMisnamedBody()))
          .build());

      assertEquals(200, response.statusCode());
      assertEquals(null, response.functionError());
      assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + FIRST_MESSAGE + "\"}]}",
          response.payload().asUtf8String());
      String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
      assertTrue(tail.contains(BODY_WARNING + "\n"), tail);
      server.awaitLine(BODY_WARNING);

      // A well-formed event gets no warning.
      InvokeResponse clean = lambda.invoke(InvokeRequest.builder()
          .functionName("orders")
          .logType(LogType.TAIL)
          .payload(SdkBytes.fromUtf8String("{\"orderId\":\"o-3\",\"items\":[]}"))
          .build());
      String cleanTail = new String(Base64.getDecoder().decode(clean.logResult()), StandardCharsets.UTF_8);
      assertTrue(cleanTail.contains("order o-3: 0 items"), cleanTail);
      assertFalse(cleanTail.contains("warning:"), cleanTail);
    }
  }
}
