package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README.md's "How it works" shows a handler and says the processor generates "exactly this" table and
 * manifest: the handler is compiled here and the output compared with the README's text, so the
 * README cannot drift from what the processor writes.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmeShowsExactlyWhatTheProcessorGenerates() throws IOException {
    List<String> blocks = blocksOf(section(Files.readString(README, StandardCharsets.UTF_8), "## How it works"));
    assertWithMessage("code blocks in README's \"How it works\"").that(blocks.size()).isAtLeast(3);
    String handler = blocks.get(0);
    String table = blocks.get(1);
    String manifest = blocks.get(2);

    Compilation compilation = compile(source("com.example.Greeter", handler));
    assertCleanSuccess(compilation);

    String actualTable = compilation.generatedSourceFile("com.example.SwitchboardHandlers").orElseThrow()
        .getCharContent(false).toString();
    String actualManifest = GoldenOutputTest.resource(compilation, "META-INF/switchboard/handlers.json");
    Path written = Path.of("target", "readme");
    Files.createDirectories(written);
    Files.writeString(written.resolve("SwitchboardHandlers.java"), actualTable, StandardCharsets.UTF_8);
    Files.writeString(written.resolve("handlers.json"), actualManifest, StandardCharsets.UTF_8);
    assertWithMessage("README's generated table; copy %s into README.md",
            written.resolve("SwitchboardHandlers.java").toAbsolutePath())
        .that(actualTable).isEqualTo(table);
    assertWithMessage("README's manifest; copy %s into README.md", written.resolve("handlers.json").toAbsolutePath())
        .that(actualManifest).isEqualTo(manifest);
  }

  /** The text from {@code heading} to the next heading of the same level. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n" + heading + "\n");
    assertWithMessage("README.md has a section %s", heading).that(start).isAtLeast(0);
    int end = markdown.indexOf("\n## ", start + heading.length() + 2);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  /** The contents of the fenced code blocks, in order, each ending with a newline. */
  private static List<String> blocksOf(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null && line.startsWith("```") && line.length() > 3) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }
}
