package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.jar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.SwitchboardJar.Result;
import dev.switchboard.fixtures.serve.ServeProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * The AWS event examples of {@code dev.switchboard.examples.aws}, run as users run them: {@code invoke}
 * with realistic events in AWS's wire shape ({@code src/test/resources/aws-events}, and adapted copies
 * in {@code aws-example-events}), and the SQS consumer through {@code serve} with the AWS SDK.
 */
class AwsExamplesIT {
  private static final String BAD_MESSAGE = "c80e8021-a70a-42c7-a470-796e1186f753";

  private static String file(String path) {
    return "@" + SwitchboardJar.testClasses().resolve(path);
  }

  private static List<String> warnings(Result run) {
    return run.stderr().lines().filter(line -> line.startsWith("warning:")).toList();
  }

  @Test
  void sqsConsumerReportsOnlyTheBadMessageAsABatchItemFailure() {
    Result run = jar("invoke", "sqs-orders", "--event", file("aws-example-events/sqs-one-bad.json")).run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + BAD_MESSAGE + "\"}]}", run.response(), run::toString);
    String queue = "arn:aws:sqs:eu-west-1:493817265104:orders-intake";
    assertTrue(run.stderr().contains("order message 2e1424d4-f796-459a-8184-9c92662be6da from " + queue + " priority 2"),
        run::toString);
    assertTrue(run.stderr().contains("cannot process message " + BAD_MESSAGE + ": not an order"), run::toString);
    assertTrue(run.stderr().contains("order message 059f36b4-87a3-44ab-83d2-661975830a7d from " + queue + " priority 1"),
        run::toString);
    assertEquals(List.of(), warnings(run));
  }

  @Test
  void sqsConsumerAcknowledgesAGoodBatchWhole() {
    Result run = jar("invoke", "sqs-orders", "--event", file("aws-events/sqs.json")).run();

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"batchItemFailures\":[]}", run.response(), run::toString);
    // Records, eventSourceARN and the message attributes bind by AWS's names.
    String queue = "arn:aws:sqs:eu-west-1:493817265104:orders-events.fifo";
    assertTrue(run.stderr().contains("order message 4f3b1c2a-8d7e-4a6b-9c5d-1e2f3a4b5c6d from " + queue + " priority 3"),
        run::toString);
    assertTrue(run.stderr().contains("order message 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d from " + queue + " priority 1"),
        run::toString);
    assertEquals(List.of(), warnings(run));
  }

  @Test
  void httpApiGreetsTheNameInThePath() {
    Result run = jar("invoke", "http-greet", "--event", file("aws-example-events/apigateway-v2-http-greet.json")).run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode response = run.json();
    assertEquals(200, response.get("statusCode").asInt(), run::toString);
    assertEquals("application/json", response.at("/headers/content-type").asText(), run::toString);
    assertEquals("{\"message\":\"Hello Ada!\",\"route\":\"GET /hello/{name}\"}", response.get("body").asText());
    assertFalse(response.get("isBase64Encoded").asBoolean(), run::toString);
    assertTrue(run.stderr().contains("GET /hello/Ada from 81.2.69.142"), run::toString);
    assertEquals(List.of(), warnings(run));
  }

  @Test
  void httpApiAsksForANameWhenTheRouteHasNone() {
    Result run = jar("invoke", "http-greet", "--event", file("aws-events/apigateway-v2-http.json")).run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode response = run.json();
    assertEquals(400, response.get("statusCode").asInt(), run::toString);
    assertEquals("{\"message\":\"say who to greet: /hello/{name} or ?name=\"}", response.get("body").asText());
    assertTrue(run.stderr().contains("POST /prod/orders/ORD-2024-88412/items from 81.2.69.142"), run::toString);
    // A real loss the local warning finds: events 3.16.1's RequestContext has no mutual-TLS property, so
    // the client certificate of this event never reaches a handler, on AWS's runtime either.
    assertEquals(List.of("warning: $.requestContext.authentication was ignored: RequestContext has no property"
        + " 'authentication'"), warnings(run));
  }

  @Test
  void s3HandlerListsTheObjectWithItsKeyUrlDecodedAndItsSize() {
    Result run = jar("invoke", "s3-uploads", "--event", file("aws-events/s3-put.json")).run();

    assertEquals(0, run.exitCode(), run::toString);
    String line = "ObjectCreated:Put s3://acme-media-uploads/uploads/2024/06/my photo(1).jpg (2483917 bytes)"
        + " at 2024-06-12T14:52:31.418Z";
    assertEquals("[\"" + line + "\"]", run.response(), run::toString);
    assertTrue(run.stderr().contains(line), run::toString);
    assertEquals(List.of(), warnings(run));
  }

  @Test
  void scheduledHandlerReadsTheScheduleFields() {
    Result run = jar("invoke", "nightly", "--event", file("aws-events/eventbridge-scheduled.json")).run();

    assertEquals(0, run.exitCode(), run::toString);
    JsonNode result = run.json();
    assertEquals(4, result.size(), run::toString);
    assertEquals("2024-06-12T15:00:00.000Z", result.get("scheduledFor").asText());
    assertEquals("arn:aws:events:eu-west-1:493817265104:rule/orders-nightly-settlement", result.get("rule").asText());
    assertEquals("493817265104", result.get("account").asText());
    assertEquals("eu-west-1", result.get("region").asText());
    assertTrue(run.stderr().contains("nightly job for 2024-06-12T15:00:00.000Z from rule"
        + " [arn:aws:events:eu-west-1:493817265104:rule/orders-nightly-settlement]"), run::toString);
    assertEquals(List.of(), warnings(run));
  }

  @Test
  void sqsConsumerThroughServeWithTheAwsSdk() throws Exception {
    String event = Files.readString(SwitchboardJar.testClasses().resolve("aws-example-events/sqs-one-bad.json"),
        StandardCharsets.UTF_8);
    try (ServeProcess server = ServeProcess.start("sqs-orders", "http-greet");
        LambdaClient lambda = server.client()) {
      InvokeResponse response = lambda.invoke(InvokeRequest.builder()
          .functionName("sqs-orders")
          .logType(LogType.TAIL)
          .payload(SdkBytes.fromUtf8String(event))
          .build());

      assertEquals(200, response.statusCode());
      assertNull(response.functionError());
      assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + BAD_MESSAGE + "\"}]}",
          response.payload().asUtf8String());
      String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
      assertTrue(tail.contains("cannot process message " + BAD_MESSAGE + ": not an order"), tail);
      assertFalse(tail.contains("warning:"), tail);

      InvokeResponse greeting = lambda.invoke(InvokeRequest.builder()
          .functionName("arn:aws:lambda:us-east-1:000000000000:function:http-greet")
          .payload(SdkBytes.fromUtf8String(read("aws-example-events/apigateway-v2-http-greet.json")))
          .build());
      JsonNode body = SwitchboardJar.JSON.readTree(greeting.payload().asByteArray());
      assertEquals(200, body.get("statusCode").asInt(), body::toString);
      assertEquals("{\"message\":\"Hello Ada!\",\"route\":\"GET /hello/{name}\"}", body.get("body").asText());
    }
  }

  private static String read(String path) throws IOException {
    return Files.readString(SwitchboardJar.testClasses().resolve(path), StandardCharsets.UTF_8);
  }
}
