package dev.switchboard.test;

import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.HandlerInitException;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.Limits;
import dev.switchboard.internal.LocalInvocation;
import dev.switchboard.internal.PrintStreamLogger;
import dev.switchboard.internal.UnknownHandlerException;
import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Invokes handlers by name in this process, as Lambda runs them: through the generated tables on the
 * class path and the codecs they chose, on a thread of its own under a timeout, with a real Context,
 * and with failures in Lambda's error shape; the same path as the {@code invoke} command.
 *
 * <p>An invoker stands for one execution environment: each handler is created once, on its first
 * invocation, and kept for the next ones, as Lambda keeps it between warm invocations. The
 * {@code with...} methods give an invoker with other settings over the same handlers;
 * {@link #create()} gives a fresh environment. {@link SwitchboardExtension} gives each test class
 * its own.
 *
 * <p>The Context of each invocation has a fresh request id, the time left before the deadline
 * ({@link #timeout()}, Lambda's default of 3 seconds unless set), the function's name (the handler's
 * name unless set), version {@code $LATEST}, an ARN in {@value #REGION} and account
 * {@value #ACCOUNT}, the memory limit (128 MB unless set), the log group {@code /aws/lambda/NAME} and
 * a log stream named as Lambda names them; a logger that writes to the invocation's {@link Logs}.
 */
public final class LambdaInvoker {
  /** Lambda's default timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
  /** Lambda's default memory, in MB. */
  public static final int DEFAULT_MEMORY_MB = 128;
  /** The region of the function ARNs. */
  public static final String REGION = "us-east-1";
  /** The account of the function ARNs: the one AWS's local tools use. */
  public static final String ACCOUNT = "000000000000";

  private final HandlerRegistry registry;
  private final Duration timeout;
  private final int memoryMb;
  private final String functionName;
  private final String logStream;

  private LambdaInvoker(HandlerRegistry registry, Duration timeout, int memoryMb, String functionName, String logStream) {
    this.registry = registry;
    this.timeout = timeout;
    this.memoryMb = memoryMb;
    this.functionName = functionName;
    this.logStream = logStream;
  }

  /** An invoker over every generated table on the class path, in a fresh execution environment. */
  public static LambdaInvoker create() {
    String logStream = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
        + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
    return new LambdaInvoker(HandlerRegistry.load(), DEFAULT_TIMEOUT, DEFAULT_MEMORY_MB, null, logStream);
  }

  /**
   * This invoker with another timeout: the Context's deadline, and how long an invocation may run
   * before it fails with {@code Sandbox.Timedout}, as Lambda's function timeout.
   *
   * @throws IllegalArgumentException unless above 0 and at most 900 seconds, Lambda's limit
   */
  public LambdaInvoker withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(Limits.MAX_TIMEOUT_SECONDS)) > 0) {
      throw new IllegalArgumentException("A timeout is above 0 and at most " + Limits.MAX_TIMEOUT_SECONDS
          + " seconds (Lambda's limit), not " + timeout);
    }
    return new LambdaInvoker(registry, timeout, memoryMb, functionName, logStream);
  }

  /**
   * This invoker with another memory limit, as the Context reports it (the JVM's heap is not
   * changed).
   *
   * @throws IllegalArgumentException unless from 128 to 10240, Lambda's range
   */
  public LambdaInvoker withMemoryLimit(int memoryMb) {
    if (memoryMb < 128 || memoryMb > 10240) {
      throw new IllegalArgumentException("A memory limit is 128 to 10240 MB, as Lambda's, not " + memoryMb);
    }
    return new LambdaInvoker(registry, timeout, memoryMb, functionName, logStream);
  }

  /** This invoker with the Context's function name (and ARN and log group) set to {@code name}. */
  public LambdaInvoker withFunctionName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A function name is not blank");
    }
    return new LambdaInvoker(registry, timeout, memoryMb, name, logStream);
  }

  /** The timeout of each invocation. */
  public Duration timeout() {
    return timeout;
  }

  /** The memory limit the Context reports, in MB. */
  public int memoryLimitInMB() {
    return memoryMb;
  }

  /** The names of every handler this invoker can run, sorted. */
  public List<String> handlerNames() {
    return registry.names();
  }

  /**
   * Invokes the handler {@code name} with an event given as JSON text.
   *
   * @param name the handler's name, or for a {@code RequestHandler} class, its class name
   * @throws IllegalArgumentException when no handler has that name (the message lists the names), or
   *     the event is over Lambda's 6 MB
   */
  public InvocationResult invoke(String name, String eventJson) {
    return invoke(name, eventJson.getBytes(StandardCharsets.UTF_8));
  }

  /** Invokes the handler {@code name} with the event's bytes, as a stream handler reads them. */
  public InvocationResult invoke(String name, byte[] event) {
    return run(name, event.clone());
  }

  /** Invokes the handler {@code name} with the event in a file. */
  public InvocationResult invoke(String name, Path eventFile) {
    try {
      if (Files.size(eventFile) > Limits.MAX_SYNC_PAYLOAD_BYTES) {
        throw tooLarge(eventFile.toString());
      }
      return run(name, Files.readAllBytes(eventFile));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the event file " + eventFile + ": " + e, e);
    }
  }

  /**
   * Invokes the handler {@code name} with the event in a class-path resource (such as a file of
   * {@code src/test/resources}), found by the thread's context class loader.
   */
  public InvocationResult invokeResource(String name, String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null || loader.getResource(path) == null) {
      loader = LambdaInvoker.class.getClassLoader();
    }
    if (loader.getResource(path) == null) {
      throw new IllegalArgumentException("No class-path resource " + resource);
    }
    return run(name, EventFiles.read(path, loader));
  }

  /**
   * Invokes the handler {@code name} with {@code event} written as JSON, as the runtime writes a value
   * with jackson-databind (AWS's event classes by AWS's rules): a value the parameter sources bound.
   */
  public InvocationResult invokeValue(String name, Object event) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    write(event, json);
    return run(name, json.toByteArray());
  }

  @SuppressWarnings("unchecked")
  private static <T> void write(T value, ByteArrayOutputStream out) {
    Codec<T> codec = value == null ? (Codec<T>) DatabindCodec.of(Object.class) : DatabindCodec.of((Class<T>) value.getClass());
    Json.writeResult(codec, value, out, "invokeValue");
  }

  private InvocationResult run(String name, byte[] event) {
    Objects.requireNonNull(name, "name");
    if (event.length > Limits.MAX_SYNC_PAYLOAD_BYTES) {
      throw tooLarge("the event");
    }
    if (!registry.contains(registry.resolve(name))) {
      throw new IllegalArgumentException(new UnknownHandlerException(name, registry.names()).getMessage());
    }
    String function = functionName != null ? functionName : name;
    InvocationLog log = new InvocationLog();
    String requestId = UUID.randomUUID().toString();
    long timeoutMillis = timeout.toMillis();
    long start = System.nanoTime();
    InvocationContext context = new InvocationContext(
        requestId,
        new FunctionInfo(function, "$LATEST", memoryMb, "/aws/lambda/" + function, logStream),
        "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + function,
        System.currentTimeMillis() + timeoutMillis,
        null,
        null,
        null,
        new PrintStreamLogger(log.printer()));
    AtomicReference<Thread> worker = new AtomicReference<>();
    LocalInvocation invocation;
    OutputCapture.begin();
    try {
      invocation = LocalInvocation.run(registry, name, event, context, timeoutMillis, task -> {
        Thread thread = new Thread(() -> {
          OutputCapture.attach(log);
          task.run();
        }, "switchboard-test-invoke");
        thread.setDaemon(true);
        worker.set(thread);
        return thread;
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.get().interrupt();
      throw new IllegalStateException("Interrupted while handler '" + name + "' ran", e);
    } finally {
      OutputCapture.end();
    }
    if (invocation.timedOut()) {
      worker.get().interrupt();
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    Throwable thrown = invocation.error();
    if (thrown instanceof HandlerInitException && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    return new InvocationResult(name, requestId, invocation.payload(), invocation.failed(), invocation.timedOut(),
        thrown, new Logs(log.text()), duration);
  }

  private static IllegalArgumentException tooLarge(String what) {
    return new IllegalArgumentException(what + " is over Lambda's limit of " + Limits.MAX_SYNC_PAYLOAD_BYTES
        + " bytes (6 MB) for a synchronous invocation");
  }

  /** The settings, for test reports. */
  @Override
  public String toString() {
    return "LambdaInvoker[timeout=" + timeout + ", memory=" + memoryMb + " MB"
        + (functionName == null ? "" : ", function=" + functionName) + "]";
  }
}
