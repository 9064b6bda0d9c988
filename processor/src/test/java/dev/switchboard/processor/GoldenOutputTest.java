package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.GoldenFiles.assertMatchesGolden;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The generated table and manifest of a realistic set of handlers, against golden files; determinism. */
class GoldenOutputTest {
  private static final String MANIFEST = "META-INF/switchboard/handlers.json";
  private static final String SERVICE = "META-INF/services/dev.switchboard.internal.HandlerTable";

  @Test
  void tableMatchesGolden() {
    Compilation compilation = compileShop(ShopHandlers.FILES);
    assertMatchesGolden("shop/SwitchboardHandlers.java.txt", table(compilation));
  }

  @Test
  void manifestMatchesGolden() {
    Compilation compilation = compileShop(ShopHandlers.FILES);
    assertMatchesGolden("shop/handlers.json", resource(compilation, MANIFEST));
  }

  @Test
  void serviceFileNamesTheTable() {
    Compilation compilation = compileShop(ShopHandlers.FILES);
    assertThat(resource(compilation, SERVICE)).isEqualTo(ShopHandlers.TABLE + "\n");
  }

  @Test
  void sameSourcesInAnotherOrderGiveIdenticalOutput() {
    Compilation inOrder = compileShop(ShopHandlers.FILES);
    List<String> reversed = new ArrayList<>(ShopHandlers.FILES);
    Collections.reverse(reversed);
    List<String> shuffled = new ArrayList<>(ShopHandlers.FILES);
    Collections.shuffle(shuffled, new Random(42));
    for (List<String> order : List.of(reversed, shuffled)) {
      Compilation other = compileShop(order);
      assertWithMessage("table from sources in order %s", order).that(table(other)).isEqualTo(table(inOrder));
      assertWithMessage("manifest from sources in order %s", order)
          .that(resource(other, MANIFEST)).isEqualTo(resource(inOrder, MANIFEST));
      assertWithMessage("service file from sources in order %s", order)
          .that(resource(other, SERVICE)).isEqualTo(resource(inOrder, SERVICE));
    }
  }

  @Test
  void gradleIncrementalProcessingIsDeclaredAggregating() throws IOException {
    // Read from where SwitchboardProcessor itself was loaded (target/classes or the jar), not from
    // whatever else is on the test class path.
    URL location = SwitchboardProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader processorOnly = new URLClassLoader(new URL[] {location}, null)) {
      assertThat(read(processorOnly, "META-INF/gradle/incremental.annotation.processors"))
          .isEqualTo("dev.switchboard.processor.SwitchboardProcessor,aggregating\n");
      assertThat(read(processorOnly, "META-INF/services/javax.annotation.processing.Processor"))
          .contains("dev.switchboard.processor.SwitchboardProcessor");
    }
  }

  private static String read(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      assertWithMessage("resource %s", name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Compilation compileShop(List<String> files) {
    Compilation compilation = compile(ShopHandlers.sources(files).toArray(new JavaFileObject[0]));
    assertCleanSuccess(compilation);
    return compilation;
  }

  static String table(Compilation compilation) {
    try {
      return compilation.generatedSourceFile(ShopHandlers.TABLE).orElseThrow().getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(Compilation compilation, String path) {
    try {
      return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
