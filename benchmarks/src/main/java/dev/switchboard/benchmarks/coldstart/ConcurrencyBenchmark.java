package dev.switchboard.benchmarks.coldstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Issue 12's figures for the Lambda loop, against {@link BenchmarkApi} on loopback:
 *
 * <ul>
 *   <li>throughput of a handler that waits 50 ms (I/O bound), with {@code AWS_LAMBDA_MAX_CONCURRENCY}
 *       8 against 1 (and unset, the single loop): invocations per second over a batch, after a
 *       warm-up batch (target: at least 6x);
 *   <li>time to first byte of a handler that writes 1 MB over one second, streamed against buffered:
 *       from the invocation handed out to the first response byte at the API.
 * </ul>
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp benchmarks/target/classes dev.switchboard.benchmarks.coldstart.ConcurrencyBenchmark \
 *     [--java /path/to/bin/java] [--invocations 200] [--runs 3]
 * </pre>
 */
public final class ConcurrencyBenchmark {
  private ConcurrencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    int invocations = 200;
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--java":
          java = Path.of(args[i + 1]);
          break;
        case "--invocations":
          invocations = Integer.parseInt(args[i + 1]);
          break;
        case "--runs":
          runs = Integer.parseInt(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("Unknown option " + args[i] + "; options: --java PATH, --invocations N, --runs N");
      }
    }
    Path jar = Files.isDirectory(Path.of("benchmarks/target/coldstart"))
        ? Path.of("benchmarks/target/coldstart/switchboard-app.jar") : Path.of("target/coldstart/switchboard-app.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build first with mvn -q -DskipTests package");
    }
    jar = jar.toAbsolutePath();
    System.out.println("Concurrent invocations and response streaming, on " + System.getProperty("java.version")
        + " (" + java + "), " + Runtime.getRuntime().availableProcessors() + " CPUs");
    System.out.println("JVM flags: " + String.join(" ", ColdStartBenchmark.JVM_FLAGS));
    System.out.println();

    System.out.println("Throughput, bench-wait-50ms (Thread.sleep(50)), " + invocations + " invocations a batch after "
        + invocations / 4 + " of warm-up; median of " + runs + " runs:");
    double unset = throughput(java, jar, null, invocations, runs);
    double one = throughput(java, jar, "1", invocations, runs);
    double eight = throughput(java, jar, "8", invocations, runs);
    System.out.printf("  AWS_LAMBDA_MAX_CONCURRENCY unset: %8.1f invocations/s%n", unset);
    System.out.printf("  AWS_LAMBDA_MAX_CONCURRENCY=1:     %8.1f invocations/s%n", one);
    System.out.printf("  AWS_LAMBDA_MAX_CONCURRENCY=8:     %8.1f invocations/s  (%.2fx N=1; target >= 6x)%n",
        eight, eight / one);
    System.out.println();

    System.out.println("Time to first byte, 1 MB written in 32 pieces over one second; median of " + runs + " runs:");
    double streamed = firstByte(java, jar, "bench-stream-1mb", runs);
    double buffered = firstByte(java, jar, "bench-buffered-1mb", runs);
    System.out.printf("  streamed (bench-stream-1mb):   %7.1f ms%n", streamed);
    System.out.printf("  buffered (bench-buffered-1mb): %7.1f ms%n", buffered);
  }

  /** Invocations per second of one runtime process, median over {@code runs} processes. */
  private static double throughput(Path java, Path jar, String concurrency, int invocations, int runs) throws Exception {
    List<Double> rates = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      try (BenchmarkApi api = new BenchmarkApi("{}")) {
        Process process = start(java, jar, api, "bench-wait-50ms", concurrency);
        try {
          int warm = invocations / 4;
          api.release(warm);
          check(api.awaitResults(warm, 60_000), "warm-up", api);
          long start = System.nanoTime();
          api.release(invocations);
          check(api.awaitResults(warm + invocations, 120_000), "batch", api);
          rates.add(invocations / ((System.nanoTime() - start) / 1e9));
        } finally {
          process.destroyForcibly().waitFor();
        }
      }
    }
    return median(rates);
  }

  /** Milliseconds from hand-out to the first response byte, median over {@code runs} processes. */
  private static double firstByte(Path java, Path jar, String handler, int runs) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      try (BenchmarkApi api = new BenchmarkApi("{}")) {
        Process process = start(java, jar, api, handler, null);
        try {
          api.release(1);
          check(api.awaitResults(1, 60_000), handler, api);
          times.add((api.firstResponseByteNanos() - api.firstHandedOutNanos()) / 1e6);
        } finally {
          process.destroyForcibly().waitFor();
        }
      }
    }
    return median(times);
  }

  private static Process start(Path java, Path jar, BenchmarkApi api, String handler, String concurrency)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(ColdStartBenchmark.JVM_FLAGS);
    command.addAll(List.of("-cp", jar.toString(), "dev.switchboard.Main"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("_HANDLER")
        || name.startsWith("SWITCHBOARD_") || name.equals("JAVA_TOOL_OPTIONS"));
    env.put("AWS_LAMBDA_RUNTIME_API", api.address());
    env.put("_HANDLER", handler);
    if (concurrency != null) {
      env.put("AWS_LAMBDA_MAX_CONCURRENCY", concurrency);
    }
    return builder.start();
  }

  private static void check(boolean arrived, String what, BenchmarkApi api) {
    if (!arrived || api.errors() > 0) {
      throw new IllegalStateException(what + ": " + api.results() + " results, " + api.errors() + " errors; first error: "
          + api.firstError());
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
