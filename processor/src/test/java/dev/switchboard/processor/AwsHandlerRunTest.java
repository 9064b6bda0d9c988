package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import dev.switchboard.ClientContext;
import dev.switchboard.CognitoIdentity;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.HandlerTable;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.PrintStreamLogger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The table of handlers written for AWS's Java runtime runs: a {@code RequestHandler} class marked on
 * the class, one that inherits {@code handleRequest} from a generic base, and a
 * {@code RequestStreamHandler} get AWS's Context with the invocation's values, and the registry takes
 * the class name for a {@code Class::handleRequest} handler.
 */
class AwsHandlerRunTest {
  private static final JavaFileObject MIGRATED = Compile.source("test.Migrated", """
      package test;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.LambdaLogger;
      import com.amazonaws.services.lambda.runtime.RequestHandler;
      import com.amazonaws.services.lambda.runtime.logging.LogLevel;
      import dev.switchboard.LambdaHandler;
      import java.util.Map;

      @LambdaHandler
      public class Migrated implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
          LambdaLogger logger = context.getLogger();
          logger.log("migrated " + event.get("name"), LogLevel.WARN);
          return String.join("|", context.getAwsRequestId(), context.getFunctionName(),
              context.getFunctionVersion(), context.getInvokedFunctionArn(), context.getLogGroupName(),
              context.getLogStreamName(), String.valueOf(context.getMemoryLimitInMB()),
              String.valueOf(context.getRemainingTimeInMillis() > 0), context.getXrayTraceId(),
              context.getTenantId(), context.getIdentity().getIdentityId(),
              context.getClientContext().getCustom().get("k"));
        }
      }
      """);
  private static final JavaFileObject BASE = Compile.source("test.Base", """
      package test;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestHandler;

      public abstract class Base<T> implements RequestHandler<T, Integer> {
        @Override
        public Integer handleRequest(T event, Context context) {
          return size(event);
        }

        protected abstract int size(T event);
      }
      """);
  private static final JavaFileObject SIZED = Compile.source("test.Sized", """
      package test;

      import dev.switchboard.LambdaHandler;
      import java.util.List;

      @LambdaHandler
      public class Sized extends Base<List<String>> {
        @Override
        protected int size(List<String> event) {
          return event.size();
        }
      }
      """);
  private static final JavaFileObject UPPER = Compile.source("test.Upper", """
      package test;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
      import dev.switchboard.LambdaHandler;
      import java.io.IOException;
      import java.io.InputStream;
      import java.io.OutputStream;
      import java.nio.charset.StandardCharsets;

      @LambdaHandler
      public class Upper implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase();
          out.write((text + context.getAwsRequestId()).getBytes(StandardCharsets.UTF_8));
        }
      }
      """);

  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  @Test
  void awsHandlersServeWithTheInvocationsContext() throws Throwable {
    Compilation compilation = Compile.compile(MIGRATED, BASE, SIZED, UPPER);
    Compile.assertCleanSuccess(compilation);
    Path classes = Files.createTempDirectory("switchboard-aws");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Compile.writeClassOutput(compilation, classes);
      HandlerTable table = null;
      for (HandlerTable t : ServiceLoader.load(HandlerTable.class, loader)) {
        if (t.getClass().getClassLoader() == loader) {
          table = t;
        }
      }
      assertThat(table.names()).asList().containsExactly(
          "test.Migrated::handleRequest", "test.Sized::handleRequest", "test.Upper::handleRequest").inOrder();
      assertThat(table.classAliases()).asList().containsExactly("test.Migrated", "test.Sized", "test.Upper")
          .inOrder();

      assertThat(invoke(table.create("test.Migrated::handleRequest"), "{\"name\":\"Ada\"}")).isEqualTo(
          "\"request-1|shop|7|arn:aws:lambda:us-east-1:123456789012:function:shop:live|/aws/lambda/shop"
              + "|2026/01/01/[7]abc|256|true|Root=1-abc|tenant-a|identity-1|v\"");
      assertThat(logs.toString(UTF_8)).isEqualTo("[WARN] migrated Ada\n");
      assertThat(invoke(table.create("test.Sized::handleRequest"), "[\"a\",\"b\",\"c\"]")).isEqualTo("3");
      assertThat(invoke(table.create("test.Upper::handleRequest"), "abc")).isEqualTo("ABCrequest-1");

      // The class's name stands for its handler, looked up without loading any class.
      HandlerRegistry registry = HandlerRegistry.of(List.of(table));
      assertThat(registry.resolve("test.Sized")).isEqualTo("test.Sized::handleRequest");
      assertThat(registry.resolve("test.Nope")).isEqualTo("test.Nope");
      assertThat(registry.handler("test.Sized").name()).isEqualTo("test.Sized::handleRequest");
      assertThat(registry.handler("test.Sized")).isSameInstanceAs(registry.handler("test.Sized::handleRequest"));
    } finally {
      Compile.deleteTree(classes);
    }
  }

  private String invoke(Handler handler, String event) throws Throwable {
    CognitoIdentity identity = new CognitoIdentity() {
      @Override
      public String getIdentityId() {
        return "identity-1";
      }

      @Override
      public String getIdentityPoolId() {
        return "pool-1";
      }
    };
    ClientContext client = new ClientContext() {
      @Override
      public dev.switchboard.Client getClient() {
        return null;
      }

      @Override
      public Map<String, String> getCustom() {
        return Map.of("k", "v");
      }

      @Override
      public Map<String, String> getEnvironment() {
        return Map.of();
      }
    };
    InvocationContext context = new InvocationContext(
        "request-1",
        new FunctionInfo("shop", "7", 256, "/aws/lambda/shop", "2026/01/01/[7]abc"),
        "arn:aws:lambda:us-east-1:123456789012:function:shop:live",
        System.currentTimeMillis() + 3_000,
        "Root=1-abc",
        "tenant-a",
        identity,
        client,
        new PrintStreamLogger(new PrintStream(logs, true, UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.invoke(event.getBytes(UTF_8), context, out);
    return out.toString(UTF_8);
  }
}
