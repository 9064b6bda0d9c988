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
import javax.annotation.processing.Processor;

/**
 * Issue 2's scale check. Writes 1,000 handlers in 100 classes to a temporary directory, compiles them
 * with javac alone and with the Switchboard processor (in rotating order, several runs each, medians), and
 * times lookups in the generated 1,000-entry table beside a linear scan over the same names.
 *
 * <p>The runtime, Jackson, the processor and JavaPoet are taken from this program's own class path. To
 * show where the extra time goes it also measures the time spent inside the processor, and javac
 * alone on the sources plus the table the processor generated.
 * Run it as {@code benchmarks/README.md} ("Processor scale") shows. Options: {@code --runs N}
 * (measured compilations of each kind, default 7), {@code --warmup N} (unmeasured rounds first,
 * default 3), {@code --classes N} and {@code --per-class N} (default 100 and 10), {@code --body N} (give
 * each handler a helper of N statements; default 0, the handlers are a line or two), {@code --keep}
 * (leave the temporary directory).
 */
public final class ScaleBenchmark {
  private static final int PLAIN = 0;
  private static final int SWITCHBOARD = 1;
  private static final int GENERATED_SOURCES = 2;
  private static final int FLOOR = 3;
  private static final int KINDS = 4;

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Throwable {
    int runs = intOption(args, "--runs", 7);
    int warmup = intOption(args, "--warmup", 3);
    int classes = intOption(args, "--classes", 100);
    int perClass = intOption(args, "--per-class", 10);
    int bodyLines = intOption(args, "--body", 0);
    boolean keep = Arrays.asList(args).contains("--keep");
    String json = stringOption(args, "--json", "auto");

    List<Path> classPath = locate(
        "dev.switchboard.LambdaHandler",
        "com.fasterxml.jackson.core.JsonFactory",
        "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.annotation.JsonProperty");
    Class<? extends Processor> processorClass = load("dev.switchboard.processor.SwitchboardProcessor")
        .asSubclass(Processor.class);
    load("com.palantir.javapoet.JavaFile");
    Javac javac = new Javac(classPath, processorClass, List.of("-Aswitchboard.json=" + json));

    Path work = Files.createTempDirectory("switchboard-scale");
    try {
      List<Path> sources = HandlerSources.write(work.resolve("src"), classes, perClass, bodyLines);
      int handlers = classes * perClass;
      System.out.printf(Locale.ROOT, "Processor scale: %,d handlers in %d classes (%s), %s %s on %d CPUs%n",
          handlers, classes, bodyLines == 0 ? "one- or two-line bodies" : "each with a " + bodyLines + "-statement helper",
          System.getProperty("java.vm.name"), System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "javac in-process (javax.tools), %d warm-up rounds, then %d runs of each kind,"
          + " in rotating order; javac and the processor stay loaded (JIT-warm) across runs; -Aswitchboard.json=%s%n%n",
          warmup, runs, json);

      Path plainDir = work.resolve("plain");
      Path processedDir = work.resolve("processed");
      Path withTableDir = work.resolve("with-table");
      Javac.Result first = javac.compile(sources, processedDir, true);
      List<Path> sourcesWithTable = new ArrayList<>(sources);
      sourcesWithTable.addAll(copyGenerated(first.generated(), work.resolve("generated-src")));

      Path floorDir = work.resolve("floor");
      double[][] wall = new double[KINDS][runs];
      double[][] cpu = new double[KINDS][runs];
      double[] inProcessor = new double[runs];
      Javac.Result last = first;
      for (int i = -warmup; i < runs; i++) {
        for (int k = 0; k < KINDS; k++) {
          int kind = Math.floorMod(i + k, KINDS);
          Javac.Result r;
          if (kind == PLAIN) {
            r = javac.compile(sources, plainDir, false);
          } else if (kind == SWITCHBOARD) {
            r = javac.compile(sources, processedDir, true);
            last = r;
          } else if (kind == FLOOR) {
            r = javac.compile(sources, floorDir, new TimedProcessor(new FloorProcessor()), false);
          } else {
            r = javac.compile(sourcesWithTable, withTableDir, false);
          }
          if (i >= 0) {
            wall[kind][i] = r.nanos() / 1e6;
            cpu[kind][i] = r.cpuNanos() / 1e6;
            if (kind == SWITCHBOARD) {
              inProcessor[i] = r.processorNanos() / 1e6;
            }
          }
        }
      }
      printCompileTable(wall, cpu, inProcessor);
      printGenerated(last, sources.size());
      printLookups(last.classes(), classes);
    } finally {
      if (keep) {
        System.out.println("\nKept " + work);
      } else {
        Javac.delete(work);
      }
    }
  }

