package dev.switchboard.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a Java runtime once with a class-data archive, in the mode that refuses an archive it cannot
 * use ({@code -Xshare:on} for AppCDS, {@code -XX:AOTMode=on} for an AOT cache), and with the
 * bootstrap's flags. With the default mode the JVM drops such an archive, for a runtime of another
 * build without a word.
 */
final class ArchiveCheck {
  /** The bootstrap's JVM flags (TrainingRun.JVM_FLAGS), and the training run's heap. */
  static final List<String> FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx512m");

  private ArchiveCheck() {}

  /** The archive of a package directory, app.aot or app.jsa, or null when it has none. */
  static Path archive(Path directory) {
    for (String name : List.of("app.aot", "app.jsa")) {
      Path archive = directory.resolve(name);
      if (Files.isRegularFile(archive)) {
        return archive;
      }
    }
    return null;
  }

  /** Null when {@code java} uses the archive of {@code directory}; else what the JVM said. */
  static String check(Path java, Path directory, Path archive) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(FLAGS);
    if (archive.getFileName().toString().endsWith(".aot")) {
      command.add("-XX:AOTCache=" + archive.getFileName());
      command.add("-XX:AOTMode=on");
    } else {
      command.add("-XX:SharedArchiveFile=" + archive.getFileName());
      command.add("-Xshare:on");
    }
    command.add("-cp");
    command.add("app.jar");
    command.add("-version");
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "(no answer in 60 seconds from " + String.join(" ", command) + ")";
    }
    if (process.exitValue() == 0) {
      return null;
    }
    return String.join(" ", command) + "\n" + new String(output, StandardCharsets.UTF_8);
  }
}
