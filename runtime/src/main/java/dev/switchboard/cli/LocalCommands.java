package dev.switchboard.cli;

import dev.switchboard.internal.ErrorResponse;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerInitException;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.PrintStreamLogger;
import dev.switchboard.internal.UnknownHandlerException;
import java.io.ByteArrayOutputStream;
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
import java.util.Locale;
import java.util.UUID;

/**
 * The local commands {@code list} and {@code invoke}: run handlers from a terminal with nothing but
 * Java. The response goes to stdout; the handler's logs and anything it prints go to stderr.
 */
public final class LocalCommands {
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
      "  serve [--host 127.0.0.1] [--port 9000] [--timeout SECONDS] [--memory MB] [--concurrency N] [NAME ...]",
      "                                serve the Lambda Invoke API locally, for every handler (or the",
      "                                NAMEs); the AWS CLI and SDKs call it with --endpoint-url",
      "",
      "With AWS_LAMBDA_RUNTIME_API set and no command, the jar runs as a Lambda custom runtime for",
      "the handler named by _HANDLER (or by the first argument).",
      "");

  private LocalCommands() {}

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
      for (String name : HandlerRegistry.load().names()) {
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
    double timeoutSeconds = 3;
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
          timeoutSeconds = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          timeoutSeconds = -1;
        }
        if (!(timeoutSeconds > 0)) {
          System.err.println("invoke: --timeout takes a positive number of seconds, not '" + value + "'");
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

    // What the handler prints, from its constructor and static initializers on, is log output, not
    // response: keep stdout for the response alone.
    PrintStream stdout = System.out;
    System.setOut(System.err);
    HandlerRegistry registry = HandlerRegistry.load();
    Handler handler;
    try {
      handler = registry.handler(name);
    } catch (UnknownHandlerException e) {
      System.err.println("invoke: " + e.getMessage());
      return USAGE_ERROR;
    } catch (HandlerInitException e) {
      stdout.write(ErrorResponse.toJson(e));
      stdout.println();
      return FUNCTION_ERROR;
    }

    // At least a millisecond (join(0) would wait forever), at most a billion seconds (no overflow).
    long timeoutMillis = Math.max(1, (long) Math.ceil(Math.min(timeoutSeconds, 1e9) * 1000));
    FunctionInfo function = FunctionInfo.fromEnvironment(System.getenv(), name, 128);
    InvocationContext context = new InvocationContext(
        UUID.randomUUID().toString(),
        function,
        "arn:aws:lambda:local:000000000000:function:" + function.name(),
        System.currentTimeMillis() + timeoutMillis,
        null,
        null,
        null,
        new PrintStreamLogger(System.err));

    Outcome outcome = new Outcome();
    Thread worker = new Thread(() -> outcome.run(handler, event, context), "switchboard-invoke");
    worker.setDaemon(true);
    worker.start();
    worker.join(timeoutMillis);
    if (worker.isAlive()) {
      stdout.write(ErrorResponse.toJson("Sandbox.Timedout",
          String.format(Locale.ROOT, "Task timed out after %.2f seconds", timeoutSeconds)));
      stdout.println();
      stdout.flush();
      return FUNCTION_ERROR;
    }
    if (outcome.error != null) {
      stdout.write(ErrorResponse.toJson(outcome.error));
      stdout.println();
      stdout.flush();
      return FUNCTION_ERROR;
    }
    stdout.write(outcome.response.toByteArray());
    stdout.println();
    stdout.flush();
    return 0;
  }

  private static byte[] readEvent(String arg) throws IOException {
    if (arg.equals("-")) {
      return System.in.readAllBytes();
    }
    if (arg.startsWith("@")) {
      return Files.readAllBytes(Path.of(arg.substring(1)));
    }
    return arg.getBytes(StandardCharsets.UTF_8);
  }

  /** The result of the worker thread: a response, or an error. */
  private static final class Outcome {
    final ByteArrayOutputStream response = new ByteArrayOutputStream();
    volatile Throwable error;

    void run(Handler handler, byte[] event, InvocationContext context) {
      try {
        handler.invoke(event, context, response);
      } catch (Throwable t) {
        error = t;
      }
    }
  }
}
