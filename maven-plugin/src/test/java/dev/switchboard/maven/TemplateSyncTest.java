package dev.switchboard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text editing of switchboard:template: add, update, remove, and the user's text untouched. */
class TemplateSyncTest {
  private static final String ZIP = "target/app-1.0-lambda.zip";
  private static final String LAYER = "target/java-layer";

  /** What the user wrote: comments, tags, a resource of their own, odd spacing. */
  private static final String USER = """
      # Orders service. Keep this comment.
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Stage: {Type: String, Default: dev}   # flow style, kept as is

      Resources:
        # The queue the orders arrive on.
        OrdersQueue:
          Type: AWS::SQS::Queue
          Properties:
            QueueName: !Sub '${AWS::StackName}-orders-${Stage}'
        Uploads:
          Type: AWS::S3::Bucket

      Outputs:
        QueueArn:
          Value: !GetAtt OrdersQueue.Arn   # trailing comment
      """;

  private static TemplateSync.Function hello(int memory) {
    return new TemplateSync.Function("hello", memory, 30, "x86_64", "java.lang.String", List.of());
  }

  private static TemplateSync.Function orders() {
    return new TemplateSync.Function("orders-create", 1024, 10, "arm64",
        "com.amazonaws.services.lambda.runtime.events.SQSBatchResponse",
        List.of(Map.of("type", "sqs", "queue", "OrdersQueue", "batchSize", "10"),
            Map.of("type", "httpApi", "method", "POST", "path", "/orders/{id}")));
  }

  private static String sync(String yaml, TemplateSync.Function... functions) {
    return TemplateSync.sync(yaml, List.of(functions), ZIP, LAYER).text();
  }

