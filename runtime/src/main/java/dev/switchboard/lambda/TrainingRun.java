package dev.switchboard.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lays out the directory of a Lambda deployment package, {@code bootstrap} + {@code app.jar} + a
 * class-data archive, and makes the archive with a training run: the jar serves invocations of one
 * handler from a Runtime API on loopback, in a JVM that writes down the classes it loaded when it
 * exits ({@code -XX:AOTCacheOutput} on JDK 25 and later, {@code -XX:ArchiveClassesAtExit} on 17 to
 * 24). A JVM started with the archive maps those classes already parsed and verified.
 *
 * <pre>
 * java -cp app.jar dev.switchboard.lambda.TrainingRun --jar app.jar --out DIR --handler NAME
 *     [--event JSON|@FILE]... [--default-event JSON|@FILE]... [--invocations N] [--java PATH]
 * </pre>
 *
 * An event given with {@code --event} (or {@code --event=...}; an empty one counts as none) is the
 * user's choice: when every invocation with it fails, the run fails and writes no archive. Without
 * one, the {@code --default-event}s (or {@code {}}) are used, and when every invocation fails the run
 * warns, naming the handler, its first error and the option to set, and writes no archive.
 *
 * The archive only works with the Java runtime that made it: {@code --java} names that runtime's
 * {@code bin/java} (the one running this class by default). {@code --invocations 0} lays out the
 * directory with no archive.
 */
public final class TrainingRun {
  /** The JVM flags of the bootstrap script, which the training run uses too. */
  public static final List<String> JVM_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  static final String USAGE = "Usage: java -cp app.jar dev.switchboard.lambda.TrainingRun --jar JAR --out DIR"
      + " --handler NAME [--event JSON|@FILE]... [--default-event JSON|@FILE]... [--invocations N] [--java PATH]";

  /** How long a training run may take before it is given up. */
  private static final long TIMEOUT_SECONDS = 300;

  private final Path jar;
  private final Path out;
  private final String handler;
  private final List<byte[]> events;
  /** Whether the events are the user's choice ({@code --event}) rather than the defaults. */
  private final boolean chosen;
  private final int invocations;
  private final Path java;
  private final PrintStream log;

