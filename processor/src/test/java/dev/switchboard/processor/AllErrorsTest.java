package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One compilation reports every error it has, each where it is, and then generates nothing. */
class AllErrorsTest {

  @Test
  void everyErrorOfACompilationIsReported() {
    JavaFileObject first = source("test.one.First", """
        package test.one;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class First {
          @LambdaHandler("ok")
          public static String ok(String event) {
            return event;
          }

          @LambdaHandler("swapped")
          public static String swapped(Context context, Map<String, Object> event) {
            return "x";
          }

          @LambdaHandler("secret")
          private static String secret(String event) {
            return event;
          }

          @LambdaHandler("dup")
          public static String dup(String event) {
            return event;
          }

          @LambdaHandler("has space")
          public static <T> String spaced(String event) {
            return event;
          }
        }
        """);
    JavaFileObject second = source("test.two.Second", """
        package test.two;

        import dev.switchboard.LambdaHandler;
        import java.util.List;

        public abstract class Second {
          @LambdaHandler("dup")
          public String dup(String event) {
            return event;
          }

          @LambdaHandler("wild")
          public static String wild(List<? super Integer> event) {
            return "x";
          }

          public Object make() {
            return new Object() {
              @LambdaHandler("anonymous")
              public String handle(String event) {
                return event;
              }
            };
          }
        }
        """);
    List<String> options = List.of("-Aswitchboard.package=bad package");
    Compilation compilation = compile(options, first, second);

    assertThat(compilation).hadErrorContaining("[SB016]").inFile(first).onLineContaining("@LambdaHandler(\"swapped\")");
    assertThat(compilation).hadErrorContaining("[SB004]").inFile(first).onLineContaining("@LambdaHandler(\"secret\")");
    assertThat(compilation).hadErrorContaining("[SB010]").inFile(first).onLineContaining("@LambdaHandler(\"dup\")");
    assertThat(compilation).hadErrorContaining("[SB008]").inFile(first).onLineContaining("@LambdaHandler(\"has space\")");
    assertThat(compilation).hadErrorContaining("[SB011]").inFile(first).onLineContaining("@LambdaHandler(\"has space\")");
    assertThat(compilation).hadErrorContaining("[SB007]").inFile(second).onLineContaining("@LambdaHandler(\"dup\")");
    assertThat(compilation).hadErrorContaining("[SB010]").inFile(second).onLineContaining("@LambdaHandler(\"dup\")");
    assertThat(compilation).hadErrorContaining("[SB009]").inFile(second).onLineContaining("@LambdaHandler(\"wild\")");
    assertThat(compilation).hadErrorContaining("[SB005]").inFile(second).onLineContaining("@LambdaHandler(\"anonymous\")");
    assertThat(compilation).hadErrorContaining("[SB014]");

    List<String> ids = compilation.errors().stream()
        .map(e -> e.getMessage(null).substring(0, 7))
        .sorted()
        .collect(Collectors.toList());
    assertThat(ids).containsExactly(
        "[SB004]", "[SB005]", "[SB007]", "[SB008]", "[SB009]", "[SB010]", "[SB010]", "[SB011]", "[SB014]", "[SB016]")
        .inOrder();
    assertNothingGenerated(options, first, second);
  }
}
