package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The parameter rules: SB001 (count), SB016 (order), SB002 (Context second), SB003 (streams), SB009 (event type). */
class SignatureRulesTest {

  @Test
  void noParameters() {
    JavaFileObject source = source("test.NoParams", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class NoParams {
          @LambdaHandler("none")
          public String handle() {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB001] a @LambdaHandler method takes (event), (event, Context)")
        .inFile(source).onLineContaining("@LambdaHandler(\"none\")");
    assertThat(compilation).hadErrorContaining("test.NoParams.handle has parameters ()");
    assertThat(compilation).hadErrorContaining("Change the parameters to one of those forms");
    assertNothingGenerated(source);
  }

  @Test
  void tooManyParameters() {
    JavaFileObject source = source("test.Three", """
        package test;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class Three {
          @LambdaHandler("three")
          public String handle(Map<String, Object> event, Context context, String extra) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB001]").inFile(source).onLineContaining("@LambdaHandler(\"three\")");
    assertThat(compilation).hadErrorContaining(
        "test.Three.handle has parameters (java.util.Map<java.lang.String,java.lang.Object>,"
            + " dev.switchboard.Context, java.lang.String)");
    assertNothingGenerated(source);
  }

  @Test
  void contextFirst() {
    JavaFileObject source = source("test.ContextFirst", """
        package test;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class ContextFirst {
          @LambdaHandler("swapped")
          public String handle(Context context, Map<String, Object> event) {
            return "x";
          }

          @LambdaHandler("context-only")
          public String contextOnly(Context context) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB016] the Context parameter of a @LambdaHandler method (dev.switchboard.Context"
            + " or AWS's com.amazonaws.services.lambda.runtime.Context) comes after the event;"
            + " test.ContextFirst.handle takes (dev.switchboard.Context,"
            + " java.util.Map<java.lang.String,java.lang.Object>). Swap them:"
            + " (java.util.Map<java.lang.String,java.lang.Object> event, Context context)")
        .inFile(source).onLineContaining("@LambdaHandler(\"swapped\")");
    assertThat(compilation)
        .hadErrorContaining("[SB001] a @LambdaHandler method takes (event), (event, Context), (InputStream,"
            + " OutputStream) or (InputStream, OutputStream, Context); test.ContextFirst.contextOnly has"
            + " parameters (dev.switchboard.Context)")
        .inFile(source).onLineContaining("@LambdaHandler(\"context-only\")");
    assertNothingGenerated(source);
  }

  @Test
  void secondParameterNotContext() {
    JavaFileObject source = source("test.NotContext", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class NotContext {
          @LambdaHandler("two")
          public String handle(Map<String, Object> event, String context) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB002] the second parameter of a @LambdaHandler method must be a Context,"
            + " dev.switchboard.Context or AWS's com.amazonaws.services.lambda.runtime.Context;"
            + " test.NotContext.handle has java.lang.String. Declare it as 'Context context' (either one),"
            + " or take the event alone")
        .inFile(source).onLineContaining("@LambdaHandler(\"two\")");
    assertNothingGenerated(source);
  }

  @Test
  void streamFormsWithWrongTypes() {
    JavaFileObject source = source("test.Streams", """
        package test;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.io.InputStream;
        import java.io.OutputStream;
        import java.io.Writer;

        public class Streams {
          @LambdaHandler("in-writer")
          public void inWriter(InputStream in, Writer out) {}

          @LambdaHandler("in-out-string")
          public void inOutString(InputStream in, OutputStream out, String context) {}

          @LambdaHandler("out-in")
          public void outIn(OutputStream out, InputStream in) {}

          @LambdaHandler("in-only")
          public void inOnly(InputStream in) {}

          @LambdaHandler("four")
          public void four(InputStream in, OutputStream out, Context context, String extra) {}

          @LambdaHandler("event-out")
          public void eventOut(String event, OutputStream out) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(6);
    assertThat(compilation)
        .hadErrorContaining("[SB003] a stream @LambdaHandler method takes (InputStream, OutputStream) or"
            + " (InputStream, OutputStream, Context) exactly, the Context being dev.switchboard.Context or"
            + " AWS's com.amazonaws.services.lambda.runtime.Context; test.Streams.inWriter has"
            + " (java.io.InputStream, java.io.Writer). Declare the parameters as java.io.InputStream,"
            + " java.io.OutputStream and, if it takes one, either Context")
        .inFile(source).onLineContaining("@LambdaHandler(\"in-writer\")");
    assertThat(compilation)
        .hadErrorContaining("[SB003]").inFile(source).onLineContaining("@LambdaHandler(\"in-out-string\")");
    assertThat(compilation).hadErrorContaining(
        "test.Streams.inOutString has (java.io.InputStream, java.io.OutputStream, java.lang.String)");
    assertThat(compilation)
        .hadErrorContaining("test.Streams.outIn has (java.io.OutputStream, java.io.InputStream)")
        .inFile(source).onLineContaining("@LambdaHandler(\"out-in\")");
    assertThat(compilation)
        .hadErrorContaining("test.Streams.inOnly has (java.io.InputStream)")
        .inFile(source).onLineContaining("@LambdaHandler(\"in-only\")");
    assertThat(compilation)
        .hadErrorContaining("test.Streams.four has (java.io.InputStream, java.io.OutputStream,"
            + " dev.switchboard.Context, java.lang.String)")
        .inFile(source).onLineContaining("@LambdaHandler(\"four\")");
    assertThat(compilation)
        .hadErrorContaining("test.Streams.eventOut has (java.lang.String, java.io.OutputStream)")
        .inFile(source).onLineContaining("@LambdaHandler(\"event-out\")");
    assertNothingGenerated(source);
  }

  @Test
  void eventTypeVariableOfGenericClass() {
    JavaFileObject source = source("test.Generic", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Generic<T> {
          @LambdaHandler("type-variable")
          public String handle(T event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[SB009] the event type of a @LambdaHandler method must be a type JSON can be"
            + " bound to; test.Generic.handle takes T, and T is a type variable, which is erased at run time.")
        .inFile(source).onLineContaining("@LambdaHandler(\"type-variable\")");
    assertThat(compilation).hadErrorContaining(
        "Use a concrete class or record, Object, Map<String, Object>, List<...>, String, a boxed number or JsonNode");
    assertNothingGenerated(source);
  }

  @Test
  void eventTypeVariableInsideTypeArgument() {
    JavaFileObject source = source("test.Nested", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.List;
        import java.util.Map;

        public class Nested<T> {
          @LambdaHandler("nested-variable")
          public String handle(Map<String, List<T>> event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"nested-variable\")");
    assertThat(compilation).hadErrorContaining("test.Nested.handle takes"
        + " java.util.Map<java.lang.String,java.util.List<T>>, and T is a type variable");
    assertNothingGenerated(source);
  }

  @Test
  void eventWithSuperWildcard() {
    JavaFileObject source = source("test.Wildcard", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.List;

        public class Wildcard {
          @LambdaHandler("super-wildcard")
          public static String handle(List<? super Integer> event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"super-wildcard\")");
    assertThat(compilation).hadErrorContaining(
        "test.Wildcard.handle takes java.util.List<? super java.lang.Integer>, and it contains the wildcard"
            + " ? super java.lang.Integer");
    assertThat(compilation).hadErrorContaining(
        "a type argument may be a type, '?' or '? extends T', never '? super T'");
    assertNothingGenerated(source);
  }

  @Test
  void eventWithWildcardBoundedByInterface() {
    JavaFileObject source = source("test.Bounded", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.List;

        public class Bounded {
          @LambdaHandler("runnables")
          public static String handle(List<? extends Runnable> event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"runnables\")");
    assertThat(compilation).hadErrorContaining("java.lang.Runnable is an interface");
  }

  @Test
  void eventInterfaceOutsideNaturalList() {
    JavaFileObject source = source("test.Shapes", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.Deque;
        import java.util.List;

        public class Shapes {
          public interface Shape {}

          public abstract static class Polygon {
            public int sides;
          }

          @LambdaHandler("interface")
          public static String shape(Shape event) {
            return "x";
          }

          @LambdaHandler("abstract")
          public static String polygon(Polygon event) {
            return "x";
          }

          @LambdaHandler("jdk-interface")
          public static String deque(Deque<String> event) {
            return "x";
          }

          @LambdaHandler("in-list")
          public static String inList(List<Polygon> event) {
            return "x";
          }

          @LambdaHandler("array")
          public static String array(Shape[] event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation)
        .hadErrorContaining("test.Shapes.shape takes test.Shapes.Shape, and test.Shapes.Shape is an interface,"
            + " and JSON binding cannot choose an implementation")
        .inFile(source).onLineContaining("@LambdaHandler(\"interface\")");
    assertThat(compilation)
        .hadErrorContaining("test.Shapes.polygon takes test.Shapes.Polygon, and test.Shapes.Polygon is abstract,"
            + " and JSON binding cannot choose a subclass")
        .inFile(source).onLineContaining("@LambdaHandler(\"abstract\")");
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"jdk-interface\")");
    assertThat(compilation).hadErrorContaining("java.util.Deque is an interface");
    assertThat(compilation)
        .hadErrorContaining("test.Shapes.inList takes java.util.List<test.Shapes.Polygon>, and"
            + " test.Shapes.Polygon is abstract")
        .inFile(source).onLineContaining("@LambdaHandler(\"in-list\")");
    assertThat(compilation)
        .hadErrorContaining("test.Shapes.array takes test.Shapes.Shape[], and test.Shapes.Shape is an interface")
        .inFile(source).onLineContaining("@LambdaHandler(\"array\")");
    assertNothingGenerated(source);
  }
}