  private TrainingRun(
      Path jar, Path out, String handler, List<byte[]> events, boolean chosen, int invocations, Path java,
      PrintStream log) {
    this.jar = jar;
    this.out = out;
    this.handler = handler;
    this.events = events;
    this.chosen = chosen;
    this.invocations = invocations;
    this.java = java;
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out));
  }

  /** Runs with command-line arguments; returns the exit status (0 success, 1 failure, 2 usage). */
  static int run(String[] args, PrintStream log) throws IOException, InterruptedException {
    Path jar = null;
    Path out = null;
    String handler = null;
    List<byte[]> events = new ArrayList<>();
    List<byte[]> defaultEvents = new ArrayList<>();
    int invocations = 100;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      String value;
      int equals = option.indexOf('=');
      if (option.startsWith("--") && equals > 0) {
        // --event=VALUE: one argument even when VALUE is empty, as a build tool passes an unset property
        value = option.substring(equals + 1);
        option = option.substring(0, equals);
      } else if (i + 1 >= args.length) {
        log.println("TrainingRun: " + option + " needs a value. " + USAGE);
        return 2;
      } else {
        value = args[++i];
      }
      switch (option) {
        case "--jar":
          jar = Path.of(value);
          break;
        case "--out":
          out = Path.of(value);
          break;
        case "--handler":
          handler = value;
          break;
        case "--event":
        case "--default-event":
          if (value.isEmpty()) {
            break; // no event given: the defaults apply
          }
          try {
            (option.equals("--event") ? events : defaultEvents).add(value.startsWith("@")
                ? Files.readAllBytes(Path.of(value.substring(1))) : value.getBytes(StandardCharsets.UTF_8));
          } catch (NoSuchFileException e) {
            log.println("TrainingRun: no event file " + e.getFile());
            return 2;
          }
          break;
        case "--invocations":
          try {
            invocations = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            invocations = -1;
          }
          if (invocations < 0) {
            log.println("TrainingRun: --invocations takes a number, 0 or more; found '" + value + "'");
            return 2;
          }
          break;
        case "--java":
          java = Path.of(value);
          break;
        default:
          log.println("TrainingRun: unknown option '" + option + "'. " + USAGE);
          return 2;
      }
    }
    if (jar == null || out == null || (handler == null && invocations > 0)) {
      log.println("TrainingRun: --jar, --out and --handler are required. " + USAGE);
      return 2;
    }
    if (!Files.isRegularFile(jar)) {
      log.println("TrainingRun: no jar at " + jar + ". Build it first (mvn package).");
      return 2;
    }
    boolean chosen = !events.isEmpty();
    if (!chosen) {
      events = defaultEvents;
    }
    if (events.isEmpty()) {
      events.add("{}".getBytes(StandardCharsets.UTF_8));
    }
    return new TrainingRun(jar, out, handler, events, chosen, invocations, java, log).run();
  }

  private int run() throws IOException, InterruptedException {
    Files.createDirectories(out);
    Path appJar = out.resolve("app.jar");
    Files.copy(jar, appJar, StandardCopyOption.REPLACE_EXISTING);
    // An archive remembers the modification time of each jar it was made from and is not used with
    // a jar of another time. Zip files keep times in 2-second steps: an even second survives the
    // round trip through the deployment package.
    long seconds = Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
    Files.setLastModifiedTime(appJar, FileTime.from(seconds - seconds % 2, TimeUnit.SECONDS));
    writeBootstrap(out.resolve("bootstrap"));
    Files.deleteIfExists(out.resolve("app.jsa"));
    Files.deleteIfExists(out.resolve("app.aot"));
    if (invocations == 0) {
      log.println("TrainingRun: wrote " + out + " (bootstrap, app.jar) with no class-data archive");
      return 0;
    }

    int feature = featureVersion(java);
    if (feature < 17) {
      log.println("TrainingRun: " + java + " is Java " + (feature <= 0 ? "of an unknown version" : feature)
          + "; Switchboard needs Java 17 or later. Pass --java with the path of a newer bin/java.");
      return 1;
    }
    String archive = feature >= 25 ? "app.aot" : "app.jsa";
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(JVM_FLAGS);
    // A fixed, small heap keeps compressed object pointers on whatever the build machine's memory,
    // as they are in Lambda: an archive is not used by a JVM whose pointer encoding differs.
    command.add("-Xmx512m");
    command.add(feature >= 25 ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
    command.add("-cp");
    command.add("app.jar");
    command.add("dev.switchboard.Main");

    Api api = new Api(events, invocations);
    Path output = Files.createTempFile("switchboard-training", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(out.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile());
      builder.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.port());
      builder.environment().put("_HANDLER", handler);
      builder.environment().put(RuntimeLoop.MAX_INVOCATIONS, Integer.toString(invocations));
      builder.environment().putIfAbsent("AWS_LAMBDA_FUNCTION_NAME", "training");
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("did not finish in " + TIMEOUT_SECONDS + " seconds", output);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (api.initError != null) {
        return fail("failed to initialize: " + api.initError, output);
      }
      if (process.exitValue() != 0) {
        return fail("the JVM exited with status " + process.exitValue(), output);
      }
      Path written = out.resolve(archive);
      if (!Files.isRegularFile(written) || Files.size(written) == 0) {
        return fail("the JVM exited without writing " + written, output);
      }
      if (api.errors.get() >= invocations) {
        // An archive of the error path only: the handler's own classes were never loaded.
        Files.deleteIfExists(written);
        String events = this.events.size() == 1 ? "the event " + text(this.events.get(0))
            : "each of the " + this.events.size() + " events";
        if (chosen) {
          log.println("TrainingRun: every one of the " + invocations + " invocations of handler '" + handler
              + "' failed with " + events + " given by --event; the first error: " + api.firstError
              + ". Give --event (the build property switchboard.training.event) an event that handler"
              + " accepts. No archive was written.");
          return 1;
        }
        log.println("TrainingRun: warning: every one of the " + invocations + " invocations of handler '"
            + handler + "' failed with " + (this.events.size() == 1 ? "the default event " + text(this.events.get(0))
                : "each of the " + this.events.size() + " default events") + "; the first error: "
            + api.firstError + ". Set --event (the build property switchboard.training.event) to an event"
            + " that handler accepts. Wrote " + out + " (bootstrap, app.jar) with no class-data archive.");
        return 0;
      }
      if (api.errors.get() > 0) {
        log.println("TrainingRun: warning: " + api.errors.get() + " of " + invocations + " invocations failed;"
            + " the first error: " + api.firstError);
      }
      log.println("TrainingRun: wrote " + out + " (bootstrap, app.jar, " + archive + " of "
          + Files.size(written) / 1024 + " KB) from " + invocations + " invocations of '" + handler + "' on Java "
          + feature + " in " + millis + " ms");
      return 0;
    } finally {
      api.stop();
      Files.deleteIfExists(output);
    }
  }

  /** An event as text for a message, shortened. */
  private static String text(byte[] event) {
    String text = new String(event, StandardCharsets.UTF_8);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private int fail(String problem, Path output) throws IOException {
    log.println("TrainingRun: the training run of handler '" + handler + "' " + problem + ". Its output:");
    log.println(Files.readString(output, StandardCharsets.UTF_8));
    return 1;
  }

  private static void writeBootstrap(Path target) throws IOException {
    try (InputStream in = TrainingRun.class.getResourceAsStream("bootstrap")) {
      if (in == null) {
        throw new IOException("the bootstrap script is missing from the jar: expected "
            + "dev/switchboard/lambda/bootstrap next to TrainingRun.class");
      }
      Files.write(target, in.readAllBytes());
    }
    try {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the zip tool must mark the script executable.
    }
  }

  /**
   * The feature version of a {@code bin/java}, from the runtime's {@code release} file, or from
   * {@code java -version} when there is none; 0 when neither says.
   */
  static int featureVersion(Path java) throws IOException, InterruptedException {
    Path home = java.toAbsolutePath().getParent().getParent();
    Path release = home.resolve("release");
    if (Files.isRegularFile(release)) {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return leadingNumber(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
        }
      }
    }
    Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    int quote = text.indexOf('"');
    return quote < 0 ? 0 : leadingNumber(text.substring(quote + 1));
  }

  private static int leadingNumber(String text) {
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
  }

  /** A Runtime API on loopback that hands out the training events, then refuses. */
  private static final class Api {
    private final HttpServer server;
    private final List<byte[]> events;
    private final int invocations;
    private final AtomicInteger handedOut = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    volatile String firstError;
    volatile String initError;

    Api(List<byte[]> events, int invocations) throws IOException {
      // Answer without Nagle's delay, as Lambda's API does; otherwise each answer waits some 40 ms
      // for the client's delayed ACK.
      System.setProperty("sun.net.httpserver.nodelay", "true");
      this.events = events;
      this.invocations = invocations;
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/2018-06-01/runtime/", this::handle);
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    void stop() {
      server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (path.endsWith("/invocation/next")) {
        int n = handedOut.getAndIncrement();
        if (n >= invocations) {
          answer(exchange, 500, "{\"errorMessage\":\"The training run is over\"}".getBytes(StandardCharsets.UTF_8));
          return;
        }
        exchange.getResponseHeaders().add(RuntimeApiClient.REQUEST_ID, "training-" + n);
        exchange.getResponseHeaders().add(RuntimeApiClient.DEADLINE_MS,
            Long.toString(System.currentTimeMillis() + 60_000));
        exchange.getResponseHeaders().add(RuntimeApiClient.INVOKED_FUNCTION_ARN,
            "arn:aws:lambda:us-east-1:000000000000:function:training");
        exchange.getResponseHeaders().add(RuntimeApiClient.TRACE_ID, "Root=1-00000000-000000000000000000000000;Sampled=0");
        answer(exchange, 200, events.get(n % events.size()));
        return;
      }
      if (path.endsWith("/init/error")) {
        initError = new String(body, StandardCharsets.UTF_8);
      } else if (path.endsWith("/error")) {
        if (errors.getAndIncrement() == 0) {
          firstError = new String(body, StandardCharsets.UTF_8);
        }
      }
      answer(exchange, 202, new byte[0]);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
