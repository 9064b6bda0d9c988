package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The streaming forms: SB040 (parameters), SB041 (void), SB009 (event type) for streaming handlers. */
class StreamingRulesTest {

  @Test
  void everyStreamingFormCompilesCleanly() {
    JavaFileObject source = source("test.Streams", """
        package test;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;
        import java.io.InputStream;
        import java.util.List;
        import java.util.Map;

        public class Streams {
          public record Query(String text, List<String> tags) {}

          @LambdaHandler("typed")
          public void typed(Query event, ResponseStream out) {}

          @LambdaHandler("typed-context")
          public static void typedContext(Map<String, Object> event, ResponseStream out, Context context) {}

          @LambdaHandler("raw")
          public void raw(InputStream in, ResponseStream out) {}

          @LambdaHandler("raw-aws-context")
          public void rawAws(InputStream in, ResponseStream out, com.amazonaws.services.lambda.runtime.Context c) {}
        }
        """);
    assertCleanSuccess(compile(source));
  }

  @Test
  void streamFirst() {
    JavaFileObject source = source("test.StreamFirst", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;
        import java.util.Map;

        public class StreamFirst {
          @LambdaHandler("swapped")
          public void handle(ResponseStream out, Map<String, Object> event) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB040] a streaming @LambdaHandler method takes (event, ResponseStream) or"
            + " (event, ResponseStream, Context)")
        .inFile(source).onLineContaining("@LambdaHandler(\"swapped\")");
    assertThat(compilation).hadErrorContaining(
        "test.StreamFirst.handle has (dev.switchboard.ResponseStream,"
            + " java.util.Map<java.lang.String,java.lang.Object>). Declare the parameters in that order");
    assertNothingGenerated(source);
  }

  @Test
  void streamAlone() {
    JavaFileObject source = source("test.StreamAlone", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;

        public class StreamAlone {
          @LambdaHandler("alone")
          public void handle(ResponseStream out) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB040]").inFile(source).onLineContaining("@LambdaHandler(\"alone\")");
    assertThat(compilation).hadErrorContaining("test.StreamAlone.handle has (dev.switchboard.ResponseStream)");
    assertNothingGenerated(source);
  }

  @Test
  void thirdParameterNotContext() {
    JavaFileObject source = source("test.Extra", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;

        public class Extra {
          @LambdaHandler("extra")
          public void handle(String event, ResponseStream out, String more) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB040]").inFile(source).onLineContaining("@LambdaHandler(\"extra\")");
    assertThat(compilation).hadErrorContaining(
        "test.Extra.handle has (java.lang.String, dev.switchboard.ResponseStream, java.lang.String)");
    assertNothingGenerated(source);
  }

  @Test
  void aSubclassOfResponseStream() {
    JavaFileObject stream = source("test.MyStream", """
        package test;

        import dev.switchboard.ResponseStream;

        public abstract class MyStream extends ResponseStream {}
        """);
    JavaFileObject source = source("test.Sub", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Sub {
          @LambdaHandler("sub")
          public void handle(String event, MyStream out) {}
        }
        """);
    Compilation compilation = compile(stream, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB040]").inFile(source).onLineContaining("@LambdaHandler(\"sub\")");
    assertThat(compilation).hadErrorContaining("test.Sub.handle has (java.lang.String, test.MyStream)");
  }

  @Test
  void outputStreamAsTheEvent() {
    JavaFileObject source = source("test.Both", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;
        import java.io.OutputStream;

        public class Both {
          @LambdaHandler("both")
          public void handle(OutputStream in, ResponseStream out) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB040]").inFile(source).onLineContaining("@LambdaHandler(\"both\")");
  }

  @Test
  void returnsAValue() {
    JavaFileObject source = source("test.Returns", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;

        public class Returns {
          @LambdaHandler("returns")
          public String handle(String event, ResponseStream out) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB041] a streaming @LambdaHandler method's response is what it writes to its"
            + " ResponseStream, so it returns void; test.Returns.handle returns java.lang.String. Declare it"
            + " void and write the result to the stream")
        .inFile(source).onLineContaining("@LambdaHandler(\"returns\")");
    assertNothingGenerated(source);
  }

  @Test
  void unbindableEvent() {
    JavaFileObject source = source("test.Unbindable", """
        package test;

        import dev.switchboard.LambdaHandler;
        import dev.switchboard.ResponseStream;
        import java.util.List;

        public class Unbindable {
          @LambdaHandler("unbindable")
          public void handle(Runnable event, ResponseStream out) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"unbindable\")");
    assertThat(compilation).hadErrorContaining("test.Unbindable.handle takes java.lang.Runnable");
  }
}