  @Test
  void newTemplateHasTheLayerAndOneFunctionPerHandler() {
    String text = sync("", hello(512));
    assertEquals("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Description: Lambda functions written by switchboard:template from the handlers' annotations
        Resources:
          SwitchboardJavaLayer:
            Type: AWS::Serverless::LayerVersion
            Metadata: {Tool: Switchboard}
            Properties:
              ContentUri: target/java-layer
              CompatibleRuntimes:
                - provided.al2023

          HelloFunction:
            Type: AWS::Serverless::Function
            Metadata: {Tool: Switchboard}
            Properties:
              Handler: hello
              Runtime: provided.al2023
              CodeUri: target/app-1.0-lambda.zip
              Architectures:
                - x86_64
              MemorySize: 512
              Timeout: 30
              Layers:
                - !Ref SwitchboardJavaLayer
        """, text);
    assertFalse(text.contains("Globals"));
    TemplateSync.Result again = TemplateSync.sync(text, List.of(hello(512)), ZIP, LAYER);
    assertEquals(text, again.text());
    assertFalse(again.changed());
  }

  @Test
  void addingLeavesEveryUserLineAsItWasAndInOrder() {
    String text = sync(USER, orders());
    // The user's text is the new text with the generated resources cut out, byte for byte.
    int start = text.indexOf("\n  SwitchboardJavaLayer:");
    int end = text.indexOf("\nOutputs:");
    String inserted = text.substring(start, end);
    assertEquals(USER, text.substring(0, start) + text.substring(end));
    assertTrue(inserted.contains("""
                  Events:
                    Sqs:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt OrdersQueue.Arn
                        BatchSize: 10
                        FunctionResponseTypes:
                          - ReportBatchItemFailures
                    HttpApi:
                      Type: HttpApi
                      Properties:
                        Method: POST
                        Path: '/orders/{id}'
            """), inserted);
    assertTrue(inserted.contains("  OrdersCreateFunction:\n"), inserted);
    assertTrue(inserted.contains("      Architectures:\n        - arm64\n"), inserted);
    assertEquals(text, sync(text, orders()), "a second run changes nothing");
  }

  @Test
  void updateRewritesOnlyTheOwnedPropertyThatChanged() {
    String first = sync(USER, hello(512));
    // The user adds a property and a comment to the generated function.
    String edited = first.replace("      Timeout: 30\n",
        "      Timeout: 30\n      # Added by hand: kept.\n      Environment:\n        Variables:\n          TABLE: !Ref Uploads\n");
    String updated = sync(edited, hello(2048));
    assertEquals(edited.replace("MemorySize: 512", "MemorySize: 2048"), updated);
    TemplateSync.Result result = TemplateSync.sync(edited, List.of(hello(2048)), ZIP, LAYER);
    assertEquals(List.of("HelloFunction"), result.updated());
    assertEquals(List.of(), result.added());
  }

  @Test
  void eventsWrittenByHandStayWhenTheAnnotationsChange() {
    String first = sync(USER, orders());
    String hand = """
                ByHand:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt OrdersQueue.Arn   # a second queue mapping, written by hand
        """;
    String edited = first.replace("        HttpApi:\n", hand + "        HttpApi:\n");
    TemplateSync.Function noHttp = new TemplateSync.Function("orders-create", 1024, 10, "arm64",
        "java.lang.String", List.of(Map.of("type", "sqs", "queue", "OrdersQueue", "batchSize", "10",
            "batchingWindow", "5")));
    String updated = sync(edited, noHttp);
    assertTrue(updated.contains(hand), updated);
    assertFalse(updated.contains("HttpApi:"), updated);
    assertFalse(updated.contains("ReportBatchItemFailures"), updated);
    assertTrue(updated.contains("            BatchSize: 10\n            MaximumBatchingWindowInSeconds: 5\n"), updated);
    // No trigger left: the plugin's entries go, the hand-written one and its Events stay.
    TemplateSync.Function none = new TemplateSync.Function("orders-create", 1024, 10, "arm64", "java.lang.String",
        List.of());
    String bare = sync(updated, none);
    assertTrue(bare.contains("      Events:\n" + hand), bare);
    assertFalse(bare.contains("  Sqs:"), bare);
    // Without the hand-written entry, Events itself goes.
    String nothing = sync(sync(USER, orders()), none);
    assertFalse(nothing.contains("Events:"), nothing);
    assertEquals(sync(USER, none), nothing);
  }

  @Test
  void managedRuntimeHasTheWrapperAndNoLayerAndSwitchesBack() {
    String provided = sync(USER, hello(512));
    String withVariables = provided.replace("      Timeout: 30\n",
        "      Timeout: 30\n      Environment:\n        Variables:\n          STAGE: !Ref Stage\n");
    TemplateSync.Result managed = TemplateSync.sync(withVariables, List.of(hello(512)), ZIP, LAYER, "java21");
    String text = managed.text();
    assertEquals(List.of("SwitchboardJavaLayer"), managed.removed());
    assertFalse(text.contains("SwitchboardJavaLayer"), text);
    assertFalse(text.contains("Layers:"), text);
    assertTrue(text.contains("      Runtime: java21\n"), text);
    assertTrue(text.contains("      Environment:\n        Variables:\n          STAGE: !Ref Stage\n"
        + "          AWS_LAMBDA_EXEC_WRAPPER: /var/task/switchboard-wrapper\n"), text);
    assertEquals(text, TemplateSync.sync(text, List.of(hello(512)), ZIP, LAYER, "java21").text());
    // Back to provided.al2023: the layer again, the wrapper variable gone, the user's variable kept.
    String back = sync(text, hello(512));
    assertTrue(back.contains("STAGE: !Ref Stage"), back);
    assertFalse(back.contains("AWS_LAMBDA_EXEC_WRAPPER"), back);
    assertTrue(back.contains("        - !Ref SwitchboardJavaLayer\n"), back);
    // A new function on java25 gets the whole Environment; without user variables it goes on the way back.
    String fresh = TemplateSync.sync(USER, List.of(hello(512)), ZIP, LAYER, "java25").text();
    assertTrue(fresh.contains("      Environment:\n        Variables:\n"
        + "          AWS_LAMBDA_EXEC_WRAPPER: /var/task/switchboard-wrapper\n"), fresh);
    String freshBack = sync(fresh, hello(512));
    assertFalse(freshBack.contains("Environment"), freshBack);
    assertTrue(freshBack.contains("  SwitchboardJavaLayer:\n") && freshBack.contains("Runtime: provided.al2023\n"), freshBack);
  }

  @Test
  void removingTheHandlersGivesBackTheUserTemplateByteForByte() {
    String both = sync(USER, hello(512), orders());
    String onlyHello = sync(both, hello(512));
    assertFalse(onlyHello.contains("OrdersCreateFunction"));
    assertTrue(onlyHello.contains("HelloFunction"));
    assertEquals(sync(USER, hello(512)), onlyHello);
    TemplateSync.Result none = TemplateSync.sync(onlyHello, List.of(), ZIP, LAYER);
    assertEquals(List.of("SwitchboardJavaLayer", "HelloFunction"), none.removed());
    assertEquals(USER, none.text());
  }

  @Test
  void eventSourcesByArnOrLogicalId() {
    TemplateSync.Function f = new TemplateSync.Function("streams", 512, 30, "x86_64",
        "com.amazonaws.services.lambda.runtime.events.StreamsEventResponse", List.of(
            Map.of("type", "sns", "topic", "Alerts"),
            Map.of("type", "sqs", "queue", "arn:aws:sqs:eu-west-1:123456789012:q", "batchSize", "5"),
            Map.of("type", "dynamodb", "stream", "Orders", "startingPosition", "LATEST", "batchSize", "100"),
            Map.of("type", "kinesis", "stream", "arn:aws:kinesis:eu-west-1:123456789012:stream/s",
                "startingPosition", "TRIM_HORIZON", "batchSize", "100"),
            Map.of("type", "s3", "bucket", "Uploads", "events", "s3:ObjectCreated:*,s3:ObjectRemoved:*"),
            Map.of("type", "schedule", "expression", "cron(0 12 * * ? *)")));
    String text = sync("", f);
    assertTrue(text.contains("Topic: !Ref Alerts\n"), text);
    assertTrue(text.contains("Queue: arn:aws:sqs:eu-west-1:123456789012:q\n"), text);
    assertTrue(text.contains("Stream: !GetAtt Orders.StreamArn\n"), text);
    assertTrue(text.contains("Stream: arn:aws:kinesis:eu-west-1:123456789012:stream/s\n"), text);
    assertTrue(text.contains("Bucket: !Ref Uploads\n            Events:\n              - s3:ObjectCreated:*\n"
        + "              - s3:ObjectRemoved:*\n"), text);
    assertTrue(text.contains("Schedule: 'cron(0 12 * * ? *)'\n"), text);
    // Stream handlers that report failures: both stream events, not the SQS one (its return type is the
    // stream response).
    assertEquals(2, text.split("ReportBatchItemFailures", -1).length - 1, text);
  }

  @Test
  void userResourceWithTheGeneratedNameAndCrlfLineBreaks() {
    String user = "Transform: AWS::Serverless-2016-10-31\r\nResources:\r\n  HelloFunction:\r\n"
        + "    Type: AWS::SQS::Queue\r\n";
    String text = sync(user, hello(512));
    assertTrue(text.startsWith(user), text);
    assertTrue(text.contains("\r\n  HelloFunction2:\r\n"), text);
    assertFalse(text.replace("\r\n", "").contains("\n"), "only CRLF line breaks");
    assertEquals(user, sync(text));
  }

  @Test
  void scalarsThatYamlWouldReadOtherwiseAreQuoted() {
    assertEquals("hello", TemplateSync.scalar("hello"));
    assertEquals("com.example.Greeter::handleRequest", TemplateSync.scalar("com.example.Greeter::handleRequest"));
    assertEquals("'true'", TemplateSync.scalar("true"));
    assertEquals("'123'", TemplateSync.scalar("123"));
    assertEquals("'it''s'", TemplateSync.scalar("it's"));
    assertEquals("'#x'", TemplateSync.scalar("#x"));
    assertEquals("GreeterHandleRequestFunction", TemplateSync.logicalId("com.example.Greeter::handleRequest"));
    assertEquals("OuterInnerRunFunction", TemplateSync.logicalId("com.example.Outer$Inner::run"));
    assertEquals("OrdersCreateFunction", TemplateSync.logicalId("orders-create"));
  }
}
