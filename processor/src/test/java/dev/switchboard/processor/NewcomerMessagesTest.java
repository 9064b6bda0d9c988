package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Messages as a newcomer meets them (issue 11): each says what is wrong and the fix that applies to
 * the case at hand, all reasons at once, in the order of the source.
 */
class NewcomerMessagesTest {

  @Test
  void sb003OnAStringThirdParameterSaysTheThirdMustBeTheContext() {
    JavaFileObject source = source("test.Streams", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.io.InputStream;
        import java.io.OutputStream;

        public class Streams {
          @LambdaHandler("in-out-string")
          public void inOutString(InputStream in, OutputStream out, String context) {}
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB003] a stream @LambdaHandler method takes (InputStream, OutputStream) or"
            + " (InputStream, OutputStream, Context) exactly, the Context being dev.switchboard.Context or"
            + " AWS's com.amazonaws.services.lambda.runtime.Context; test.Streams.inOutString has"
            + " (java.io.InputStream, java.io.OutputStream, java.lang.String). Its first two parameters are"
            + " right; the third must be the Context, not java.lang.String: declare it as 'Context context'"
            + " (either one), or remove it")
        .inFile(source).onLineContaining("@LambdaHandler(\"in-out-string\")");
    assertNothingGenerated(source);
  }

  @Test
  void sb013ReportsEveryReasonAtOnce() {
    JavaFileObject hidden = source("com.acme.shop.billing.Invoices", """
        package com.acme.shop.billing;

        import dev.switchboard.LambdaHandler;

        class Invoices {
          Invoices() {}

          @LambdaHandler("invoices")
          String send(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(List.of("-Aswitchboard.package=com.acme.shop"), hidden);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB013] the dispatch table is generated in package com.acme.shop and calls handlers"
            + " directly, so a handler in another package must be public, in public classes;"
            + " com.acme.shop.billing.Invoices.send is not (the method is not public; the class"
            + " com.acme.shop.billing.Invoices is not public; its no-argument constructor is not public)."
            + " Make the method, the class Invoices and the constructor public, or set -Aswitchboard.package"
            + " to the handler's package")
        .inFile(hidden).onLineContaining("@LambdaHandler(\"invoices\")");
    assertNothingGenerated(List.of("-Aswitchboard.package=com.acme.shop"), hidden);
  }

  @Test
  void errorsOfAFileAreReportedInSourceOrder() {
    // SB013 is found after validation (SB001, SB009), though its handler comes first in the file.
    JavaFileObject source = source("com.acme.shop.orders.Orders", """
        package com.acme.shop.orders;

        import dev.switchboard.LambdaHandler;
        import java.util.function.Supplier;

        public class Orders {
          @LambdaHandler("hidden")
          static String hidden(String event) {
            return event;
          }

          @LambdaHandler("no-parameters")
          public static String none() {
            return "x";
          }

          @LambdaHandler("supplier")
          public static String supplier(Supplier<String> event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(List.of("-Aswitchboard.package=com.acme.shop"), source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[SB013]").inFile(source).onLineContaining("@LambdaHandler(\"hidden\")");
    assertThat(compilation).hadErrorContaining("[SB001]").inFile(source).onLineContaining("@LambdaHandler(\"no-parameters\")");
    assertThat(compilation).hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"supplier\")");
    List<Long> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      lines.add(error.getLineNumber());
    }
    assertThat(lines).isInStrictOrder();
  }

  @Test
  void sb009OnASealedInterfaceSaysWhatIsSupportedInstead() {
    JavaFileObject source = source("test.Shapes", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Shapes {
          public sealed interface Shape permits Circle, Square {}

          public record Circle(double radius) implements Shape {}

          public record Square(double side) implements Shape {}

          @LambdaHandler("area")
          public static double area(Shape shape) {
            return 0;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB009] the event type of a @LambdaHandler method must be a type JSON can be"
            + " bound to; test.Shapes.area takes test.Shapes.Shape, and test.Shapes.Shape is a sealed"
            + " interface, a polymorphic type, which JSON binding would have to choose an implementation of."
            + " Switchboard binds no polymorphic event (neither sealed types nor @JsonTypeInfo/@JsonSubTypes)."
            + " Instead, give each concrete type a handler of its own that takes that record or class; or take"
            + " JsonNode (or Map<String, Object>), read the type property, and build the concrete type from it")
        .inFile(source).onLineContaining("@LambdaHandler(\"area\")");
    assertNothingGenerated(source);
  }

  @Test
  void sb009OnAJsonTypeInfoInterfaceSaysWhatIsSupportedInstead() {
    JavaFileObject source = source("test.Events", """
        package test;

        import com.fasterxml.jackson.annotation.JsonSubTypes;
        import com.fasterxml.jackson.annotation.JsonTypeInfo;
        import dev.switchboard.LambdaHandler;

        public class Events {
          @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
          @JsonSubTypes({@JsonSubTypes.Type(value = Created.class, name = "created")})
          public interface Event {}

          public record Created(String id) implements Event {}

          @LambdaHandler("events")
          public static String handle(Event event) {
            return "x";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("test.Events.Event is a polymorphic type (@JsonTypeInfo), which JSON binding would"
            + " have to choose an implementation of. Switchboard binds no polymorphic event")
        .inFile(source).onLineContaining("@LambdaHandler(\"events\")");
    assertNothingGenerated(source);
  }
}
