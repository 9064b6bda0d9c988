package dev.switchboard.benchmarks.scale;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Issue 2's scale check. Writes 1,000 handlers in 100 classes to a temporary directory, compiles them
 * with javac alone and with the Switchboard processor (alternating, several runs each, medians), and
 * times lookups in the generated 1,000-entry table beside a linear scan over the same names.
 *
 * <p>The runtime, Jackson, the processor and JavaPoet are taken from this program's own class path.
 * Run it as {@code benchmarks/README.md} ("Processor scale") shows. Options: {@code --runs N}
 * (measured compilations of each kind, default 7), {@code --warmup N} (unmeasured pairs first, default
 * 3), {@code --classes N} and {@code --per-class N} (default 100 and 10), {@code --keep} (leave the
 * temporary directory).
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = intOption(args, "--runs", 7);
    int warmup = intOption(args, "--warmup", 3);
    int classes = intOption(args, "--classes", 100);
    int perClass = intOption(args, "--per-class", 10);
    boolean keep = Arrays.asList(args).contains("--keep");

    List<Path> classPath = locate(
        "dev.switchboard.LambdaHandler",
        "com.fasterxml.jackson.core.JsonFactory",
        "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.annotation.JsonProperty");
    List<Path> processorPath = locate(
        "dev.switchboard.processor.SwitchboardProcessor",
        "com.palantir.javapoet.JavaFile");
    Javac javac = new Javac(classPath, processorPath);

    Path work = Files.createTempDirectory("switchboard-scale");
    try {
      List<Path> sources = HandlerSources.write(work.resolve("src"), classes, perClass);
      int handlers = classes * perClass;
      System.out.printf(Locale.ROOT, "Processor scale: %,d handlers in %d classes, %s %s on %d CPUs%n",
          handlers, classes, System.getProperty("java.vm.name"), System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "javac in-process (javax.tools), %d warm-up pairs, then %d runs of each,"
          + " alternating; the processor is loaded from -processorpath on every run%n%n", warmup, runs);

      Path plainDir = work.resolve("plain");
      Path processedDir = work.resolve("processed");
      for (int i = 0; i < warmup; i++) {
        javac.compile(sources, plainDir, false);
        javac.compile(sources, processedDir, true);
      }
      double[] plain = new double[runs];
      double[] processed = new double[runs];
      Javac.Result last = null;
      for (int i = 0; i < runs; i++) {
        // Alternate which kind goes first, so neither always runs right after the other.
        if (i % 2 == 0) {
          plain[i] = javac.compile(sources, plainDir, false).nanos() / 1e6;
          last = javac.compile(sources, processedDir, true);
          processed[i] = last.nanos() / 1e6;
        } else {
          last = javac.compile(sources, processedDir, true);
          processed[i] = last.nanos() / 1e6;
          plain[i] = javac.compile(sources, plainDir, false).nanos() / 1e6;
        }
      }
      printCompileTable(plain, processed);
      printGenerated(last, sources.size());
      printLookups(last.classes(), classes, perClass);
    } finally {
      if (keep) {
        System.out.println("\nKept " + work);
      } else {
        Javac.delete(work);
      }
    }
  }

  private static void printCompileTable(double[] plain, double[] processed) {
    double plainMedian = TableLookup.median(plain);
    double processedMedian = TableLookup.median(processed);
    double ratio = processedMedian / plainMedian;
    System.out.println("Compilation                  median ms      min ms      max ms");
    row("javac alone", plain);
    row("javac + processor", processed);
    System.out.printf(Locale.ROOT, "%-24s %11.2fx   (target: at most 1.50x: %s)%n",
        "ratio (medians)", ratio, ratio <= 1.5 ? "met" : "NOT met");
    System.out.println("runs, ms: javac alone       " + list(plain));
    System.out.println("          javac + processor " + list(processed));
  }

  private static void row(String label, double[] values) {
    System.out.printf(Locale.ROOT, "%-24s %12.1f %11.1f %11.1f%n", label, TableLookup.median(values),
        Arrays.stream(values).min().orElse(0), Arrays.stream(values).max().orElse(0));
  }

  private static String list(double[] values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(String.format(Locale.ROOT, "%.0f ", v));
    }
    return s.toString().trim();
  }

  private static void printGenerated(Javac.Result result, int sourceFiles) throws IOException {
    Path table = result.generated().resolve(HandlerSources.ROOT_PACKAGE.replace('.', '/')).resolve("SwitchboardHandlers.java");
    long lines;
    try (Stream<String> s = Files.lines(table)) {
      lines = s.count();
    }
    long classFiles;
    try (Stream<Path> s = Files.walk(result.classes())) {
      classFiles = s.filter(p -> p.toString().endsWith(".class")).count();
    }
    System.out.printf(Locale.ROOT, "%nGenerated: %s (%,d lines) for %d source files; %,d class files in all%n",
        result.generated().relativize(table), lines, sourceFiles, classFiles);
  }

  private static void printLookups(Path classes, int classCount, int perClass) throws IOException {
    int calls = 1_000_000;
    int repeats = 7;
    try (TableLookup lookup = new TableLookup(classes)) {
      String[] names = lookup.names();
      String middle = HandlerSources.handlerName(classCount / 2, 0);
      String[][] cases = {
          {"first name", names[0]},
          {"middle name", middle},
          {"last name", names[names.length - 1]},
          {"missing name", "svc-999-missing"},
      };
      for (String[] c : cases) {
        lookup.measure(c[0], c[1], calls, 3); // warm-up
      }
      System.out.printf(Locale.ROOT, "%nLookup in %s (%,d names), ns per call, median of %d x %,d calls%n",
          lookup.tableClass(), names.length, repeats, calls);
      System.out.println("case          index  name                                        table.create  linear scan (reference)");
      for (String[] c : cases) {
        TableLookup.Figures f = lookup.measure(c[0], c[1], calls, repeats);
        System.out.printf(Locale.ROOT, "%-13s %5s  %-42s %12.1f %12.1f%n",
            f.label(), f.index() < 0 ? "-" : Integer.toString(f.index()), f.name(), f.tableNs(), f.scanNs());
      }
      System.out.println("table.create includes creating the handler's entry (first, middle and last are"
          + " String/bytes handlers with streaming codecs); missing is the switch alone.");
    }
  }

  /** The class path entries (jar or directory) that hold these classes, from this program's class path. */
  private static List<Path> locate(String... classNames) throws URISyntaxException {
    Set<Path> paths = new LinkedHashSet<>();
    for (String name : classNames) {
      Class<?> type;
      try {
        type = Class.forName(name, false, ScaleBenchmark.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name + " is not on the class path: run the benchmark with the class path"
            + " that benchmarks/README.md (\"Processor scale\") gives, which includes the processor", e);
      }
      paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return new ArrayList<>(paths);
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        try {
          return Integer.parseInt(args[i + 1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + " takes a whole number, found '" + args[i + 1] + "'", e);
        }
      }
    }
    return fallback;
  }
}
