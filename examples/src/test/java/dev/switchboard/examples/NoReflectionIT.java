package dev.switchboard.examples;

import static dev.switchboard.examples.SwitchboardJar.JSON;
import static dev.switchboard.examples.SwitchboardJar.jar;
import static dev.switchboard.examples.SwitchboardJar.main;
import static dev.switchboard.examples.SwitchboardJar.withFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.ClassLoadLog.Resolution;
import dev.switchboard.examples.SwitchboardJar.Result;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-reflection claim, proven from the JVM's own logs of a real {@code invoke}: the runtime loads
 * the invoked handler's class alone (not the other handlers of the table), reaches it from the
 * generated table's bytecode (not {@code Class.forName}), calls it without core reflection (no
 * generated accessor for it, no reflection frame under it), and creates no {@code ObjectMapper} for
 * a handler of JSON-natural types.
 *
 * <p>Each assertion is also run against {@code RtReflectiveLauncher}, a fixture that invokes the same
 * handlers the way a reflective runtime would, to show that the assertions catch exactly that.
 *
 * <p>How reflection shows in the log: {@code -Xlog:class+resolve=debug} names the class whose
 * constant pool resolved each class, so it tells the generated table from {@code Class.forName} on
 * every JDK. With {@code sun.reflect.noInflation} (and, on JDK 18 to 21, the old reflection
 * implementation selected), every {@code Method.invoke} and {@code Constructor.newInstance} makes the
 * JVM spin a {@code GeneratedMethodAccessor}/{@code GeneratedConstructorAccessor} whose code resolves
 * its target. JDK 22 and later reflect through method handles and spin no such class; there the
 * stack-trace assertion is what catches {@code Method.invoke}.
 */
class NoReflectionIT {
  private static final String EXAMPLES = "dev.switchboard.examples.";
  private static final String HELLO = EXAMPLES + "Hello";
  private static final String ORDERS = EXAMPLES + "Orders";
  private static final String FAIL = EXAMPLES + "Fail";
  private static final String LAUNCHER = "dev.switchboard.fixtures.rt.RtReflectiveLauncher";
  private static final String ONE_LINE_MAIN = "dev.switchboard.fixtures.rt.RtOneLineMain";
  private static final String HELLO_EVENT = "{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}";

  /**
   * The classes that show reflection or the stream machinery: core reflection's accessors (native,
   * delegating, method-handle based or generated) and anything of {@code java.util.stream}.
   */
  private static final Predicate<String> REFLECTION_OR_STREAMS = name ->
      (name.startsWith("jdk.internal.reflect.") && name.contains("Accessor"))
          || name.startsWith("java.util.stream.");

  /** The accessors the issue names, which a reflective call on the cold path would load. */
  private static final List<String> REFLECTIVE_CALL_ACCESSORS = List.of(
      "jdk.internal.reflect.NativeMethodAccessorImpl", "jdk.internal.reflect.DelegatingMethodAccessorImpl",
      "jdk.internal.reflect.DelegatingConstructorAccessorImpl", "jdk.internal.reflect.DirectMethodHandleAccessor");

  /** Make every reflective call leave a generated accessor in the log (JDK 17 to 21). */
  private static final String[] SPIN_ACCESSORS = {
    "-Dsun.reflect.noInflation=true", "-Djdk.reflect.useDirectMethodHandle=false",
  };

  private static final boolean ACCESSORS_SPUN = Runtime.version().feature() < 22;

  /** The table's class name and every handler class, from the manifest packed in the jar. */
  private static String table;
  private static Set<String> handlerClasses;

  @BeforeAll
  static void readManifest() throws IOException {
    try (ZipFile zip = new ZipFile(SwitchboardJar.jar().toFile());
        InputStream in = zip.getInputStream(zip.getEntry("META-INF/switchboard/handlers.json"))) {
      JsonNode manifest = JSON.readTree(in);
      table = manifest.get("table").textValue();
      handlerClasses = new TreeSet<>();
      manifest.get("handlers").forEach(handler -> handlerClasses.add(handler.get("class").textValue()));
    }
    assertTrue(handlerClasses.size() >= 8, "the proof needs a table of several handlers: " + handlerClasses);
    assertTrue(handlerClasses.containsAll(List.of(HELLO, ORDERS, FAIL)), handlerClasses::toString);
  }

