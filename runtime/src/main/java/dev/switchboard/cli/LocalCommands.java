package dev.switchboard.cli;

import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.Limits;
import dev.switchboard.internal.LocalInvocation;
import dev.switchboard.internal.PrintStreamLogger;
import dev.switchboard.internal.RequestIds;
import dev.switchboard.internal.UnknownHandlerException;
import dev.switchboard.internal.json.IgnoredProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * The local commands {@code list} and {@code invoke}: run handlers from a terminal with nothing but
 * Java. The response goes to stdout; the handler's logs and anything it prints go to stderr.
 */
public final class LocalCommands {
  /** Why a class path has no handler, as {@code invoke} says it too. */
  static final String NO_HANDLERS = "no handler on this class path: it has no @LambdaHandler methods"
      + " (no META-INF/services/dev.switchboard.internal.HandlerTable). Is the Switchboard processor on"
      + " the compiler's annotation processor path, and the application's classes in this jar?";

  /** Exit code of a function error. */
  public static final int FUNCTION_ERROR = 1;
  /** Exit code of a usage error: a bad option or an unknown handler. */
  public static final int USAGE_ERROR = 2;

  /** What {@code help} prints, and what a wrong command gets on stderr. */
  public static final String USAGE = String.join("\n",
      "Usage: java -jar app.jar COMMAND",
      "",
      "Commands:",
      "  list [--json]                 print the handler names (--json: the handler manifests)",
      "  invoke NAME [--event JSON|@FILE|-] [--timeout SECONDS]",
      "                                invoke a handler once; the response goes to stdout, logs to",
      "                                stderr; the event defaults to {}; the timeout to 3 seconds",
      "  serve [--host 127.0.0.1] [--port 9000] [--timeout SECONDS] [--memory MB] [--concurrency N]",
      "        [--drain SECONDS] [--replay FILE] [NAME ...]",
      "                                serve the Lambda Invoke API locally, for every handler (or the",
      "                                NAMEs); the AWS CLI and SDKs call it with --endpoint-url",
      "",
      "With AWS_LAMBDA_RUNTIME_API set and no command, the jar runs as a Lambda custom runtime for",
      "the handler named by _HANDLER (or by the first argument).",
      "");

  /** The commands, for {@link #unknownCommand}. */
  private static final List<String> COMMANDS = List.of("list", "invoke", "serve", "help");

  private LocalCommands() {}

  /**
   * What to say about a first argument that is no command (outside Lambda, where it would name the
   * handler): that it is unknown, and the closest command when one is near.
   */
  public static String unknownCommand(String argument) {
    String closest = UnknownHandlerException.closest(argument, COMMANDS);
    return "Unknown command '" + argument + "'." + (closest != null ? " Did you mean '" + closest + "'?" : "")
        + " (With AWS_LAMBDA_RUNTIME_API set, as in Lambda, the first argument names the handler instead.)";
  }

