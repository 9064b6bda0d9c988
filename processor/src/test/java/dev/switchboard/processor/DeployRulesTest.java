package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The deployment annotations of {@code dev.switchboard.deploy}: where they go (SB024), their values
 * (SB022, SB023, SB025 to SB029), and what the manifest records of them.
 */
class DeployRulesTest {

  @Test
  void everyTriggerOnMethodsAndClassesCompilesCleanlyAndIsRecorded() throws IOException {
    JavaFileObject source = source("test.Deployed", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.*;
        import java.util.Map;

        public class Deployed {
          @LambdaHandler("everything")
          @FunctionConfig(memory = 2048, timeout = 900, architecture = FunctionConfig.Architecture.ARM64)
          @SqsTrigger(queue = "OrdersQueue")
          @HttpApiTrigger(method = "GET", path = "/orders/{id}")
          @ScheduleTrigger("cron(0 12 * * ? *)")
          @S3Trigger(bucket = "Uploads")
          @SnsTrigger(topic = "arn:aws:sns:eu-west-1:123456789012:news")
          @DynamoDbTrigger(stream = "OrdersTable", startingPosition = "TRIM_HORIZON", batchSize = 1)
          @KinesisTrigger(stream = "Clicks", batchSize = 10000)
          public Map<String, Object> handle(Map<String, Object> event) {
            return event;
          }

          @LambdaHandler
          @FunctionConfig(memory = 128, timeout = 1)
          @SqsTrigger(queue = "arn:aws:sqs:eu-west-1:123456789012:orders")
          public static class Legacy implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
            @Override
            public String handleRequest(String event, com.amazonaws.services.lambda.runtime.Context context) {
              return event;
            }
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    String manifest = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/switchboard/handlers.json")
        .orElseThrow().getCharContent(false).toString();
    assertThat(manifest).contains("""
              "memory": 2048,
              "timeout": 900,
              "architecture": "arm64",
              "events": [
                {"type": "sqs", "queue": "OrdersQueue", "batchSize": 10, "batchingWindow": 0},
                {"type": "httpApi", "method": "GET", "path": "/orders/{id}"},
                {"type": "schedule", "expression": "cron(0 12 * * ? *)"},
                {"type": "s3", "bucket": "Uploads", "events": ["s3:ObjectCreated:*"]},
                {"type": "sns", "topic": "arn:aws:sns:eu-west-1:123456789012:news"},
                {"type": "dynamodb", "stream": "OrdersTable", "startingPosition": "TRIM_HORIZON", "batchSize": 1},
                {"type": "kinesis", "stream": "Clicks", "startingPosition": "LATEST", "batchSize": 10000}
              ]
        """);
    assertThat(manifest).contains("""
              "memory": 128,
              "timeout": 1,
              "architecture": "x86_64",
              "events": [
                {"type": "sqs", "queue": "arn:aws:sqs:eu-west-1:123456789012:orders", "batchSize": 10, "batchingWindow": 0}
              ]
        """);
  }

  @Test
  void handlerWithoutAnnotationsGetsTheDefaults() throws IOException {
    JavaFileObject source = source("test.Plain", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Plain {
          @LambdaHandler("plain")
          public String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    String manifest = read(compilation);
    assertThat(manifest).contains("""
              "memory": 512,
              "timeout": 30,
              "architecture": "x86_64",
              "events": []
        """);
  }

  @Test
  void memoryOutOfRange() {
    assertOneError("test.Memory", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.FunctionConfig;

        public class Memory {
          @LambdaHandler("big")
          @FunctionConfig(memory = 20000)
          public String handle(String event) {
            return event;
          }
        }
        """, "[SB022] @FunctionConfig's memory is the function's memory in MB, which Lambda allows from 128 to"
            + " 10240; test.Memory.handle has 20000. Choose a value in that range",
        "@FunctionConfig(memory = 20000)");
  }

  @Test
  void timeoutOutOfRange() {
    assertOneError("test.Timeout", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.FunctionConfig;

        public class Timeout {
          @LambdaHandler("slow")
          @FunctionConfig(timeout = 3600)
          public String handle(String event) {
            return event;
          }
        }
        """, "[SB023] @FunctionConfig's timeout is the function's timeout in seconds, which Lambda allows from 1"
            + " to 900; test.Timeout.handle has 3600.", "@FunctionConfig(timeout = 3600)");
  }

  @Test
  void triggerOnMethodThatIsNoHandler() {
    assertOneError("test.Stray", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.SqsTrigger;

        public class Stray {
          @LambdaHandler("real")
          public String handle(String event) {
            return event;
          }

          @SqsTrigger(queue = "Orders")
          public String helper(String event) {
            return event;
          }
        }
        """, "[SB024] @SqsTrigger describes the function of a handler, so it goes on a @LambdaHandler method, or"
            + " on a class annotated with @LambdaHandler; test.Stray.helper is not one.",
        "@SqsTrigger(queue = \"Orders\")");
  }

  @Test
  void configOnClassWhoseMethodIsTheHandler() {
    assertOneError("test.OnClass", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.FunctionConfig;

        @FunctionConfig(memory = 1024)
        public class OnClass {
          @LambdaHandler("real")
          public String handle(String event) {
            return event;
          }
        }
        """, "[SB024] @FunctionConfig describes the function of a handler, so it goes on a @LambdaHandler"
            + " method, or on a class annotated with @LambdaHandler; test.OnClass is not one. Move it to the"
            + " handler it is for", "@FunctionConfig(memory = 1024)");
  }

  @Test
  void queueThatIsNeitherArnNorLogicalId() {
    assertOneError("test.Queue", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.SqsTrigger;

        public class Queue {
          @LambdaHandler("queued")
          @SqsTrigger(queue = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders")
          public String handle(String event) {
            return event;
          }
        }
        """, "[SB025] @SqsTrigger's queue names its source: an ARN (starting with 'arn:'), written as is, or the"
            + " logical ID of a resource of the template (letters and digits only); test.Queue.handle has"
            + " 'https://sqs.eu-west-1.amazonaws.com/123456789012/orders'.", "@SqsTrigger(");
  }

  @Test
  void bucketGivenAsArn() {
    assertOneError("test.Bucket", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.S3Trigger;

        public class Bucket {
          @LambdaHandler("uploads")
          @S3Trigger(bucket = "arn:aws:s3:::uploads")
          public String handle(String event) {
            return event;
          }
        }
        """, "[SB026] @S3Trigger's bucket is the logical ID of a bucket of the same template, since SAM can"
            + " subscribe a function only to a bucket it creates; test.Bucket.handle has 'arn:aws:s3:::uploads'.",
        "@S3Trigger(");
  }

  @Test
  void badHttpRoute() {
    assertOneError("test.Route", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.HttpApiTrigger;

        public class Route {
          @LambdaHandler("route")
          @HttpApiTrigger(method = "get", path = "orders")
          public String handle(String event) {
            return event;
          }
        }
        """, "[SB027] @HttpApiTrigger's method is one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY,"
            + " and its path starts with '/'; test.Route.handle has method 'get' and path 'orders'.",
        "@HttpApiTrigger(");
  }

  @Test
  void badScheduleExpression() {
    assertOneError("test.Schedule", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.ScheduleTrigger;

        public class Schedule {
          @LambdaHandler("nightly")
          @ScheduleTrigger("every night")
          public void handle(String event) {}
        }
        """, "[SB028] @ScheduleTrigger takes an EventBridge schedule expression, 'rate(...)' or 'cron(...)';"
            + " test.Schedule.handle has 'every night'.", "@ScheduleTrigger(");
  }

  @Test
  void badBatchSetting() {
    assertOneError("test.Batch", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.deploy.KinesisTrigger;

        public class Batch {
          @LambdaHandler("clicks")
          @KinesisTrigger(stream = "Clicks", batchSize = 0)
          public void handle(String event) {}
        }
        """, "[SB029] @KinesisTrigger reads its source in batches of 1 to 10000 records (batchSize), waiting at"
            + " most 300 seconds for one to fill (batchingWindow, SQS), from startingPosition LATEST or TRIM_HORIZON"
            + " (streams); test.Batch.handle has batchSize 0.", "@KinesisTrigger(");
  }

  private static void assertOneError(String name, String text, String message, String line) {
    JavaFileObject source = source(name, text);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertNothingGenerated(source);
  }

  private static String read(Compilation compilation) {
    try {
      return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/switchboard/handlers.json")
          .orElseThrow().getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
