package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
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
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A table of more than {@value DispatchTableWriter#GROUP_SIZE} handlers splits its lookup into groups
 * (one switch over every name would not compile past about 1,800 handlers): every name still finds
 * its handler, every handler's call reaches its own method through the grouped {@code call}, and names
 * between, before and after the groups find none.
 */
class LargeTableTest {
  /** Every seventh handler is a stream handler, so the grouped {@code callStream} is exercised too. */
  private static boolean isStream(String name) {
    return Integer.parseInt(name.substring(1)) % 7 == 3;
  }

  private static final int CLASSES = 25;
  private static final int PER_CLASS = 10;

  @Test
  void groupedTableFindsEveryHandlerAndNothingElse() throws Throwable {
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int c = 0; c < CLASSES; c++) {
      StringBuilder text = new StringBuilder()
          .append("package test.large;\n\nimport dev.switchboard.LambdaHandler;\n\npublic class Service")
          .append(c).append(" {\n");
      for (int h = 0; h < PER_CLASS; h++) {
        String name = String.format("h%03d", c * PER_CLASS + h);
        names.add(name);
        text.append("  @LambdaHandler(\"").append(name).append("\")\n");
        if (isStream(name)) {
          text.append("  public static void m").append(h)
              .append("(java.io.InputStream in, java.io.OutputStream out) throws java.io.IOException {\n")
              .append("    out.write(\"").append(name).append(":\".getBytes());\n")
              .append("    in.transferTo(out);\n  }\n\n");
        } else {
          text.append("  public static String m").append(h).append("(String event) {\n")
              .append("    return \"").append(name).append(":\" + event;\n  }\n\n");
        }
      }
      sources.add(source("test.large.Service" + c, text.append("}\n").toString()));
    }
    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("test.large.SwitchboardHandlers")
        .contentsAsUtf8String().contains("private Handler createGroup2(String name)");
    assertThat(compilation).generatedSourceFile("test.large.SwitchboardHandlers")
        .contentsAsUtf8String().contains("private static Object callGroup2(int handler, Object target, Object event,");
    assertThat(compilation).generatedSourceFile("test.large.SwitchboardHandlers")
        .contentsAsUtf8String().contains("private static void callStreamGroup2(int handler, Object target,");

    Path classes = Files.createTempDirectory("switchboard-large");
    try {
      Compile.writeClassOutput(compilation, classes);
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
        HandlerTable table = ServiceLoader.load(HandlerTable.class, loader).iterator().next();
        assertThat(table.names()).asList().containsExactlyElementsIn(names).inOrder();
        for (String name : names) {
          Handler handler = table.create(name);
          assertWithMessage("handler for %s", name).that(handler).isNotNull();
          assertThat(handler.name()).isEqualTo(name);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          handler.invoke("\"x\"".getBytes(StandardCharsets.UTF_8), null, out);
          assertWithMessage("response of %s", name).that(out.toString(StandardCharsets.UTF_8))
              .isEqualTo(isStream(name) ? name + ":\"x\"" : "\"" + name + ":x\"");
        }
        for (String missing : List.of("", "a", "h", "h0995", "h100x", "h099a", "h250", "z")) {
          assertWithMessage("handler for %s", missing).that(table.create(missing)).isNull();
        }
      }
    } finally {
      Compile.deleteTree(classes);
    }
  }
}
