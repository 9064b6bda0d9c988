package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The examples jar running as a Lambda custom runtime in its own JVM ({@code java -cp
 * switchboard-examples.jar:test-classes dev.switchboard.Main}), against a {@link FakeRuntimeApi}.
 * Its standard output and error go to files, read with {@link #stdout()} and {@link #stderr()}.
 */
final class RuntimeProcess implements AutoCloseable {
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private RuntimeProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The shaded examples jar that {@code package} built. */
  static Path examplesJar() {
    String jar = System.getProperty("switchboard.examples.jar");
    assertNotNull(jar, "system property switchboard.examples.jar (set by failsafe in examples/pom.xml)");
    return Path.of(jar);
  }

  /** The test classes, with the fixture handlers and their table. */
  static Path testClasses() {
    return examplesJar().getParent().resolve("test-classes");
  }

  static Builder builder(FakeRuntimeApi api) {
    return new Builder(api == null ? null : api.address());
  }

  /** A runtime of the API at {@code runtimeApi} ({@code host:port}). */
  static Builder builderAt(String runtimeApi) {
    return new Builder(runtimeApi);
  }

  static final class Builder {
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private final List<String> command = new ArrayList<>();
    private Path directory;

    private Builder(String runtimeApi) {
      environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-XX:+UseSerialGC");
      command.add("-cp");
      command.add(examplesJar() + File.pathSeparator + testClasses());
      command.add("dev.switchboard.Main");
    }

    /** Sets an environment variable of the runtime; null removes it. */
    Builder env(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Adds a jar or folder to the end of the runtime's class path. */
    Builder classPath(Path extra) {
      int cp = command.indexOf("-cp");
      command.set(cp + 1, command.get(cp + 1) + File.pathSeparator + extra);
      return this;
    }

    Builder handler(String name) {
      return env("_HANDLER", name);
    }

    Builder args(String... args) {
      arguments.addAll(Arrays.asList(args));
      return this;
    }

    /** Replaces the whole command line (for the bootstrap script). */
    Builder command(List<String> commandLine, Path workingDirectory) {
      command.clear();
      command.addAll(commandLine);
      directory = workingDirectory;
      return this;
    }

    RuntimeProcess start() throws IOException {
      Path logs = examplesJar().getParent().resolve("lambda-it");
      Files.createDirectories(logs);
      Path out = Files.createTempFile(logs, "runtime", ".out");
      Path err = Files.createTempFile(logs, "runtime", ".err");
      List<String> full = new ArrayList<>(command);
      full.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(full)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      if (directory != null) {
        builder.directory(directory.toFile());
      }
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("_HANDLER")
          || name.startsWith("SWITCHBOARD_") || name.equals("JAVA_TOOL_OPTIONS"));
      for (Map.Entry<String, String> entry : environment.entrySet()) {
        if (entry.getValue() == null) {
          env.remove(entry.getKey());
        } else {
          env.put(entry.getKey(), entry.getValue());
        }
      }
      return new RuntimeProcess(builder.start(), out, err);
    }
  }

  String stdout() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  /**
   * The lines of standard output, split at line feeds only: a carriage return stays inside its line,
   * as it stays inside its record in CloudWatch.
   */
  List<String> stdoutLines() throws IOException {
    String text = stdout();
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Waits for the process to exit and returns its status; fails the test after 60 seconds. */
  int awaitExit() throws InterruptedException, IOException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("The runtime did not exit in 60 seconds. stdout:\n" + stdout() + "\nstderr:\n" + stderr());
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Sends SIGTERM, as Lambda does before it retires an execution environment. */
  void terminate() {
    process.destroy();
  }

  /** A description for assertion messages. */
  String describe() throws IOException {
    return "\nstdout:\n" + stdout() + "\nstderr:\n" + stderr();
  }

  @Override
  public void close() throws IOException {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Files.deleteIfExists(stdout);
    Files.deleteIfExists(stderr);
  }
}
