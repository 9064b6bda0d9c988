package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.lambda.FakeRuntimeApi.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployable zip that {@code package} builds: unzipped as Lambda unzips it, its bootstrap starts
 * the jar with the class-data archive of the build's training run, and the JVM really uses it.
 */
class LambdaPackageIT {
  /** The archive that the training run makes with the JDK running this build. */
  private static final String ARCHIVE = Runtime.version().feature() >= 25 ? "app.aot" : "app.jsa";
  /** Makes the JVM fail to start, rather than start without it, when the archive cannot be used. */
  private static final String ARCHIVE_REQUIRED = Runtime.version().feature() >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";

  @TempDir
  Path task;

  @Test
  void theZipHoldsAnExecutableBootstrapTheJarAndTheArchive() throws Exception {
    Path zip = zip();
    List<String> names = new ArrayList<>();
    try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
        Stream<Path> entries = Files.list(fs.getPath("/"))) {
      entries.forEach(entry -> names.add(entry.getFileName().toString()));
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(fs.getPath("/bootstrap"));
      assertTrue(permissions.contains(PosixFilePermission.OTHERS_EXECUTE), "bootstrap is executable: " + permissions);
      String bootstrap = Files.readString(fs.getPath("/bootstrap"), StandardCharsets.UTF_8);
      for (String flag : TrainingRun.JVM_FLAGS) {
        assertTrue(bootstrap.contains(" " + flag + " "), "the bootstrap starts the JVM with " + flag);
      }
    }
    names.sort(null);
    List<String> expected = new ArrayList<>(List.of(ARCHIVE, "app.jar", "bootstrap"));
    expected.sort(null);
    assertEquals(expected, names);
  }

  @Test
  void theBootstrapServesInvocationsWithTheArchive() throws Exception {
    unzip(zip(), task);
    Path classes = task.resolve("classes.log");
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api)
            .command(List.of("./bootstrap"), task)
            .env("LAMBDA_TASK_ROOT", task.toString())
            .env("JAVA_HOME", System.getProperty("java.home"))
            .env("_HANDLER", "hello")
            .env("SWITCHBOARD_JAVA_OPTIONS", ARCHIVE_REQUIRED + " -Xlog:class+load:file=" + classes)
            .start()) {
      api.enqueue("{\"first_name\":\"Grace\",\"last_name\":\"Hopper\"}");
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result + runtime.describe());
      assertEquals("{\"message\":\"Hello Grace Hopper!\"}", result.text());
    }
    String log = Files.readString(classes, StandardCharsets.UTF_8);
    assertTrue(log.contains("dev.switchboard.lambda.RuntimeLoop source: shared objects file"),
        "the loop's classes come from the archive");
  }

  @Test
  void theBootstrapFindsJavaOnThePathAndReadsItsVersion() throws Exception {
    unzip(zip(), task);
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api)
            .command(List.of("./bootstrap", "shout"), task)
            .env("JAVA_HOME", null)
            .env("PATH", javaBin + ":/usr/bin:/bin")
            .env("SWITCHBOARD_JAVA_OPTIONS", ARCHIVE_REQUIRED)
            .start()) {
      api.enqueue("\"from the path\"");
      Result result = api.awaitResult();
      assertEquals("\"FROM THE PATH\"", result.text(), result + runtime.describe());
    }
  }

  @Test
  void theTrainingRunExplainsWhatIsMissing() throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(text, true, StandardCharsets.UTF_8);
    assertEquals(2, TrainingRun.run(new String[] {"--jar", "app.jar", "--out", task.toString()}, log));
    assertTrue(text.toString(StandardCharsets.UTF_8).contains("--handler are required"), text::toString);
    text.reset();
    assertEquals(2, TrainingRun.run(new String[] {"--jar", task.resolve("none.jar").toString(), "--out",
        task.toString(), "--handler", "hello"}, log));
    assertTrue(text.toString(StandardCharsets.UTF_8).contains("no jar at"), text::toString);
  }

  @Test
  void aTrainingRunWhoseHandlerFailsToInitializeSaysSo() throws Exception {
    Path jar = Files.copy(RuntimeProcess.examplesJar(), task.resolve("examples.jar"));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(text, true, StandardCharsets.UTF_8);
    int status = TrainingRun.run(new String[] {"--jar", jar.toString(), "--out", task.resolve("out").toString(),
        "--handler", "helo", "--invocations", "5"}, log);
    assertEquals(1, status, text::toString);
    String message = text.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("the training run of handler 'helo' failed to initialize: ")
        && message.contains("Did you mean 'hello'?"), message);
    assertFalse(message.contains("handler 'helo' handler 'helo'"), message);
  }

  @Test
  void aChosenEventThatFailsEveryInvocationFailsTheRunWithNoArchive() throws Exception {
    Path jar = Files.copy(RuntimeProcess.examplesJar(), task.resolve("examples.jar"));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(text, true, StandardCharsets.UTF_8);
    Path out = task.resolve("out");
    int status = TrainingRun.run(new String[] {"--jar", jar.toString(), "--out", out.toString(),
        "--handler", "fail", "--event={\"orderId\":7}", "--default-event", "{}", "--invocations", "5"}, log);
    String message = text.toString(StandardCharsets.UTF_8);

    assertEquals(1, status, message);
    assertTrue(message.contains("every one of the 5 invocations of handler 'fail' failed with the event"
        + " {\"orderId\":7} given by --event; the first error: "), message);
    assertTrue(message.contains("Payment service unavailable for order 7"), message);
    assertTrue(message.contains("switchboard.training.event"), message);
    assertFalse(Files.exists(out.resolve("app.jsa")) || Files.exists(out.resolve("app.aot")), "no archive");
  }

  @Test
  void aDefaultEventThatFailsEveryInvocationWarnsAndBuildsWithNoArchive() throws Exception {
    Path jar = Files.copy(RuntimeProcess.examplesJar(), task.resolve("examples.jar"));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(text, true, StandardCharsets.UTF_8);
    Path out = task.resolve("out");
    // As the build runs it when switchboard.training.event is not set: an empty --event.
    int status = TrainingRun.run(new String[] {"--jar", jar.toString(), "--out", out.toString(),
        "--handler", "fail", "--event=", "--default-event", "{\"first_name\":\"Training\"}", "--invocations", "5"}, log);
    String message = text.toString(StandardCharsets.UTF_8);

    assertEquals(0, status, message);
    assertTrue(message.startsWith("TrainingRun: warning: every one of the 5 invocations of handler 'fail' failed"
        + " with the default event {\"first_name\":\"Training\"}; the first error: "), message);
    assertTrue(message.contains("Payment service unavailable for order null"), message);
    assertTrue(message.contains("Set --event (the build property switchboard.training.event)"), message);
    assertTrue(Files.isRegularFile(out.resolve("app.jar")) && Files.isRegularFile(out.resolve("bootstrap")), message);
    assertFalse(Files.exists(out.resolve("app.jsa")) || Files.exists(out.resolve("app.aot")), "no archive");
  }

  private static Path zip() {
    Path zip = RuntimeProcess.examplesJar().getParent().resolve("switchboard-examples-lambda.zip");
    assertTrue(Files.isRegularFile(zip), "package builds " + zip);
    return zip;
  }

  /** Unzips as Lambda does: file modes and modification times are kept. */
  private static void unzip(Path zip, Path target) throws IOException {
    try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
        Stream<Path> entries = Files.list(fs.getPath("/"))) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path file = target.resolve(entry.getFileName().toString());
        Files.copy(entry, file);
        Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(entry));
        Files.setLastModifiedTime(file, Files.getLastModifiedTime(entry));
      }
    }
  }
}