  private static void printCompileTable(double[][] wall, double[][] cpu, double[] inProcessor) {
    System.out.println("Compilation, ms                               wall: median   (min - max)    javac thread CPU: median   (min - max)");
    String[] labels = new String[KINDS];
    labels[PLAIN] = "javac alone";
    labels[SWITCHBOARD] = "javac + processor";
    labels[GENERATED_SOURCES] = "javac alone, sources + generated sources";
    labels[FLOOR] = "javac + a processor that writes one class";
    row(labels[PLAIN], wall[PLAIN], cpu[PLAIN]);
    row(labels[SWITCHBOARD], wall[SWITCHBOARD], cpu[SWITCHBOARD]);
    System.out.printf(Locale.ROOT, "%-45s %8.0f %16s%n", "  of which inside the processor",
        TableLookup.median(inProcessor), range(inProcessor));
    row(labels[GENERATED_SOURCES], wall[GENERATED_SOURCES], cpu[GENERATED_SOURCES]);
    row(labels[FLOOR], wall[FLOOR], cpu[FLOOR]);
    double wallRatio = ratio(wall, SWITCHBOARD);
    double cpuRatio = ratio(cpu, SWITCHBOARD);
    System.out.printf(Locale.ROOT, "%-45s %7.2fx %35.2fx   (target: at most 1.50x: %s)%n",
        "ratio: javac + processor / javac alone", wallRatio, cpuRatio,
        Math.max(wallRatio, cpuRatio) <= 1.5 ? "met" : "NOT met");
    System.out.printf(Locale.ROOT, "%-45s %7.2fx %35.2fx%n",
        "ratio: javac + one-class processor / alone", ratio(wall, FLOOR), ratio(cpu, FLOOR));
    for (int kind = 0; kind < KINDS; kind++) {
      System.out.printf(Locale.ROOT, "wall ms, each run: %-44s %s%n", labels[kind], list(wall[kind]));
    }
  }

  private static double ratio(double[][] times, int kind) {
    return TableLookup.median(times[kind]) / TableLookup.median(times[PLAIN]);
  }

  private static void row(String label, double[] wall, double[] cpu) {
    System.out.printf(Locale.ROOT, "%-45s %8.0f %16s %24.0f %16s%n",
        label, TableLookup.median(wall), range(wall), TableLookup.median(cpu), range(cpu));
  }

  private static String range(double[] values) {
    return String.format(Locale.ROOT, "(%.0f - %.0f)",
        Arrays.stream(values).min().orElse(0), Arrays.stream(values).max().orElse(0));
  }

  /**
   * Copies every source the processor generated (the table and the JSON codecs) to {@code dir}, so
   * javac alone can compile them with the application's sources.
   */
  private static List<Path> copyGenerated(Path generated, Path dir) throws IOException {
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
        Path target = dir.resolve(generated.relativize(file));
        Files.createDirectories(target.getParent());
        copies.add(Files.copy(file, target));
      }
    }
    return copies;
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
    long tableLines = lines(table);
    long otherFiles = 0;
    long otherLines = 0;
    try (Stream<Path> s = Files.walk(result.generated())) {
      for (Path file : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))::iterator) {
        if (!file.equals(table)) {
          otherFiles++;
          otherLines += lines(file);
        }
      }
    }
    long classFiles;
    try (Stream<Path> s = Files.walk(result.classes())) {
      classFiles = s.filter(p -> p.toString().endsWith(".class")).count();
    }
    System.out.printf(Locale.ROOT, "%nGenerated for %d source files: %s (%,d lines) and %,d JSON codec sources (%,d lines);"
        + " %,d class files in all%n",
        sourceFiles, result.generated().relativize(table), tableLines, otherFiles, otherLines, classFiles);
  }

  private static long lines(Path file) throws IOException {
    try (Stream<String> s = Files.lines(file)) {
      return s.count();
    }
  }

  private static void printLookups(Path classes, int classCount) throws Throwable {
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
      System.out.println("table.create includes creating the handler's ObjectHandler (first, middle and last are"
          + " String/bytes handlers with streaming codecs); missing is the lookup alone.");
      double cold = TableLookup.coldCreateMillis(classes, middle, 21);
      System.out.printf(Locale.ROOT, "Once per process: a fresh class loader finds the table through ServiceLoader"
          + " (loading and verifying it) and creates %s: %.1f ms (median of 21)%n", middle, cold);
    }
  }

  /** The class path entries (jar or directory) that hold these classes, from this program's class path. */
  private static List<Path> locate(String... classNames) throws URISyntaxException {
    Set<Path> paths = new LinkedHashSet<>();
    for (String name : classNames) {
      paths.add(Path.of(load(name).getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return new ArrayList<>(paths);
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className, false, ScaleBenchmark.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(className + " is not on the class path: run the benchmark with the class"
          + " path that benchmarks/README.md (\"Processor scale\") gives, which includes the processor", e);
    }
  }

  private static String stringOption(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
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
