package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
 * Runs the examples jar as users run it: {@code java -jar switchboard-examples.jar ...} in a JVM of
 * its own, with the test's fixtures on the class path when a case needs them. Each run is bounded
 * by {@link #LIMIT_SECONDS}, so a hang fails the test instead of stalling the build.
 */
final class SwitchboardJar {
  /** Longest a child JVM may run; far above what any case needs. */
  static final int LIMIT_SECONDS = 60;

  static final ObjectMapper JSON = new ObjectMapper();

  private SwitchboardJar() {}

  /** The jar the build packed; the failsafe configuration names it. */
  static Path jar() {
    String path = System.getProperty("switchboard.examples.jar");
    if (path == null || !Files.isRegularFile(Path.of(path))) {
      fail("System property switchboard.examples.jar must name the packaged examples jar (run with"
          + " 'mvn verify', which packages it first); it is: " + path);
    }
    return Path.of(path);
  }

  /** {@code target/test-classes}: the fixtures and their generated table. */
  static Path testClasses() {
    try {
      return Path.of(SwitchboardJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code java -jar switchboard-examples.jar ARGS}. */
  static Launch jar(String... args) {
    List<String> command = new ArrayList<>(List.of("-jar", jar().toString()));
    command.addAll(Arrays.asList(args));
    return new Launch(command);
  }

  /** {@code java -cp switchboard-examples.jar:test-classes dev.switchboard.Main ARGS}: examples and fixtures. */
  static Launch withFixtures(String... args) {
    return main("dev.switchboard.Main", args);
  }

  /** {@code java -cp switchboard-examples.jar:test-classes MAIN ARGS}. */
  static Launch main(String mainClass, String... args) {
    List<String> command = new ArrayList<>(List.of(
        "-cp", jar() + File.pathSeparator + testClasses(), mainClass));
    command.addAll(Arrays.asList(args));
    return new Launch(command);
  }

  /** One child JVM to start: its arguments, JVM options, environment and stdin. */
  static final class Launch {
    private final List<String> arguments;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private byte[] stdin = new byte[0];

    private Launch(List<String> arguments) {
      this.arguments = arguments;
    }

    Launch jvm(String... options) {
      jvmOptions.addAll(Arrays.asList(options));
      return this;
    }

    Launch env(String name, String value) {
      env.put(name, value);
      return this;
    }

    Launch stdin(String text) {
      stdin = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    Launch stdin(byte[] bytes) {
      stdin = bytes;
      return this;
    }

    /** Starts the JVM, feeds stdin, and waits for it to exit. */
    Result run() {
      Path dir = null;
      try {
        dir = Files.createTempDirectory("switchboard-it");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A short-lived JVM: no need for the optimizing compiler or a parallel collector.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile());
        // The child sees no Lambda variables of whoever runs the build, only those a case sets.
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("_HANDLER"));
        builder.environment().putAll(env);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
          in.write(stdin);
        } catch (IOException e) {
          // The child exited without reading its input; its output says why.
        }
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
          fail("Still running after " + LIMIT_SECONDS + " s, killed: " + command + "\nstdout: "
              + Files.readString(dir.resolve("stdout")) + "\nstderr: " + Files.readString(dir.resolve("stderr")));
        }
        return new Result(command, process.exitValue(),
            Files.readAllBytes(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        if (dir != null) {
          for (String file : new String[] {"stdout", "stderr"}) {
            dir.resolve(file).toFile().delete();
          }
          dir.toFile().delete();
        }
      }
    }
  }

  /** What a child JVM did: its exit code, stdout (bytes, as the response is bytes) and stderr. */
  record Result(List<String> command, int exitCode, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    /** Stdout parsed as one JSON document. */
    JsonNode json() {
      try {
        return JSON.readTree(stdoutBytes);
      } catch (IOException e) {
        throw new AssertionError("stdout is not JSON: " + this, e);
      }
    }

    /** Stdout without the line break the CLI adds after the response; fails if there is none. */
    String response() {
      String out = stdout();
      if (!out.endsWith(System.lineSeparator())) {
        throw new AssertionError("stdout does not end with a line break: " + this);
      }
      return out.substring(0, out.length() - System.lineSeparator().length());
    }

    @Override
    public String toString() {
      return "exit " + exitCode + " of " + command + "\n--- stdout ---\n" + stdout() + "\n--- stderr ---\n" + stderr;
    }
  }
}
