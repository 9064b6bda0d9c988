package dev.switchboard.benchmarks.scale;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the benchmark's sources in-process with the system {@link JavaCompiler}, with or without
 * the Switchboard processor. The processor is loaded from {@code -processorpath} on every run, as
 * Maven's and Gradle's compiler tasks load it, so no run reuses another run's processor classes.
 */
final class Javac {
  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String classPath;
  private final String processorPath;

  /**
   * @param classPath what the handlers compile against: the runtime and Jackson
   * @param processorPath the processor and its own dependencies
   */
  Javac(List<Path> classPath, List<Path> processorPath) {
    if (compiler == null) {
      throw new IllegalStateException("No system Java compiler: run the benchmark on a JDK, not a JRE");
    }
    this.classPath = join(classPath);
    this.processorPath = join(processorPath);
  }

  /** One compilation's outcome: its wall-clock time and where it wrote. */
  record Result(long nanos, Path classes, Path generated) {}

  /**
   * Compiles {@code sources} into fresh directories under {@code work}; with {@code processor} the
   * Switchboard processor runs, without it annotation processing is off. Fails on any error.
   */
  Result compile(List<Path> sources, Path work, boolean processor) throws IOException {
    Path classes = fresh(work.resolve("classes"));
    Path generated = fresh(work.resolve("generated"));
    List<String> options = new ArrayList<>(List.of(
        "-encoding", "UTF-8",
        "-classpath", classPath,
        "-d", classes.toString(),
        "-s", generated.toString()));
    if (processor) {
      options.addAll(List.of(
          "-processorpath", processorPath,
          "-processor", "dev.switchboard.processor.SwitchboardProcessor"));
    } else {
      options.add("-proc:none");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      ok = compiler.getTask(output, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    long nanos = System.nanoTime() - start;
    if (!ok) {
      throw new IllegalStateException("javac failed (" + (processor ? "with" : "without") + " the processor): "
          + diagnostics.getDiagnostics() + output);
    }
    return new Result(nanos, classes, generated);
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      delete(dir);
    }
    return Files.createDirectories(dir);
  }

  static void delete(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
