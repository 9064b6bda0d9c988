package dev.switchboard.server;

import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.UnknownHandlerException;
import dev.switchboard.internal.json.IgnoredProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code serve}: starts the local Invoke API server, prints its address and functions, and runs
 * until SIGTERM or Ctrl-C, when it stops gracefully.
 */
public final class ServeCommand {
  /** Exit code of a usage error. */
  public static final int USAGE_ERROR = 2;
  private static final String HANDLE_REQUEST = "::handleRequest";
  /** Exit code when the server cannot start (the port is taken, say). */
  public static final int START_ERROR = 1;

  /** The line of the command's help. */
  public static final String USAGE = ServerOptions.USAGE;

  private ServeCommand() {}

  /**
   * Runs {@code serve [options] [NAME ...]} ({@code args[0]} is {@code serve}); returns the exit code
   * once the server has stopped, or at once for a usage error.
   */
  public static int serve(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("serve: " + e.getMessage() + ". " + ServerOptions.USAGE);
      return USAGE_ERROR;
    }
    // Event properties the handler's types ignore are warnings in each invocation's log.
    IgnoredProperties.enable();
    HandlerRegistry registry = HandlerRegistry.load();
    List<String> all = registry.names();
    if (all.isEmpty()) {
      err.println("serve: this class path has no @LambdaHandler methods."
          + " Is the Switchboard processor on the compiler's annotation processor path?");
      return USAGE_ERROR;
    }
    // A RequestHandler class's name stands for its Class::handleRequest handler, as on AWS.
    List<String> names = options.functions().isEmpty() ? all
        : options.functions().stream().map(registry::resolve).distinct().sorted().toList();
    for (String name : names) {
      if (!registry.contains(name)) {
        err.println("serve: " + new UnknownHandlerException(name, all).getMessage());
        return USAGE_ERROR;
      }
    }
    Map<String, String> aliases = new HashMap<>();
    for (String name : names) {
      if (name.endsWith(HANDLE_REQUEST)) {
        String className = name.substring(0, name.length() - HANDLE_REQUEST.length());
        if (registry.resolve(className).equals(name)) {
          aliases.put(className, name);
        }
      }
    }

    List<AbandonedInvocations.Entry> replay = List.of();
    if (options.replay() != null) {
      try {
        replay = AbandonedInvocations.read(Path.of(options.replay()));
      } catch (IOException | IllegalArgumentException e) {
        err.println("serve: cannot replay " + options.replay() + ": " + e.getMessage());
        return USAGE_ERROR;
      }
    }

    FunctionDirectory directory = new FunctionDirectory(names, aliases, options.memoryMb(), region());
    InvokeServer server = new InvokeServer(options, registry, directory, out);
    try {
      server.start();
    } catch (IOException e) {
      err.println("serve: cannot listen on " + options.host() + ":" + options.port() + " (" + e.getMessage()
          + "). Is another server using the port? Choose another with --port, or --port 0 for any free one.");
      return START_ERROR;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "switchboard-shutdown"));

    String url = url(server.address());
    out.println("Serving the Lambda Invoke API at " + url);
    out.println("  " + names.size() + (names.size() == 1 ? " function" : " functions") + "; timeout "
        + options.timeoutText() + " s, memory " + options.memoryMb() + " MB, concurrency " + options.concurrency());
    if (!server.address().getAddress().isLoopbackAddress()) {
      out.println("  Warning: listening beyond loopback; anyone who can reach " + url + " can run these functions.");
    }
    // --region and --no-sign-request: the command works as given where no AWS configuration exists.
    out.println("  aws lambda invoke --endpoint-url " + url + " --region us-east-1 --no-sign-request"
        + " --function-name NAME --cli-binary-format raw-in-base64-out --payload '{}' response.json");
    out.println("Functions:");
    for (String name : names) {
      out.println("  " + name);
    }
    out.println("Stop with Ctrl-C.");
    if (!replay.isEmpty()) {
      int queued = server.replay(replay);
      out.println("[switchboard] Replaying " + queued + " of " + replay.size() + " abandoned Event invocations from "
          + options.replay());
    }
    out.flush();
    server.awaitStopped();
    return 0;
  }

  private static String region() {
    String region = System.getenv("AWS_REGION");
    if (region == null || region.isBlank()) {
      region = System.getenv("AWS_DEFAULT_REGION");
    }
    return region == null || region.isBlank() ? "us-east-1" : region.trim();
  }

  private static String url(InetSocketAddress address) {
    InetAddress ip = address.getAddress();
    String host = ip.getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host.replaceFirst("%.*$", "") + "]";
    }
    return "http://" + host + ":" + address.getPort();
  }
}
