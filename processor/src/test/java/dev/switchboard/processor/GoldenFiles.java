package dev.switchboard.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Compares generated output with a golden file under {@code src/test/resources/goldens/}, read from
 * the source tree (not the class path) so that an update lands where it is committed.
 *
 * <p>A missing golden fails with the path it expected. To write or rewrite the goldens from the current
 * output, run the tests with {@code -Dgoldens.update=true}, read the diff, and commit it:
 *
 * <pre>
 * mvn -q -pl processor -am test -Dtest='GoldenOutputTest' -Dsurefire.failIfNoSpecifiedTests=false -Dgoldens.update=true
 * </pre>
 */
final class GoldenFiles {
  /** The system property that turns comparison into rewriting. */
  static final String UPDATE_PROPERTY = "goldens.update";

  private GoldenFiles() {}

  /** The goldens directory of this module: surefire runs with the module as its working directory. */
  static Path root() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "resources", "goldens");
  }

  /**
   * Fails unless {@code actual} equals the golden at {@code relativePath} (such as
   * {@code shop/SwitchboardHandlers.java.txt}); with {@code -Dgoldens.update=true} it writes
   * {@code actual} there instead.
   */
  static void assertMatchesGolden(String relativePath, String actual) {
    Path golden = root().resolve(relativePath).toAbsolutePath().normalize();
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, UTF_8);
        return;
      }
      if (!Files.isRegularFile(golden)) {
        throw new AssertionError("Missing golden file " + golden + "; run the test with -D" + UPDATE_PROPERTY
            + "=true to write it from the current output, then review and commit it");
      }
      String expected = Files.readString(golden, UTF_8);
      if (!expected.equals(actual)) {
        throw new AssertionFailedError("Generated output differs from the golden file " + golden
            + " (run with -D" + UPDATE_PROPERTY + "=true to accept the new output)", expected, actual);
      }
    } catch (IOException e) {
      throw new AssertionError("Cannot read or write the golden file " + golden, e);
    }
  }
}
