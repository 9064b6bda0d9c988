package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** SB019: the classes the processor generates never take a name that is already taken. */
class GeneratedNamesTest {

  @Test
  void underscoresInNamesGiveDistinctCodecs() {
    // A_B.C and A.B_C both joined to A_B_CJsonCodec before underscores were doubled.
    JavaFileObject first = source("test.A_B", """
        package test;

        public class A_B {
          public record C(String c) {}
        }
        """);
    JavaFileObject second = source("test.A", """
        package test;

        public class A {
          public record B_C(int b) {}
        }
        """);
    JavaFileObject handlers = source("test.Handlers", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Handlers {
          @LambdaHandler("first")
          public static A_B.C first(A_B.C event) {
            return event;
          }

          @LambdaHandler("second")
          public static A.B_C second(A.B_C event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(first, second, handlers);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("test.A__B_CJsonCodec");
    assertThat(compilation).generatedSourceFile("test.A_B__CJsonCodec");
  }

  @Test
  void namesWithoutUnderscoresAreUnchanged() {
    JavaFileObject source = source("test.Orders", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Orders {
          public record Item(String sku) {}

          @LambdaHandler("item")
          public static Item item(Item event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("test.Orders_ItemJsonCodec");
  }

  @Test
  void aUserClassNamedLikeTheTableIsAnErrorOnThatClass() {
    JavaFileObject handler = source("test.Greeter", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Greeter {
          @LambdaHandler("hello")
          public static String hello(String event) {
            return event;
          }
        }
        """);
    JavaFileObject mine = source("test.SwitchboardHandlers", """
        package test;

        public class SwitchboardHandlers {
        }
        """);
    Compilation compilation = compile(handler, mine);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB019] the processor generates classes whose names must be free; it needs"
            + " test.SwitchboardHandlers for the dispatch table, and a class of this compilation has that name."
            + " To fix it, rename that class; or, when it is the table of another compilation")
        .inFile(mine).onLineContaining("public class SwitchboardHandlers");
    assertNothingGenerated(handler, mine);
  }

  @Test
  void aUserClassNamedLikeACodecIsAnErrorOnThatClass() {
    JavaFileObject handler = source("test.Orders", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Orders {
          @LambdaHandler("order")
          public static Order order(Order event) {
            return event;
          }
        }
        """);
    JavaFileObject order = source("test.Order", """
        package test;

        public record Order(String id) {}
        """);
    JavaFileObject mine = source("test.OrderJsonCodec", """
        package test;

        public class OrderJsonCodec {
        }
        """);
    Compilation compilation = compile(handler, order, mine);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB019] the processor generates classes whose names must be free; it needs"
            + " test.OrderJsonCodec for the JSON codec of test.Order, and a class of this compilation has that"
            + " name. To fix it, rename that class, or move it to another package")
        .inFile(mine).onLineContaining("public class OrderJsonCodec");
    assertNothingGenerated(handler, order, mine);
  }
}
