package dev.switchboard.benchmarks.scale;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the benchmark's sources in-process with the system {@link JavaCompiler}, with or without
 * the Switchboard processor. javac's own classes stay loaded and JIT-compiled from one run to the next,
 * and so do the processor's: it is loaded once, from this program's class path, and a new instance
 * runs in each compilation (as a build daemon keeps both warm).
 */
final class Javac {
  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String classPath;
  private final Class<? extends Processor> processorClass;
  private final List<String> processorOptions;

  /**
   * @param classPath what the handlers compile against: the runtime and Jackson
   * @param processorClass the Switchboard processor
   * @param processorOptions {@code -A} options for the processor
   */
  Javac(List<Path> classPath, Class<? extends Processor> processorClass, List<String> processorOptions) {
    if (compiler == null) {
      throw new IllegalStateException("No system Java compiler: run the benchmark on a JDK, not a JRE");
    }
    this.classPath = String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList());
    this.processorClass = processorClass;
    this.processorOptions = List.copyOf(processorOptions);
  }

  /**
   * One compilation's outcome: its wall-clock time, the CPU time of the thread that ran javac (on a
   * shared machine the steadier figure), the wall-clock time spent in the processor ({@code 0}
   * without it), and where it wrote.
   */
  record Result(long nanos, long cpuNanos, long processorNanos, Path classes, Path generated) {}

  /**
   * Compiles {@code sources} into new directories under {@code work}; with {@code processor} the
   * Switchboard processor runs, without it annotation processing is off. Fails on any error.
   */
  Result compile(List<Path> sources, Path work, boolean processor) throws IOException {
    return compile(sources, work, processor ? new TimedProcessor(newProcessor()) : null, processor);
  }

  /**
   * Compiles {@code sources} with {@code processor} alone ({@code null}: annotation processing off);
   * {@code switchboardOptions} passes this compiler's {@code -A} options. Fails on any error.
   */
  Result compile(List<Path> sources, Path work, TimedProcessor processor, boolean switchboardOptions) throws IOException {
    // A new directory for every run: javac writing into a directory emptied just before measured up
    // to three times slower on this machine's file system, which would distort the comparison.
    Path run = Files.createTempDirectory(Files.createDirectories(work), "run");
    Path classes = Files.createDirectories(run.resolve("classes"));
    Path generated = Files.createDirectories(run.resolve("generated"));
    List<String> options = new ArrayList<>(List.of(
        "-encoding", "UTF-8",
        "-classpath", classPath,
        "-d", classes.toString(),
        "-s", generated.toString()));
    if (processor == null) {
      options.add("-proc:none");
    } else if (switchboardOptions) {
      options.addAll(processorOptions);
    }
    TimedProcessor timed = processor;
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(output, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (timed != null) {
        task.setProcessors(List.of(timed));
      }
      ok = task.call();
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    if (!ok) {
      throw new IllegalStateException("javac failed (" + (processor != null ? "with" : "without") + " a processor): "
          + diagnostics.getDiagnostics() + output);
    }
    return new Result(nanos, cpuNanos, timed == null ? 0 : timed.nanos(), classes, generated);
  }

  private Processor newProcessor() {
    try {
      return processorClass.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + processorClass.getName(), e);
    }
  }

  static void delete(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
