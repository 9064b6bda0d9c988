package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerTable;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The table calls exactly the annotated method: of overloads that differ only in a primitive and its
 * box, each name reaches its own; a handler class whose simple name is one the table itself uses
 * ({@code Handler}) still compiles and runs; and so does one in a package whose first part is the name
 * of a parameter of the table ({@code in}).
 */
class OverloadDispatchTest {
  @Test
  void eachNameCallsTheOverloadThatWasAnnotated() throws Throwable {
    Compilation compilation = compile(
        source("test.over.Numbers", """
            package test.over;

            import dev.switchboard.LambdaHandler;

            public class Numbers {
              @LambdaHandler("m-int")
              public static String m(int value) {
                return "int " + value;
              }

              @LambdaHandler("m-boxed")
              public static String m(Integer value) {
                return "Integer " + value;
              }

              @LambdaHandler("m-long")
              public String m(long value) {
                return "long " + value;
              }
            }
            """),
        source("test.over.Handler", """
            package test.over;

            import dev.switchboard.Context;
            import dev.switchboard.LambdaHandler;
            import java.util.Map;

            public class Handler {
              @LambdaHandler("named-handler")
              public String handle(Map<String, Object> event, Context context) {
                return "handled " + event.get("k");
              }
            }
            """));
    assertCleanSuccess(compilation);

    withTable(compilation, table -> {
      assertThat(invoke(table.create("m-int"), "7")).isEqualTo("\"int 7\"");
      assertThat(invoke(table.create("m-boxed"), "7")).isEqualTo("\"Integer 7\"");
      assertThat(invoke(table.create("m-boxed"), "null")).isEqualTo("\"Integer null\"");
      assertThat(invoke(table.create("m-long"), "7")).isEqualTo("\"long 7\"");
      assertThat(invoke(table.create("named-handler"), "{\"k\": 1}")).isEqualTo("\"handled 1\"");
    });
  }

  @Test
  void aPackageNamedLikeAParameterStillCompiles() throws Throwable {
    // Two classes named Handler make the table write their full names, in.acme.orders.Handler, where a
    // parameter named `in` would hide the package `in`.
    Compilation compilation = compile(
        source("in.acme.orders.Handler", """
            package in.acme.orders;

            import dev.switchboard.LambdaHandler;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.OutputStream;

            public class Handler {
              @LambdaHandler("orders-copy")
              public static void copy(InputStream in, OutputStream out) throws IOException {
                in.transferTo(out);
              }
            }
            """),
        source("in.acme.billing.Handler", """
            package in.acme.billing;

            import dev.switchboard.LambdaHandler;

            public class Handler {
              @LambdaHandler("billing-echo")
              public static String echo(String event) {
                return "billing " + event;
              }
            }
            """));
    assertCleanSuccess(compilation);
    String source = compilation.generatedSourceFile("in.acme.SwitchboardHandlers").orElseThrow()
        .getCharContent(false).toString();
    assertThat(source).contains("in.acme.orders.Handler.copy(in_, out);");

    withTable(compilation, table -> {
      assertThat(invoke(table.create("orders-copy"), "{\"raw\": true}")).isEqualTo("{\"raw\": true}");
      assertThat(invoke(table.create("billing-echo"), "\"x\"")).isEqualTo("\"billing x\"");
    });
  }

  /** What a test does with the compilation's table. */
  private interface TableCheck {
    void check(HandlerTable table) throws Throwable;
  }

  /** Loads the compilation's classes in a fresh class loader and runs {@code check} on its table. */
  private void withTable(Compilation compilation, TableCheck check) throws Throwable {
    Path classes = Files.createTempDirectory("switchboard-dispatch");
    try {
      Compile.writeClassOutput(compilation, classes);
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
        check.check(ServiceLoader.load(HandlerTable.class, loader).stream()
            .map(ServiceLoader.Provider::get)
            .filter(t -> t.getClass().getClassLoader() == loader)
            .findFirst()
            .orElseThrow());
      }
    } finally {
      Compile.deleteTree(classes);
    }
  }

  private static String invoke(Handler handler, String event) throws Throwable {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.invoke(event.getBytes(StandardCharsets.UTF_8), null, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
