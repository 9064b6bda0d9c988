package dev.switchboard.benchmarks.coldstart;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Cold start, memory, classes loaded and warm throughput of Switchboard's Lambda loop side by side
 * with AWS's runtime interface client ({@code aws-lambda-java-runtime-interface-client}), on the same
 * handler logic, the same fake Runtime API, the same JVM and the same JVM flags, in runs that
 * alternate between the runtimes.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp benchmarks/target/classes dev.switchboard.benchmarks.coldstart.ColdStartBenchmark \
 *     [--java /path/to/bin/java] [--runs 15] [--warm 20000] [--warm-runs 3] [--memory 512] \
 *     [--events Map,record,sqs,rest,http] [--top 12] [--keep-class-logs]
 * </pre>
 *
 * <p>{@code --events} picks the handlers (default {@code Map,record}): {@code sqs}, {@code rest} and
 * {@code http} are handlers of aws-lambda-java-events classes ({@code SQSEvent} to
 * {@code SQSBatchResponse}, {@code APIGatewayProxyRequestEvent} to {@code APIGatewayProxyResponseEvent},
 * {@code APIGatewayV2HTTPEvent} to {@code APIGatewayV2HTTPResponse}), given the realistic documents in
 * this package's {@code events/} resources. {@code --warm-runs 0} skips the warm invocations.
 *
 * <ul>
 *   <li>cold start: from process spawn to the first result received by the API (median);
 *   <li>peak RSS: {@code VmHWM} of the JVM process, read when the first result arrives (cold) and
 *       after the warm invocations (warm);
 *   <li>classes loaded: lines of {@code -Xlog:class+load} up to the first result, in a separate run;
 *   <li>warm invocations per second: after 1 + {@value #WARMUP} invocations, the time to serve
 *       {@code --warm} more, one after another as Lambda sends them.
 * </ul>
 */
public final class ColdStartBenchmark {
  /** The JVM flags of every runtime measured: those a Lambda function wants, and Switchboard's bootstrap uses. */
  static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  /**
   * The memory of the modelled function. A JVM sizes its heap from the machine's memory; in Lambda
   * that is the function's memory, so every runtime here gets {@code -XX:MaxRAM} of this size.
   */
  private static int memoryMb = 512;
  /** JVM options added to the class-load run only, such as -XX:LogClassLoadingCauseFor= (see the README). */
  private static List<String> classLogOptions = List.of();

  static final String MAP_EVENT = "{\"first_name\":\"John\",\"last_name\":\"Smith\"}";
  static final String RECORD_EVENT = "{\"orderId\":\"o-1\",\"items\":[{\"sku\":\"a\",\"quantity\":2,\"price\":3.5},"
      + "{\"sku\":\"b\",\"quantity\":1,\"price\":10.25}]}";
  static final String AWS_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
  private static final int WARMUP = 3_000;
  private static final long TIMEOUT_MILLIS = 120_000;
  /** Clock ticks per second of {@code /proc/PID/stat} ({@code getconf CLK_TCK}), 100 on Linux. */
  private static final int TICKS_PER_SECOND = 100;
  /** The handlers of aws-lambda-java-events classes, by kind: the event document and both handler names. */
  private static final Map<String, String[]> EVENT_KINDS = Map.of(
      "sqs", new String[] {"sqs.json", "bench-sqs", "AwsSqsOrders"},
      "rest", new String[] {"apigateway-v1-proxy.json", "bench-rest", "AwsRestOrders"},
      "http", new String[] {"apigateway-v2-http.json", "bench-http", "AwsHttpOrders"});

  /** One way to start a runtime for one handler. */
  static final class Target {
    final String kind;
    final String runtime;
    final String event;
    final List<String> command;
    final Path directory;
    final Map<String, String> environment;
    final boolean isReference;
    final List<Double> coldMillis = new ArrayList<>();
    final List<Long> coldRssKb = new ArrayList<>();
    final List<Double> coldCpuMillis = new ArrayList<>();
    final List<Double> warmCpuMicros = new ArrayList<>();
    /** CPU microseconds the fake API's connection threads used per warm invocation of this runtime. */
    final List<Double> warmApiMicros = new ArrayList<>();
    final List<Double> warmPerSecond = new ArrayList<>();
    final List<Long> warmRssKb = new ArrayList<>();
    int classes = -1;
    /** Classes loaded by the first result, by package group, most first. */
    List<Map.Entry<String, Integer>> classGroups = List.of();
    String sample;

    Target(String kind, String runtime, String event, List<String> command, Path directory,
        Map<String, String> environment, boolean isReference) {
      this.kind = kind;
      this.runtime = runtime;
      this.event = event;
      this.command = command;
      this.directory = directory;
      this.environment = environment;
      this.isReference = isReference;
    }

    String label() {
      return kind + " / " + runtime;
    }
  }

  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    int runs = 15;
    int warm = 20_000;
    int warmRuns = 3;
    int top = 12;
    boolean keepClassLogs = false;
    List<String> kinds = List.of("Map", "record");
    Path dir = Files.isDirectory(Path.of("benchmarks/target/coldstart")) ? Path.of("benchmarks/target/coldstart")
        : Path.of("target/coldstart");
    List<String> options = new ArrayList<>(Arrays.asList(args));
    keepClassLogs = options.remove("--keep-class-logs");
    args = options.toArray(new String[0]);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--java":
          java = Path.of(args[i + 1]);
          break;
        case "--runs":
          runs = Integer.parseInt(args[i + 1]);
          break;
        case "--warm":
          warm = Integer.parseInt(args[i + 1]);
          break;
        case "--warm-runs":
          warmRuns = Integer.parseInt(args[i + 1]);
          break;
        case "--memory":
          memoryMb = Integer.parseInt(args[i + 1]);
          break;
        case "--dir":
          dir = Path.of(args[i + 1]);
          break;
        case "--events":
          kinds = List.of(args[i + 1].split(","));
          for (String kind : kinds) {
            if (!kind.equals("Map") && !kind.equals("record") && !EVENT_KINDS.containsKey(kind)) {
              throw new IllegalArgumentException("Unknown event " + kind + "; events: Map, record, sqs, rest, http");
            }
          }
          break;
        case "--top":
          top = Integer.parseInt(args[i + 1]);
          break;
        case "--class-log-options":
          classLogOptions = args[i + 1].isBlank() ? List.of() : List.of(args[i + 1].trim().split("\\s+"));
          break;
        default:
          throw new IllegalArgumentException("Unknown option " + args[i]
              + "; options: --java PATH, --runs N, --warm N, --warm-runs N, --memory MB, --dir PATH,"
              + " --events Map,record,sqs,rest,http, --top N, --keep-class-logs, --class-log-options 'JVM OPTIONS'");
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("Option " + args[args.length - 1] + " needs a value");
    }
    dir = dir.toAbsolutePath();
    Path switchboardJar = dir.resolve("switchboard-app.jar");
    Path awsJar = dir.resolve("aws-handlers.jar");
    Path awsLib = dir.resolve("aws-lib");
    Path bareJar = dir.resolve("bare-client.jar");
    Path switchboardEventsJar = dir.resolve("switchboard-events-app.jar");
    Path awsEventsJar = dir.resolve("aws-event-handlers.jar");
    for (Path required : List.of(switchboardJar, awsJar, awsLib, bareJar, switchboardEventsJar, awsEventsJar)) {
      if (!Files.exists(required)) {
        throw new IllegalStateException(required + " is missing: build first with mvn -q -DskipTests package"
            + " from the repository root");
      }
    }
    String version = javaVersion(java);
    System.out.println("Cold start versus AWS's runtime interface client, on " + version);
    System.out.println("JVM flags of every runtime: " + String.join(" ", JVM_FLAGS) + " " + maxRam());
    System.out.println("Command: java -cp benchmarks/target/classes " + ColdStartBenchmark.class.getName()
        + " --java " + java + " --runs " + runs + " --warm " + warm + " --warm-runs " + warmRuns
        + " --memory " + memoryMb + " --events " + String.join(",", kinds));
    System.out.println();

    Path awsTask = Files.createDirectories(dir.resolve("aws-task"));
    List<Target> targets = new ArrayList<>();
    for (String kind : kinds) {
      boolean map = kind.equals("Map");
      String[] eventKind = EVENT_KINDS.get(kind);
      String event = eventKind != null ? eventDocument(eventKind[0]) : map ? MAP_EVENT : RECORD_EVENT;
      String handler = eventKind != null ? eventKind[1] : map ? "bench-hello" : "bench-orders";
      String awsHandler = "dev.switchboard.benchmarks.coldstart.aws."
          + (eventKind != null ? eventKind[2] : map ? "AwsHello" : "AwsOrders") + "::handleRequest";
      Path appJar = eventKind != null ? switchboardEventsJar : switchboardJar;
      Path awsHandlers = eventKind != null ? awsEventsJar : awsJar;

      List<String> aws = javaCommand(java);
      aws.addAll(List.of("-cp", awsHandlers + File.pathSeparator + awsLib + File.separator + "*", AWS_MAIN, awsHandler));
      targets.add(new Target(kind, "AWS RIC 2.9.0", event, aws, awsTask, Map.of(), true));

      List<String> switchboard = javaCommand(java);
      switchboard.addAll(List.of("-cp", appJar.toString(), "dev.switchboard.Main"));
      targets.add(new Target(kind, "Switchboard", event, switchboard, dir, Map.of("_HANDLER", handler), false));

      Path trained = train(java, appJar, dir.resolve("trained-" + handler), handler, event);
      String archive = Files.exists(trained.resolve("app.aot")) ? "AOT cache" : "AppCDS archive";
      Map<String, String> bootstrapEnv = new LinkedHashMap<>();
      bootstrapEnv.put("_HANDLER", handler);
      bootstrapEnv.put("JAVA_HOME", java.toAbsolutePath().getParent().getParent().toString());
      bootstrapEnv.put("LAMBDA_TASK_ROOT", trained.toString());
      bootstrapEnv.put("SWITCHBOARD_JAVA_OPTIONS", maxRam());
      targets.add(new Target(kind, "Switchboard + " + archive + " (bootstrap)", event,
          List.of(trained.resolve("bootstrap").toString()), trained, bootstrapEnv, false));

      if (map) {
        List<String> bare = javaCommand(java);
        bare.addAll(List.of("-cp", bareJar.toString(), BareClient.class.getName()));
        targets.add(new Target(kind, "bare HttpURLConnection, no JSON (floor)", event, bare, dir, Map.of(), false));
      }
    }

    for (int run = 0; run < runs; run++) {
      // Alternate: each round starts with a different target.
      for (int i = 0; i < targets.size(); i++) {
        Target target = targets.get((i + run) % targets.size());
        coldRun(target, null);
      }
      System.err.print("\rcold start rounds: " + (run + 1) + "/" + runs);
    }
    System.err.println();
    for (Target target : targets) {
      // A name only: -Xlog moves a file that already exists aside before it writes its own.
      Path log = Files.createTempFile(dir, "classes", ".log");
      Files.delete(log);
      coldRun(target, log);
      List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .filter(line -> line.contains("[class,load]")).collect(Collectors.toList());
      target.classes = loaded.size();
      target.classGroups = classGroups(loaded);
      if (keepClassLogs) {
        Path kept = dir.resolve("classes-" + target.kind + "-" + target.runtime.replaceAll("[^A-Za-z0-9.]+", "-") + ".log");
        Files.move(log, kept, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Class-load log of " + target.label() + ": " + kept);
      } else {
        Files.delete(log);
      }
    }
    for (int run = 0; run < warmRuns; run++) {
      for (int i = 0; i < targets.size(); i++) {
        warmRun(targets.get((i + run) % targets.size()), warm);
      }
      System.err.print("\rwarm rounds: " + (run + 1) + "/" + warmRuns);
    }
    System.err.println();
    report(targets, runs, warm, top);
  }

  /** One of the realistic event documents of this package's {@code events/} resources. */
  private static String eventDocument(String name) throws IOException {
    try (var in = ColdStartBenchmark.class.getResourceAsStream("events/" + name)) {
      if (in == null) {
        throw new IOException("No resource events/" + name + " beside " + ColdStartBenchmark.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Counts the lines of a {@code -Xlog:class+load} log by package group, most first: the JDK's
   * packages to three names ({@code java.lang.invoke}), AWS's Lambda packages to six
   * ({@code com.amazonaws.services.lambda.runtime.events}), Jackson's to four
   * ({@code com.fasterxml.jackson.databind}), others to three. The copies of Jackson and Joda that AWS's
   * client shades under {@code com.amazonaws.lambda.thirdparty} are grouped as the originals, marked.
   */
  static List<Map.Entry<String, Integer>> classGroups(List<String> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String line : lines) {
      int start = line.indexOf("[class,load] ") + "[class,load] ".length();
      int end = line.indexOf(' ', start);
      String name = end < 0 ? line.substring(start) : line.substring(start, end);
      counts.merge(classGroup(name), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> groups = new ArrayList<>(counts.entrySet());
    groups.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return groups;
  }

  static String classGroup(String className) {
    int hidden = className.indexOf('/');
    String name = hidden < 0 ? className : className.substring(0, hidden);
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "(default package)" : name.substring(0, dot);
    String shaded = "com.amazonaws.lambda.thirdparty.";
    String mark = "";
    if (pkg.startsWith(shaded)) {
      pkg = pkg.substring(shaded.length());
      mark = " (shaded by AWS)";
    }
    int depth = pkg.startsWith("com.amazonaws.services.lambda.") ? 6 : pkg.startsWith("com.fasterxml.jackson.") ? 4 : 3;
    String[] parts = pkg.split("\\.");
    return String.join(".", Arrays.asList(parts).subList(0, Math.min(depth, parts.length))) + mark;
  }

  private static List<String> javaCommand(Path java) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(JVM_FLAGS);
    command.add(maxRam());
    return command;
  }

  private static String maxRam() {
    return "-XX:MaxRAM=" + memoryMb + "m";
  }

  /** Lays out a deployment directory with Switchboard's own training run, as the examples build does. */
  private static Path train(Path java, Path jar, Path out, String handler, String event)
      throws IOException, InterruptedException {
    List<String> command = List.of(java.toString(), "-cp", jar.toString(), "dev.switchboard.lambda.TrainingRun",
        "--jar", jar.toString(), "--out", out.toString(), "--handler", handler, "--event", event,
        "--invocations", "200", "--java", java.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("The training run failed:\n" + output);
    }
    System.out.print(output);
    return out;
  }

  private static Process start(Target target, BenchmarkApi api, Path classLog) throws IOException {
    List<String> command = new ArrayList<>(target.command);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(target.directory.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("_HANDLER")
        || name.startsWith("SWITCHBOARD_") || name.equals("JAVA_TOOL_OPTIONS"));
    env.put("AWS_LAMBDA_RUNTIME_API", api.address());
    env.put("AWS_LAMBDA_FUNCTION_NAME", "benchmark");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/benchmark");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]benchmark");
    env.putAll(target.environment);
    if (classLog != null) {
      String option = "-Xlog:class+load=info:file=" + classLog;
      if (command.get(0).endsWith("bootstrap")) {
        env.put("SWITCHBOARD_JAVA_OPTIONS", env.get("SWITCHBOARD_JAVA_OPTIONS") + " " + option
            + (classLogOptions.isEmpty() ? "" : " " + String.join(" ", classLogOptions)));
      } else {
        command.add(1, option);
        command.addAll(2, classLogOptions);
        builder.command(command);
      }
    }
    return builder.start();
  }

  private static void coldRun(Target target, Path classLog) throws Exception {
    try (BenchmarkApi api = new BenchmarkApi(target.event)) {
      api.release(1);
      long start = System.nanoTime();
      Process process = start(target, api, classLog);
      try {
        if (!api.awaitResults(1, TIMEOUT_MILLIS)) {
          throw new IllegalStateException(target.label() + " answered nothing in " + TIMEOUT_MILLIS + " ms");
        }
        long rss = peakRssKb(process.pid());
        long cpuTicks = cpuTicks(process.pid());
        check(target, api);
        if (classLog == null) {
          target.coldMillis.add((api.firstResultNanos() - start) / 1e6);
          target.coldRssKb.add(rss);
          target.coldCpuMillis.add(cpuTicks * 1000.0 / TICKS_PER_SECOND);
        }
        target.sample = api.firstResult();
      } finally {
        stop(process);
      }
    }
  }

  private static void warmRun(Target target, int invocations) throws Exception {
    try (BenchmarkApi api = new BenchmarkApi(target.event)) {
      api.release(1 + WARMUP);
      Process process = start(target, api, null);
      try {
        if (!api.awaitResults(1 + WARMUP, TIMEOUT_MILLIS)) {
          throw new IllegalStateException(target.label() + " did not serve " + (1 + WARMUP) + " invocations in "
              + TIMEOUT_MILLIS + " ms");
        }
        long startTicks = cpuTicks(process.pid());
        long apiStart = api.cpuNanos();
        long start = System.nanoTime();
        api.release(invocations);
        if (!api.awaitResults(1 + WARMUP + invocations, TIMEOUT_MILLIS)) {
          throw new IllegalStateException(target.label() + " did not serve " + invocations + " warm invocations in "
              + TIMEOUT_MILLIS + " ms");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long ticks = cpuTicks(process.pid()) - startTicks;
        target.warmApiMicros.add((api.cpuNanos() - apiStart) / 1e3 / invocations);
        target.warmRssKb.add(peakRssKb(process.pid()));
        target.warmCpuMicros.add(ticks * 1e6 / TICKS_PER_SECOND / invocations);
        check(target, api);
        target.warmPerSecond.add(invocations / seconds);
      } finally {
        stop(process);
      }
    }
  }

  private static void check(Target target, BenchmarkApi api) {
    if (api.errors() > 0) {
      throw new IllegalStateException(target.label() + " failed: " + api.firstError());
    }
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * The CPU time a process has used, user and system, in clock ticks ({@code utime} and
   * {@code stime} of {@code /proc/PID/stat}).
   */
  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
    // The fields after the command name, which is in parentheses and may hold spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** The peak resident set size of a process, {@code VmHWM} of {@code /proc/PID/status}, in KB. */
  static long peakRssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
      }
    }
    throw new IOException("no VmHWM in /proc/" + pid + "/status");
  }

  private static String javaVersion(Path java) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    String[] lines = text.split("\n");
    return lines.length > 1 ? lines[1].trim() : text.trim();
  }

  private static void report(List<Target> targets, int runs, int warm, int top) {
    String header = String.format(Locale.ROOT, "%-7s %-43s %21s %5s %7s %6s %5s %7s %5s %8s %5s %7s %6s %6s",
        "event", "runtime", "cold ms (p25-p75)", "ratio", "cold CPU", "RSS MB", "ratio", "classes", "ratio",
        "warm/s", "ratio", "CPU us", "API us", "RSS MB");
    System.out.println("cold ms: median of " + runs + " runs, from spawn to the first result at the API."
        + " cold CPU: CPU ms the process used by then.");
    System.out.println("RSS MB: peak (VmHWM) at the first result, and (last column) after " + WARMUP + " + " + warm
        + " warm invocations. classes: loaded by the first result.");
    System.out.println("warm/s: warm invocations per second, median of the runs; CPU us: CPU microseconds the"
        + " runtime's process used per warm invocation; API us: CPU microseconds the fake Runtime API used per"
        + " invocation of that runtime (each invocation waits for both). Ratios are to AWS's client in this run.");
    System.out.println();
    System.out.println(header);
    Map<String, Target> references = new LinkedHashMap<>();
    for (Target target : targets) {
      if (target.isReference) {
        references.put(target.kind, target);
      }
    }
    for (Target target : targets) {
      Target reference = references.get(target.kind);
      double cold = median(target.coldMillis);
      double rss = median(toDoubles(target.coldRssKb)) / 1024;
      double perSecond = median(target.warmPerSecond);
      double warmRss = median(toDoubles(target.warmRssKb)) / 1024;
      System.out.println(String.format(Locale.ROOT,
          "%-7s %-43s %21s %5.2f %7.0f %6.1f %5.2f %7d %5.2f %8s %5s %7s %6s %6s",
          target.kind, target.runtime,
          String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", cold, percentile(target.coldMillis, 25),
              percentile(target.coldMillis, 75)),
          cold / median(reference.coldMillis),
          median(target.coldCpuMillis),
          rss, rss / (median(toDoubles(reference.coldRssKb)) / 1024),
          target.classes, (double) target.classes / reference.classes,
          orDash("%.0f", perSecond), orDash("%.2f", perSecond / median(reference.warmPerSecond)),
          orDash("%.0f", median(target.warmCpuMicros)),
          orDash("%.0f", median(target.warmApiMicros)),
          orDash("%.1f", warmRss)));
    }
    System.out.println();
    System.out.println("Targets (ratios to AWS's client):");
    for (Target target : targets) {
      Target reference = references.get(target.kind);
      if (target.isReference || target.runtime.startsWith("bare")) {
        continue;
      }
      boolean archived = target.runtime.contains("+");
      double cold = median(target.coldMillis) / median(reference.coldMillis);
      if (EVENT_KINDS.containsKey(target.kind)) {
        // Issue 9: the cold start of handlers of aws-lambda-java-events classes, at most 0.5x.
        line(target.kind + ", " + target.runtime + ": cold start", cold, 0.50, true);
        continue;
      }
      line(target.kind + ", " + target.runtime + ": cold start", cold, archived ? 0.40 : 0.55, true);
      if (!archived && !target.warmPerSecond.isEmpty()) {
        line(target.kind + ", " + target.runtime + ": peak RSS at first result",
            median(toDoubles(target.coldRssKb)) / median(toDoubles(reference.coldRssKb)), 0.75, true);
        line(target.kind + ", " + target.runtime + ": peak RSS after warm invocations",
            median(toDoubles(target.warmRssKb)) / median(toDoubles(reference.warmRssKb)), 0.75, true);
        line(target.kind + ", " + target.runtime + ": classes loaded",
            (double) target.classes / reference.classes, 0.50, true);
        line(target.kind + ", " + target.runtime + ": warm throughput",
            median(target.warmPerSecond) / median(reference.warmPerSecond), 1.50, false);
        line(target.kind + ", " + target.runtime + ": (warm invocations per CPU second)",
            median(reference.warmCpuMicros) / median(target.warmCpuMicros), 1.50, false);
      }
    }
    System.out.println();
    System.out.println("Classes loaded by the first result, by package group (top " + top + "):");
    for (Target target : targets) {
      StringBuilder groups = new StringBuilder();
      for (Map.Entry<String, Integer> group : target.classGroups.subList(0, Math.min(top, target.classGroups.size()))) {
        groups.append(String.format(Locale.ROOT, "%n    %5d  %s", group.getValue(), group.getKey()));
      }
      System.out.println("  " + target.label() + ": " + target.classes + groups);
    }
    System.out.println();
    System.out.println("Binding path (jackson-databind classes loaded by the first result; AWS's are its shaded copy):");
    for (Target target : targets) {
      int databind = 0;
      for (Map.Entry<String, Integer> group : target.classGroups) {
        if (group.getKey().startsWith("com.fasterxml.jackson.databind")) {
          databind += group.getValue();
        }
      }
      System.out.println("  " + target.label() + ": " + (databind == 0 ? "no databind class" : databind + " databind classes"));
    }
    System.out.println();
    System.out.println("First result of each runtime (the same logic must give the same answer):");
    for (Target target : targets) {
      System.out.println("  " + target.label() + ": " + target.sample);
    }
  }

  private static String orDash(String format, double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
  }

  private static void line(String what, double ratio, double target, boolean atMost) {
    boolean met = atMost ? ratio <= target : ratio >= target;
    System.out.println(String.format(Locale.ROOT, "  %-78s %5.2fx (target %s %.2fx): %s", what, ratio,
        atMost ? "<=" : ">=", target, met ? "met" : "NOT met"));
  }

  private static List<Double> toDoubles(List<Long> values) {
    List<Double> doubles = new ArrayList<>();
    for (long value : values) {
      doubles.add((double) value);
    }
    return doubles;
  }

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  static double percentile(List<Double> values, int percent) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    double position = (sorted.length - 1) * percent / 100.0;
    int lower = (int) Math.floor(position);
    int upper = (int) Math.ceil(position);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
  }
}
