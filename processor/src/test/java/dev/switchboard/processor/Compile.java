package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Runs javac with the Switchboard processor in-process, as the tests of this module need it. */
final class Compile {
  /** Every lint but {@code processing}, which warns about annotations no processor claims. */
  static final String LINT = "-Xlint:all,-processing";

  private Compile() {}

  /** Compiles {@code sources} with the processor and {@link #LINT}. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles {@code sources} with the processor, {@link #LINT} and {@code options}. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compile(options, List.of(), sources);
  }

  /** Compiles with the Switchboard processor after {@code before}, {@link #LINT} and {@code options}. */
  static Compilation compile(List<String> options, List<Processor> before, JavaFileObject... sources) {
    List<Processor> processors = new ArrayList<>(before);
    processors.add(new SwitchboardProcessor());
    List<String> all = new ArrayList<>();
    all.add(LINT);
    all.addAll(options);
    return javac().withProcessors(processors).withOptions(all).compile(sources);
  }

  /** A source file from a text block; {@code name} is the class's qualified name. */
  static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString(name, text);
  }

  /** Fails, listing every warning, unless the compilation succeeded with none. */
  static void assertCleanSuccess(Compilation compilation) {
    assertWithMessage("diagnostics:%n%s", describe(compilation.diagnostics()))
        .that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWithMessage("warnings:%n%s", describe(compilation.warnings()))
        .that(compilation.warnings()).isEmpty();
  }

  /**
   * Compiles {@code sources} again with the system compiler into real directories (compile-testing
   * keeps nothing of a failed compilation) and fails unless that compilation failed without writing a
   * single file: no table source, manifest, service file or class.
   */
  static void assertNothingGenerated(JavaFileObject... sources) {
    assertNothingGenerated(List.of(), sources);
  }

  /** As {@link #assertNothingGenerated(JavaFileObject...)}, with extra compiler options. */
  static void assertNothingGenerated(List<String> options, JavaFileObject... sources) {
    try {
      Path root = Files.createTempDirectory("switchboard-errors");
      try {
        Path classes = Files.createDirectories(root.resolve("classes"));
        Path generated = Files.createDirectories(root.resolve("generated"));
        boolean success = compileTo(classes, generated, options, sources);
        assertWithMessage("compilation status").that(success).isFalse();
        assertWithMessage("files written by a compilation with errors")
            .that(listFiles(root)).isEmpty();
      } finally {
        deleteTree(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles with the system compiler and the processor, writing classes and resources to
   * {@code classes} and generated sources to {@code generated}; returns whether it succeeded.
   */
  static boolean compileTo(Path classes, Path generated, List<String> options, JavaFileObject... sources)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<String> all = new ArrayList<>();
      all.add(LINT);
      all.addAll(options);
      JavaCompiler.CompilationTask task =
          compiler.getTask(null, files, diagnostics, all, null, Arrays.asList(sources));
      task.setProcessors(List.of(new SwitchboardProcessor()));
      return task.call();
    }
  }

  /**
   * Writes the class output of a successful compilation (classes and resources, generated ones
   * included) under {@code dir}, as a build would lay it out.
   */
  static void writeClassOutput(Compilation compilation, Path dir) throws IOException {
    String marker = "/CLASS_OUTPUT/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf(marker);
      if (at < 0) {
        continue;
      }
      Path target = dir.resolve(uri.substring(at + marker.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  /** The regular files under {@code root}, as sorted relative paths with '/' separators. */
  static List<String> listFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  static String describe(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
            + " " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }
}