  /** {@code list [--json]}. */
  public static int list(String[] args) throws IOException {
    boolean json = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--json")) {
        json = true;
      } else {
        System.err.println("list: unknown option '" + args[i] + "'. Usage: list [--json]");
        return USAGE_ERROR;
      }
    }
    if (!json) {
      List<String> names = HandlerRegistry.load().names();
      if (names.isEmpty()) {
        System.err.println("list: " + NO_HANDLERS);
        return FUNCTION_ERROR;
      }
      for (String name : names) {
        System.out.println(name);
      }
      return 0;
    }
    List<String> manifests = new ArrayList<>();
    Enumeration<URL> resources = LocalCommands.class.getClassLoader().getResources("META-INF/switchboard/handlers.json");
    while (resources.hasMoreElements()) {
      try (InputStream in = resources.nextElement().openStream()) {
        manifests.add(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
    }
    System.out.println("[" + String.join(",\n", manifests) + "]");
    return 0;
  }

  /** {@code invoke NAME [--event JSON|@file|-] [--timeout SECONDS]}. */
  public static int invoke(String[] args) throws Exception {
    if (args.length < 2 || args[1].startsWith("--")) {
      System.err.println("invoke: name the handler. Usage: invoke NAME [--event JSON|@FILE|-] [--timeout SECONDS]");
      return USAGE_ERROR;
    }
    String name = args[1];
    String eventArg = "{}";
    long timeoutMillis = 3000;
    for (int i = 2; i < args.length; i++) {
      String option = args[i];
      if (!option.equals("--event") && !option.equals("--timeout")) {
        System.err.println("invoke: unknown option '" + option + "'. Usage: invoke NAME [--event JSON|@FILE|-] [--timeout SECONDS]");
        return USAGE_ERROR;
      }
      if (i + 1 >= args.length) {
        System.err.println("invoke: " + option + " needs a value");
        return USAGE_ERROR;
      }
      String value = args[++i];
      if (option.equals("--event")) {
        eventArg = value;
      } else {
        try {
          timeoutMillis = Limits.timeoutMillis(value);
        } catch (IllegalArgumentException e) {
          System.err.println("invoke: " + e.getMessage());
          return USAGE_ERROR;
        }
      }
    }

    byte[] event;
    try {
      event = readEvent(eventArg);
    } catch (NoSuchFileException e) {
      System.err.println("invoke: no event file " + e.getFile());
      return USAGE_ERROR;
    } catch (IOException e) {
      System.err.println("invoke: cannot read the event from " + eventArg + ": " + e);
      return USAGE_ERROR;
    }
    if (event == null) {
      System.err.println("invoke: the event from " + (eventArg.equals("-") ? "standard input" : eventArg)
          + " is over Lambda's limit of " + Limits.MAX_SYNC_PAYLOAD_BYTES + " bytes (6 MB) for a synchronous"
          + " invocation. Send less, or store the data elsewhere (S3, say) and send a reference to it.");
      return USAGE_ERROR;
    }

    // What the handler prints, from its constructor and static initializers on, is log output, not
    // response: keep stdout for the response alone.
    PrintStream stdout = System.out;
    System.setOut(System.err);
    // Event properties the handler's types ignore are warnings here, before they are lost in Lambda.
    IgnoredProperties.enable();
    HandlerRegistry registry = HandlerRegistry.load();
    // A RequestHandler class's name stands for its Class::handleRequest handler, as on AWS.
    if (!registry.contains(registry.resolve(name))) {
      System.err.println("invoke: " + new UnknownHandlerException(name, registry.names()).getMessage());
      return USAGE_ERROR;
    }

    FunctionInfo function = FunctionInfo.fromEnvironment(System.getenv(), name, 128);
    InvocationContext context = new InvocationContext(
        RequestIds.random(),
        function,
        "arn:aws:lambda:local:000000000000:function:" + function.name(),
        System.currentTimeMillis() + timeoutMillis,
        null,
        null,
        null,
        new PrintStreamLogger(System.err));

    // The handler is created on the worker too, so the timeout covers its constructor and static
    // initializers, as it does in serve.
    // A streaming handler's chunks are printed as they arrive.
    LocalInvocation invocation =
        LocalInvocation.run(registry, name, event, context, timeoutMillis, new Workers(), stdout);
    if (invocation.failed() && invocation.streamedBytes() > 0) {
      stdout.println();
    }
    stdout.write(invocation.payload());
    stdout.println();
    stdout.flush();
    return invocation.failed() ? FUNCTION_ERROR : 0;
  }

  /**
   * The event's bytes, or {@code null} when they are over Lambda's 6 MB limit: standard input is read
   * only that far, and a file's size is checked before it is read.
   */
  private static byte[] readEvent(String arg) throws IOException {
    byte[] event;
    if (arg.equals("-")) {
      event = System.in.readNBytes(Limits.MAX_SYNC_PAYLOAD_BYTES + 1);
    } else if (arg.startsWith("@")) {
      Path file = Path.of(arg.substring(1));
      if (Files.size(file) > Limits.MAX_SYNC_PAYLOAD_BYTES) {
        return null;
      }
      event = Files.readAllBytes(file);
    } else {
      event = arg.getBytes(StandardCharsets.UTF_8);
    }
    return event.length > Limits.MAX_SYNC_PAYLOAD_BYTES ? null : event;
  }

  /**
   * The invocation's thread, a daemon so a handler still running at the timeout does not keep the JVM.
   * A class, not a lambda: the cold path of {@code invoke} spins no lambda (on JDK 17 the first
   * non-capturing lambda is created by reflection).
   */
  private static final class Workers implements java.util.concurrent.ThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread worker = new Thread(task, "switchboard-invoke");
      worker.setDaemon(true);
      return worker;
    }
  }
}
