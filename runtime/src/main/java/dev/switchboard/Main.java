package dev.switchboard;

/**
 * The entry point of a Switchboard jar ({@code java -jar app.jar ...}).
 *
 * <ul>
 *   <li>{@code list [--json]}: the handler names, or the manifests;
 *   <li>{@code invoke NAME [--event JSON|@file|-] [--timeout SECONDS]}: one local invocation;
 *   <li>{@code serve [...]}: a local server speaking the Lambda Invoke API;
 *   <li>no command, with {@code AWS_LAMBDA_RUNTIME_API} set: the Lambda custom runtime loop for the
 *       handler named by {@code _HANDLER} or the first argument.
 * </ul>
 *
 * Each mode lives in its own package and is loaded only when chosen, so the Lambda loop's cold start
 * loads nothing of the local tools.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "list":
        System.exit(dev.switchboard.cli.LocalCommands.list(args));
        return;
      case "invoke":
        System.exit(dev.switchboard.cli.LocalCommands.invoke(args));
        return;
      case "serve":
        System.exit(dev.switchboard.server.ServeCommand.serve(args));
        return;
      case "help":
      case "--help":
      case "-h":
        System.out.print(dev.switchboard.cli.LocalCommands.USAGE);
        return;
      default: {
        // In Lambda: the custom runtime, for _HANDLER or the handler this argument names.
        String runtimeApi = System.getenv("AWS_LAMBDA_RUNTIME_API");
        if (runtimeApi != null && !runtimeApi.isEmpty()) {
          System.exit(dev.switchboard.lambda.RuntimeLoop.run(runtimeApi, args.length == 0 ? null : args[0]));
          return;
        }
        if (args.length > 0) {
          System.err.println(dev.switchboard.cli.LocalCommands.unknownCommand(args[0]));
        }
        System.err.print(dev.switchboard.cli.LocalCommands.USAGE);
        System.exit(2);
      }
    }
  }
}
