package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Handlers written for AWS's Java runtime (aws-lambda-java-core): AWS's Context accepted by SB002, SB003
 * and SB016; {@code @LambdaHandler} on a {@code RequestHandler} or {@code RequestStreamHandler} class,
 * and its rules SB030 (not such a class), SB031 (class and method both annotated) and SB032 (both
 * interfaces).
 */
class AwsHandlerRulesTest {
  private static final String TABLE = "test/SwitchboardHandlers.java";

  @Test
  void methodTakingAwsContextCompilesAndGetsTheAdapter() throws IOException {
    JavaFileObject source = source("test.Ported", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import dev.switchboard.LambdaHandler;
        import java.io.InputStream;
        import java.io.OutputStream;

        public class Ported {
          @LambdaHandler("ported")
          public String handle(String event, Context context) {
            return event + context.getAwsRequestId();
          }

          @LambdaHandler("ported-stream")
          public static void stream(InputStream in, OutputStream out, Context context) {}
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    String table = generated(compilation, TABLE);
    assertThat(table).contains("return ((Ported) target).handle((String) event, AwsContext.of(context));");
    assertThat(table).contains("Ported.stream(in, out, AwsContext.of(context));");
    assertThat(table).contains("import dev.switchboard.internal.AwsContext;");
    // Not RequestHandler classes: no class name stands for them.
    assertThat(table).doesNotContain("classAliases");
  }

  @Test
  void secondParameterNamesBothContexts() {
    JavaFileObject source = source("test.NotContext", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class NotContext {
          @LambdaHandler("two")
          public String handle(String event, Object context) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB002] the second parameter of a @LambdaHandler method must be a Context,"
            + " dev.switchboard.Context or AWS's com.amazonaws.services.lambda.runtime.Context;"
            + " test.NotContext.handle has java.lang.Object")
        .inFile(source).onLineContaining("@LambdaHandler(\"two\")");
    assertNothingGenerated(source);
  }

  @Test
  void awsContextFirstIsSb016() {
    JavaFileObject source = source("test.Swapped", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import dev.switchboard.LambdaHandler;

        public class Swapped {
          @LambdaHandler("swapped")
          public String handle(Context context, String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB016] the Context parameter of a @LambdaHandler method (dev.switchboard.Context"
            + " or AWS's com.amazonaws.services.lambda.runtime.Context) comes after the event;"
            + " test.Swapped.handle takes (com.amazonaws.services.lambda.runtime.Context, java.lang.String)."
            + " Swap them: (java.lang.String event, Context context)")
        .inFile(source).onLineContaining("@LambdaHandler(\"swapped\")");
    assertNothingGenerated(source);
  }

  @Test
  void streamWithWrongThirdParameterNamesBothContexts() {
    JavaFileObject source = source("test.BadStream", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.io.InputStream;
        import java.io.OutputStream;

        public class BadStream {
          @LambdaHandler("bad-stream")
          public void handle(InputStream in, OutputStream out, Object context) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB003] a stream @LambdaHandler method takes (InputStream, OutputStream) or"
            + " (InputStream, OutputStream, Context) exactly, the Context being dev.switchboard.Context or"
            + " AWS's com.amazonaws.services.lambda.runtime.Context; test.BadStream.handle has"
            + " (java.io.InputStream, java.io.OutputStream, java.lang.Object)")
        .inFile(source).onLineContaining("@LambdaHandler(\"bad-stream\")");
    assertNothingGenerated(source);
  }

  @Test
  void annotatedRequestHandlerClass() throws IOException {
    JavaFileObject source = source("test.Migrated", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestHandler;
        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        @LambdaHandler
        public class Migrated implements RequestHandler<Map<String, Object>, String> {
          @Override
          public String handleRequest(Map<String, Object> event, Context context) {
            return "Hello " + event.get("name");
          }

          public String handleRequest(String other) {
            return other;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    String table = generated(compilation, TABLE);
    assertThat(table).contains("\"test.Migrated::handleRequest\",");
    assertThat(table).contains(
        "return ((Migrated) target).handleRequest((Map<String, Object>) event, AwsContext.of(context));");
    assertThat(table).contains("private static final String[] CLASS_ALIASES = {\n    \"test.Migrated\",\n  };");
    assertThat(table).contains("public String[] classAliases() {\n    return CLASS_ALIASES.clone();");
  }

  @Test
  void annotatedStreamHandlerClassInheritingFromAGenericBase() throws IOException {
    JavaFileObject base = source("test.base.JsonHandler", """
        package test.base;

        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestHandler;

        public abstract class JsonHandler<T> implements RequestHandler<T, String> {
          @Override
          public String handleRequest(T event, Context context) {
            return handle(event);
          }

          protected abstract String handle(T event);
        }
        """);
    JavaFileObject orders = source("test.OrderHandler", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.List;
        import test.base.JsonHandler;

        @LambdaHandler
        public class OrderHandler extends JsonHandler<List<Integer>> {
          @Override
          protected String handle(List<Integer> event) {
            return "items " + event.size();
          }
        }
        """);
    JavaFileObject stream = source("test.Bytes", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
        import dev.switchboard.LambdaHandler;
        import java.io.IOException;
        import java.io.InputStream;
        import java.io.OutputStream;

        @LambdaHandler("bytes")
        public class Bytes implements RequestStreamHandler {
          @Override
          public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
            in.transferTo(out);
          }
        }
        """);
    Compilation compilation = compile(base, orders, stream);
    assertCleanSuccess(compilation);
    String table = generated(compilation, TABLE);
    // The event type comes through the hierarchy: JsonHandler<T>'s T is List<Integer>.
    assertThat(table).contains("((OrderHandler) target).handleRequest((List<Integer>) event, AwsContext.of(context))");
    assertThat(table).contains("\"test.OrderHandler::handleRequest\",");
    assertThat(table).contains("((Bytes) target).handleRequest(in, out, AwsContext.of(context));");
    // An explicit name gets no alias: only test.OrderHandler stands for its handler.
    assertThat(table).contains("CLASS_ALIASES = {\n    \"test.OrderHandler\",\n  };");
  }

  @Test
  void classThatIsNotARequestHandlerIsSb030() {
    JavaFileObject source = source("test.Plain", """
        package test;

        import dev.switchboard.LambdaHandler;

        @LambdaHandler
        public class Plain {
          public String handleRequest(String event) {
            return event;
          }
        }
        """);
    JavaFileObject iface = source("test.Marker", """
        package test;

        import com.amazonaws.services.lambda.runtime.RequestHandler;
        import dev.switchboard.LambdaHandler;

        @LambdaHandler("marker")
        public interface Marker extends RequestHandler<String, String> {}
        """);
    Compilation compilation = compile(source, iface);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB030] @LambdaHandler on a class marks the handleRequest method of a class that"
            + " implements AWS's com.amazonaws.services.lambda.runtime.RequestHandler or"
            + " RequestStreamHandler; test.Plain implements neither. Implement one of those interfaces, or"
            + " put @LambdaHandler on the handler method instead of the class")
        .inFile(source).onLineContaining("@LambdaHandler");
    assertThat(compilation)
        .hadErrorContaining("[SB030]").inFile(iface).onLineContaining("@LambdaHandler(\"marker\")");
    assertThat(compilation).hadErrorContaining("test.Marker is an interface, not a class");
    assertNothingGenerated(source, iface);
  }

  @Test
  void classAndMethodBothAnnotatedIsSb031() {
    JavaFileObject source = source("test.Twice", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestHandler;
        import dev.switchboard.LambdaHandler;

        @LambdaHandler("twice-class")
        public class Twice implements RequestHandler<String, String> {
          @Override
          @LambdaHandler("twice-method")
          public String handleRequest(String event, Context context) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB031] @LambdaHandler goes on a RequestHandler class or on its handleRequest"
            + " method, not on both, since both mark the same method; test.Twice has it on the class and on"
            + " test.Twice.handleRequest. Remove one of them")
        .inFile(source).onLineContaining("@LambdaHandler(\"twice-class\")");
    assertNothingGenerated(source);
  }

  @Test
  void classImplementingBothInterfacesIsSb032() {
    JavaFileObject source = source("test.Both", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestHandler;
        import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
        import dev.switchboard.LambdaHandler;
        import java.io.InputStream;
        import java.io.OutputStream;

        @LambdaHandler
        public class Both implements RequestHandler<String, String>, RequestStreamHandler {
          @Override
          public String handleRequest(String event, Context context) {
            return event;
          }

          @Override
          public void handleRequest(InputStream in, OutputStream out, Context context) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB032] @LambdaHandler on a class marks its one handleRequest method, so the class"
            + " must implement either RequestHandler or RequestStreamHandler; test.Both implements both")
        .inFile(source).onLineContaining("@LambdaHandler");
    assertNothingGenerated(source);
  }

  @Test
  void rulesOfAnInheritedHandleRequestAreReportedOnTheClass() {
    JavaFileObject source = source("test.NoDefault", """
        package test;

        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestHandler;
        import dev.switchboard.LambdaHandler;

        @LambdaHandler
        public class NoDefault implements RequestHandler<Runnable, String> {
          public NoDefault(String config) {}

          @Override
          public String handleRequest(Runnable event, Context context) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler");
    assertThat(compilation)
        .hadErrorContaining("[SB007] an instance @LambdaHandler method needs a class the runtime can create"
            + " with 'new'; test.NoDefault.handleRequest is an instance method and test.NoDefault has no"
            + " no-argument constructor")
        .inFile(source).onLineContaining("@LambdaHandler");
    assertNothingGenerated(source);
  }

  private static String generated(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow()
        .getCharContent(false).toString();
  }
}
