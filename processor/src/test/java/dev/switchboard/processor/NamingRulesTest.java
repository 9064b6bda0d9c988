package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The naming rules: SB010 (unique in a compilation, reported at both) and SB011 (1-128, no whitespace, no unpaired surrogate). */
class NamingRulesTest {

  @Test
  void duplicateNamesAcrossTwoClassesAreReportedAtBoth() {
    JavaFileObject orders = source("test.shop.Orders", """
        package test.shop;

        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class Orders {
          @LambdaHandler("orders")
          public Map<String, Object> place(Map<String, Object> event) {
            return event;
          }
        }
        """);
    JavaFileObject legacy = source("test.legacy.LegacyOrders", """
        package test.legacy;

        import dev.switchboard.LambdaHandler;

        public class LegacyOrders {
          public LegacyOrders() {}

          @LambdaHandler("orders")
          public static String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(orders, legacy);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB010] handler names must be unique in a compilation; 'orders' is the name of both"
            + " test.shop.Orders.place and test.legacy.LegacyOrders.handle. Give one of them another name with"
            + " @LambdaHandler(\"...\")")
        .inFile(orders).onLineContaining("@LambdaHandler(\"orders\")");
    assertThat(compilation)
        .hadErrorContaining("[SB010] handler names must be unique in a compilation; 'orders' is the name of both"
            + " test.legacy.LegacyOrders.handle and test.shop.Orders.place.")
        .inFile(legacy).onLineContaining("@LambdaHandler(\"orders\")");
    assertNothingGenerated(orders, legacy);
  }

  @Test
  void nameWithAnUnpairedSurrogateIsRejected() {
    // "\uD800" alone has no UTF-8 form: handlers.json would hold '?' and no invocation could name it.
    JavaFileObject source = source("test.Lone", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Lone {
          @LambdaHandler("lone-\\uD800-half")
          public static String handle(String event) {
            return event;
          }

          @LambdaHandler("paired-\\uD83D\\uDE00-emoji")
          public static String paired(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB011] a handler name is 1 to 128 characters with no whitespace and no unpaired"
            + " surrogate, as Lambda's handler setting is; test.Lone.handle is named \"lone-\\uD800-half\", which"
            + " contains the unpaired surrogate \\uD800 at index 5")
        .inFile(source).onLineContaining("@LambdaHandler(\"lone-");
    assertNothingGenerated(source);
  }

  @Test
  void overloadsShareTheDefaultName() {
    JavaFileObject source = source("test.Echo", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class Echo {
          @LambdaHandler public String handle(String event) {
            return event;
          }

          @LambdaHandler public Map<String, Object> handle(Map<String, Object> event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB010] handler names must be unique in a compilation; 'test.Echo::handle' is the"
            + " name of both test.Echo.handle and test.Echo.handle.")
        .inFile(source).onLineContaining("handle(String event)");
    assertThat(compilation)
        .hadErrorContaining("'test.Echo::handle' is the name of both")
        .inFile(source).onLineContaining("handle(Map<String, Object> event)");
    assertNothingGenerated(source);
  }

  @Test
  void explicitNameCanCollideWithDefaultName() {
    JavaFileObject echo = source("test.Echo", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Echo {
          @LambdaHandler
          public static String handle(String event) {
            return event;
          }
        }
        """);
    JavaFileObject impostor = source("test.Impostor", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Impostor {
          @LambdaHandler("test.Echo::handle")
          public static String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(echo, impostor);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("'test.Echo::handle' is the name of both test.Echo.handle and test.Impostor.handle")
        .inFile(echo).onLineContaining("@LambdaHandler");
    assertThat(compilation)
        .hadErrorContaining("'test.Echo::handle' is the name of both test.Impostor.handle and test.Echo.handle")
        .inFile(impostor).onLineContaining("@LambdaHandler(\"test.Echo::handle\")");
  }

  @Test
  void emptyName() {
    JavaFileObject source = source("test.Empty", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Empty {
          @LambdaHandler("")
          public static String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB011] a handler name is 1 to 128 characters with no whitespace and no unpaired surrogate, as Lambda's"
            + " handler setting is; test.Empty.handle is named \"\", which is empty. Choose a name such as"
            + " \"orders-create\"")
        .inFile(source).onLineContaining("@LambdaHandler(\"\")");
    assertNothingGenerated(source);
  }

  @Test
  void nameWithWhitespace() {
    JavaFileObject source = source("test.Spaced", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Spaced {
          @LambdaHandler("create order")
          public static String create(String event) {
            return event;
          }

          @LambdaHandler("tab\\there")
          public static String tab(String event) {
            return event;
          }

          @LambdaHandler(" padded")
          public static String padded(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[SB011]").inFile(source).onLineContaining("@LambdaHandler(\"create order\")");
    assertThat(compilation).hadErrorContaining(
        "test.Spaced.create is named \"create order\", which contains whitespace at index 6.");
    assertThat(compilation)
        .hadErrorContaining("test.Spaced.tab is named \"tab\there\", which contains whitespace at index 3.")
        .inFile(source).onLineContaining("@LambdaHandler(\"tab\\there\")");
    assertThat(compilation)
        .hadErrorContaining("test.Spaced.padded is named \" padded\", which contains whitespace at index 0.")
        .inFile(source).onLineContaining("@LambdaHandler(\" padded\")");
    assertNothingGenerated(source);
  }

  @Test
  void nameOf129CharactersIsTooLong() {
    String name = "a".repeat(129);
    JavaFileObject source = source("test.Long", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Long {
          @LambdaHandler("%s")
          public static String handle(String event) {
            return event;
          }
        }
        """.formatted(name));
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB011] a handler name is 1 to 128 characters with no whitespace and no unpaired surrogate, as Lambda's handler"
            + " setting is; test.Long.handle is named \"" + "a".repeat(40) + "...\", which is 129 characters long.")
        .inFile(source).onLineContaining("@LambdaHandler(\"aaaa");
    assertNothingGenerated(source);
  }

  @Test
  void defaultNameLongerThan128IsReported() {
    String className = "Handler" + "X".repeat(120);
    JavaFileObject source = source("test." + className, """
        package test;

        import dev.switchboard.LambdaHandler;

        public class %s {
          @LambdaHandler
          public static String handle(String event) {
            return event;
          }
        }
        """.formatted(className));
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("which is 140 characters long").inFile(source).onLineContaining("@LambdaHandler");
    assertThat(compilation).hadErrorContaining("[SB011]");
  }

  @Test
  void nameOf128CharactersIsAccepted() {
    String name = "b".repeat(127) + "1";
    JavaFileObject source = source("test.Longest", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Longest {
          @LambdaHandler("%s")
          public static String handle(String event) {
            return event;
          }
        }
        """.formatted(name));
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertThat(compilation)
        .generatedSourceFile("test.SwitchboardHandlers").contentsAsUtf8String().contains("case \"" + name + "\":");
  }
}