  @Test
  void mapHandlerLoadsOnlyItsOwnClassThroughTheTableAndNoDatabind(@TempDir Path dir) {
    Path logFile = dir.resolve("hello.log");
    Result run = jar("invoke", "hello", "--event", "{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}")
        .jvm(SPIN_ACCESSORS)
        .jvm(ClassLoadLog.jvmOptions(logFile))
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"message\":\"Hello Ada Lovelace!\"}", run.response(), run::toString);
    ClassLoadLog log = ClassLoadLog.read(logFile);

    // Of the table's handler classes, only Hello is loaded, and the table is one class.
    assertEquals(List.of(table, HELLO), log.loaded(name -> name.startsWith(EXAMPLES)));
    for (String other : handlerClasses) {
      if (!other.equals(HELLO)) {
        assertTrue(log.loaded(name -> name.equals(other) || name.startsWith(other + "$")).isEmpty(),
            other + " was loaded by an invocation of hello");
      }
    }
    assertEquals(List.of(), reflectiveDispatch(log, HELLO));

    assertFalse(log.isLoaded("com.fasterxml.jackson.databind.ObjectMapper"), "a Map handler creates no ObjectMapper");
    assertEquals(List.of(), log.loaded(name -> name.startsWith("com.fasterxml.jackson.databind.")),
        "a Map handler loads no jackson-databind class at all");
    assertTrue(log.isLoaded("com.fasterxml.jackson.core.JsonFactory"), "it reads and writes with jackson-core");
    assertEquals(List.of(), log.loaded(name -> name.startsWith("java.util.regex.")),
        "no regular expression is compiled on the way to a well-formed event's result");
    // The table calls AWS-Context handlers through an adapter that only their case names.
    assertEquals(List.of(), log.loaded(name -> name.startsWith("com.amazonaws.")),
        "a plain handler loads no class of aws-lambda-java-core, though the jar has it");
    assertFalse(log.isLoaded("dev.switchboard.internal.AwsContext"), "nor the AWS Context adapter");
  }

  @Test
  void invokeLoadsNoReflectionAccessorNorStreamClassBeyondABareJvms(@TempDir Path dir) {
    Set<String> bare = bareJvmClasses(dir);
    Path logFile = dir.resolve("invoke.log");
    Result run = jar("invoke", "hello", "--event", HELLO_EVENT)
        .jvm(ClassLoadLog.jvmOptions(logFile))
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"message\":\"Hello Ada Lovelace!\"}", run.response(), run::toString);

    assertNoReflectionBeyond(bare, ClassLoadLog.read(logFile), "invoke hello");
  }

  @Test
  void lambdaLoopLoadsNoReflectionAccessorNorStreamClassBeyondABareJvms(@TempDir Path dir) throws Exception {
    // On JDK 17 java.net.SocketImpl's static initializer links a lambda, whose first instance the JDK
    // creates with Constructor.newInstance: any TCP client pays that, so the baseline creates a Socket
    // and sets TCP_NODELAY, as the runtime's client does.
    Set<String> bare = bareJvmClasses(dir, "socket");
    Set<String> socketOnly = new TreeSet<>(bare);
    socketOnly.removeAll(bareJvmClasses(dir));
    // (On JDK 17 that is DelegatingConstructorAccessorImpl; on JDK 25 jdk.net.ExtendedSocketOptions'
    // initializer adds the method-handle accessors. Nothing but the JDK's own accessors, no streams.)
    assertTrue(socketOnly.stream().allMatch(name -> name.startsWith("jdk.internal.reflect.")),
        "a JVM that creates a Socket loads at most the JDK's own reflection accessors: " + socketOnly);
    assertNoReflectionBeyond(bare, lambdaLoopServingHello(dir), "the Lambda loop serving hello");
  }

  @Test
  void lambdaLoopLeavesOutWhatItHasNoUseFor(@TempDir Path dir) throws Exception {
    // Classes a cold start once loaded and no longer does (JDK 25 figures in benchmarks/README.md):
    // a JVM that opens a socket and reads a jar may load some of them itself; those are not counted.
    Path bareLog = dir.resolve("bare-socket-all.log");
    Result bareRun = main(ONE_LINE_MAIN, "socket").jvm(ClassLoadLog.jvmOptions(bareLog)).run();
    assertEquals(0, bareRun.exitCode(), bareRun::toString);
    Set<String> bare = new TreeSet<>(ClassLoadLog.read(bareLog).loaded(name -> true));
    ClassLoadLog log = lambdaLoopServingHello(dir).beforeShutdown();

    List<String> avoidable = List.of(
        "com.fasterxml.jackson.core.json.ByteSourceJsonBootstrapper", // parsers built without a factory
        "com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer",
        "com.fasterxml.jackson.core.util.JsonRecyclerPools",
        "java.lang.ClassValue", // the tables of the runtime's own loader are held in a map
        "java.net.SocksSocketImpl", // the Runtime API's socket uses no proxy
        "sun.net.spi.DefaultProxySelector",
        "java.nio.charset.StandardCharsets", // UTF-8 is found by name
        "sun.nio.cs.StreamDecoder", // service files are read without a Reader
        "dev.switchboard.internal.HandlerRegistry$Creation", // one handler, created once
        "dev.switchboard.internal.json.ListCodec", // codec classes load when a handler uses them
        "dev.switchboard.internal.json.PrimitiveCodec",
        "dev.switchboard.internal.json.JsonNodeCodec",
        "dev.switchboard.internal.UnknownHandlerException", // error classes load when thrown
        "dev.switchboard.internal.json.ResultSerializationException");
    List<String> loaded = new ArrayList<>();
    for (String name : avoidable) {
      if (log.isLoaded(name) && !bare.contains(name)) {
        loaded.add(name);
      }
    }
    assertEquals(List.of(), loaded, "the Lambda loop's cold path loads classes it has no use for");
    assertTrue(log.isLoaded("com.fasterxml.jackson.core.json.UTF8StreamJsonParser"), "the check saw the parse");
  }

  /** Runs the jar's Lambda loop for one invocation of hello against a fake Runtime API; its class-load log. */
  private static ClassLoadLog lambdaLoopServingHello(Path dir) throws Exception {
    Path logFile = dir.resolve("loop.log");
    BlockingQueue<String> posted = new ArrayBlockingQueue<>(4);
    HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext("/2018-06-01/runtime/", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/invocation/next")) {
          exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "r-1");
          exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
              Long.toString(System.currentTimeMillis() + 30_000));
          exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
              "arn:aws:lambda:us-east-1:123456789012:function:hello");
          send(exchange, 200, HELLO_EVENT.getBytes(StandardCharsets.UTF_8));
        } else {
          posted.add(path.substring(path.lastIndexOf('/') + 1) + " " + new String(body, StandardCharsets.UTF_8));
          send(exchange, 202, new byte[0]);
        }
      }
    });
    api.start();
    try {
      Result run = jar(new String[0]) // java -jar app.jar, no command
          .env("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.getAddress().getPort())
          .env("_HANDLER", "hello")
          .env("SWITCHBOARD_MAX_INVOCATIONS", "1")
          .jvm(ClassLoadLog.jvmOptions(logFile))
          .run();
      assertEquals(0, run.exitCode(), run::toString);
      assertEquals("response {\"message\":\"Hello Ada Lovelace!\"}", posted.poll(5, TimeUnit.SECONDS), run::toString);
    } finally {
      api.stop(0);
    }

    return ClassLoadLog.read(logFile);
  }

  @Test
  void theColdPathCheckCatchesAServiceLoaderLookup(@TempDir Path dir) {
    Set<String> bare = bareJvmClasses(dir);
    Path logFile = dir.resolve("service-loader.log");
    Result run = main("dev.switchboard.fixtures.rt.RtServiceLoaderLookup")
        .jvm(ClassLoadLog.jvmOptions(logFile))
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Integer.parseInt(run.response()) >= 8, run::toString);

    List<String> extra = ClassLoadLog.read(logFile).loaded(REFLECTION_OR_STREAMS.and(name -> !bare.contains(name)));
    assertFalse(extra.isEmpty(), "ServiceLoader creates a table reflectively: " + extra);
  }

  /** The reflection and stream classes of a JVM, started as the runtime is, that runs a one-line main. */
  private static Set<String> bareJvmClasses(Path dir, String... args) {
    Path logFile = dir.resolve("bare" + args.length + ".log");
    Result run = main(ONE_LINE_MAIN, args).jvm(ClassLoadLog.jvmOptions(logFile)).run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("ok", run.response(), run::toString);
    return new TreeSet<>(ClassLoadLog.read(logFile).beforeShutdown().loaded(REFLECTION_OR_STREAMS));
  }

  /** Compares what the path loaded before the JVM began to shut down with a bare JVM's, cut the same way. */
  private static void assertNoReflectionBeyond(Set<String> bare, ClassLoadLog whole, String what) {
    ClassLoadLog log = whole.beforeShutdown();
    assertEquals(List.of(), log.loaded(REFLECTION_OR_STREAMS.and(name -> !bare.contains(name))),
        what + " loads reflection accessors or stream classes that a bare JVM (" + bare + ") does not");
    for (String accessor : REFLECTIVE_CALL_ACCESSORS) {
      assertFalse(log.isLoaded(accessor) && !bare.contains(accessor), what + " loads " + accessor);
    }
    assertEquals(0, log.reflectionAccessorCount(), what + " spins no Generated*Accessor");
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void recordHandlerIsBoundByGeneratedCodecsWithNoDatabind(@TempDir Path dir) {
    Path logFile = dir.resolve("orders.log");
    Result run = jar("invoke", "orders", "--event",
        "{\"orderId\": \"o-9\", \"items\": [{\"sku\": \"a\", \"quantity\": 3, \"price\": 2.5}]}")
        .jvm(SPIN_ACCESSORS)
        .jvm(ClassLoadLog.jvmOptions(logFile))
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"orderId\":\"o-9\",\"total\":7.5,\"items\":3,\"receivedAt\":\"2026-01-01T00:00:00Z\"}",
        run.response(), run::toString);
    ClassLoadLog log = ClassLoadLog.read(logFile);

    // The handler, its records and their generated codecs: nothing else of the application.
    for (String name : log.loaded(n -> n.startsWith(EXAMPLES))) {
      assertTrue(name.startsWith(table) || name.startsWith(ORDERS), "unexpected class loaded: " + name);
    }
    assertTrue(log.isLoaded(table), "dispatched through the table");
    assertEquals(List.of(), reflectiveDispatch(log, ORDERS));
    assertEquals(List.of(), log.loaded(name -> name.startsWith("com.fasterxml.jackson.databind.")),
        "records bound by generated codecs need no databind");
  }

  @Test
  void jsonNodeHandlerBuildsItsTreeWithoutAnObjectMapper(@TempDir Path dir) {
    Path logFile = dir.resolve("tree.log");
    Result run = withFixtures("invoke", "rt-tree", "--event", "{\"keep\": [1, {\"a\": null}], \"drop\": 2.5}")
        .jvm(ClassLoadLog.jvmOptions(logFile))
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"kept\":[1,{\"a\":null}],\"fields\":2}", run.response(), run::toString);
    ClassLoadLog log = ClassLoadLog.read(logFile);

    assertTrue(log.isLoaded("com.fasterxml.jackson.databind.node.ObjectNode"), "the tree classes are databind's");
    assertEquals(List.of(), log.loaded(name -> name.startsWith("com.fasterxml.jackson.databind.")
            && (name.contains("Mapper") || name.startsWith("com.fasterxml.jackson.databind.ser.")
                || name.startsWith("com.fasterxml.jackson.databind.deser."))),
        "no ObjectMapper, serializer or deserializer for a JsonNode handler");
  }

  @Test
  void noReflectionFrameBetweenTheRuntimeAndTheHandler() {
    Result run = jar("invoke", "fail", "--event", "{\"orderId\": 7}").run();

    assertEquals(1, run.exitCode(), run::toString);
    List<String> frames = frames(run.json());
    assertTrue(frames.get(0).startsWith(FAIL + ".handle(Fail.java:"), frames::toString);
    assertTrue(frames.get(1).startsWith(table + ".call("),
        "the generated table calls the handler method itself: " + frames);
    assertEquals(List.of(), reflectionFrames(frames));
  }

  @Test
  void theAssertionsCatchAReflectiveDispatch(@TempDir Path dir) {
    Path logFile = dir.resolve("reflective.log");
    Result run = main(LAUNCHER, HELLO, "handle", "{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}")
        .jvm(SPIN_ACCESSORS)
        .jvm(ClassLoadLog.jvmOptions(logFile))
        .run();
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("{\"message\":\"Hello Ada Lovelace!\"}", run.response(), run::toString);

    List<String> problems = reflectiveDispatch(ClassLoadLog.read(logFile), HELLO);

    assertTrue(problems.stream().anyMatch(p -> p.startsWith(HELLO + " is referred to by ")),
        "Class.forName shows as a resolution outside the table: " + problems);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("the generated table does not refer to ")), problems::toString);
    if (ACCESSORS_SPUN) {
      assertTrue(problems.stream().anyMatch(p -> p.contains("GeneratedMethodAccessor")),
          "Method.invoke shows as a generated accessor: " + problems);
      assertTrue(problems.stream().anyMatch(p -> p.contains("GeneratedConstructorAccessor")),
          "Constructor.newInstance shows as a generated accessor: " + problems);
    }

    Result failing = main(LAUNCHER, FAIL, "handle", "{\"orderId\": 7}").run();
    assertEquals(0, failing.exitCode(), failing::toString);
    List<String> frames = frames(failing.json());
    assertTrue(frames.get(0).startsWith(FAIL + ".handle("), frames::toString);
    assertFalse(reflectionFrames(frames).isEmpty(), "Method.invoke shows in the stack: " + frames);
  }

  /**
   * What in the log says {@code handlerClass} was reached by reflection rather than by the generated
   * table; empty for a direct dispatch.
   */
  private static List<String> reflectiveDispatch(ClassLoadLog log, String handlerClass) {
    List<String> problems = new ArrayList<>();
    Set<String> others = log.resolversOf(handlerClass,
        from -> from.equals(handlerClass) || from.startsWith(handlerClass + "$") || from.equals(table));
    if (!others.isEmpty()) {
      problems.add(handlerClass + " is referred to by " + others + ", not only by the generated table");
    }
    if (log.resolversOf(handlerClass, from -> !from.equals(table)).isEmpty()) {
      problems.add("the generated table does not refer to " + handlerClass);
    }
    List<Resolution> accessors = log.reflectionAccessorsFor(to -> to.equals(handlerClass));
    if (!accessors.isEmpty()) {
      problems.add("core reflection generated accessors for the handler: " + accessors);
    }
    return problems;
  }

  private static List<String> frames(JsonNode error) {
    List<String> frames = new ArrayList<>();
    error.get("stackTrace").forEach(frame -> frames.add(frame.textValue()));
    if (frames.isEmpty()) {
      throw new AssertionError("no stack trace in " + error);
    }
    return frames;
  }

  private static List<String> reflectionFrames(List<String> frames) {
    return frames.stream()
        .filter(frame -> frame.contains("java.lang.reflect.") || frame.contains("jdk.internal.reflect.")
            || frame.contains("java.lang.invoke."))
        .toList();
  }
}
