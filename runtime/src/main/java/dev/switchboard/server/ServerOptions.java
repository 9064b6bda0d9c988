package dev.switchboard.server;

import dev.switchboard.internal.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code serve}.
 *
 * @param host the address to listen on; loopback unless told otherwise
 * @param port the port; 0 picks a free one
 * @param timeoutMillis how long an invocation may run
 * @param memoryMb the memory every function reports ({@code Context.getMemoryLimitInMB()}, REPORT)
 * @param concurrency how many invocations may run at once
 * @param drainSeconds how long a stop may spend running the accepted invocations
 * @param replay a file of abandoned invocations to queue again at start, or {@code null}
 * @param functions the handlers to serve; empty for all of them
 */
record ServerOptions(
    String host, int port, long timeoutMillis, int memoryMb, int concurrency, int drainSeconds, String replay,
    List<String> functions) {
  static final String USAGE = "Usage: serve [--host 127.0.0.1] [--port 9000] [--timeout SECONDS] [--memory MB]"
      + " [--concurrency N] [--drain SECONDS] [--replay FILE] [NAME ...]";

  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 9000;
  static final long DEFAULT_TIMEOUT_MILLIS = 3000;
  static final int DEFAULT_MEMORY_MB = 128;
  static final int DEFAULT_CONCURRENCY = 32;
  static final int DEFAULT_DRAIN_SECONDS = 30;
  static final int MAX_DRAIN_SECONDS = 900;

  /** Lambda's limits: 128 to 10240 MB of memory. */
  static final int MIN_MEMORY_MB = 128;
  static final int MAX_MEMORY_MB = 10240;
  static final int MAX_CONCURRENCY = 1000;

  /** The timeout as Lambda prints it: {@code 3.00}. */
  String timeoutText() {
    return String.format(Locale.ROOT, "%.2f", timeoutMillis / 1000.0);
  }

  /**
   * Parses {@code serve [options] [NAME ...]}; {@code args[0]} is {@code serve}. Options take their
   * value as the next argument or after {@code =}.
   *
   * @throws IllegalArgumentException naming the bad option and what it takes
   */
  static ServerOptions parse(String[] args) {
    String host = DEFAULT_HOST;
    int port = DEFAULT_PORT;
    long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
    int memoryMb = DEFAULT_MEMORY_MB;
    int concurrency = DEFAULT_CONCURRENCY;
    int drainSeconds = DEFAULT_DRAIN_SECONDS;
    String replay = null;
    List<String> functions = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        functions.add(arg);
        continue;
      }
      String option = arg;
      String value;
      int equals = arg.indexOf('=');
      if (equals > 0) {
        option = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(option + " needs a value");
      }
      switch (option) {
        case "--host":
          if (value.isBlank()) {
            throw new IllegalArgumentException("--host takes an address to listen on, such as 127.0.0.1");
          }
          host = value;
          break;
        case "--port":
          port = integer(option, value, 0, 65535, "a port number from 0 to 65535 (0 picks a free port)");
          break;
        case "--timeout":
          timeoutMillis = Limits.timeoutMillis(value);
          break;
        case "--memory":
          memoryMb = integer(option, value, MIN_MEMORY_MB, MAX_MEMORY_MB,
              "a whole number of MB from " + MIN_MEMORY_MB + " to " + MAX_MEMORY_MB + ", as Lambda does");
          break;
        case "--concurrency":
          concurrency = integer(option, value, 1, MAX_CONCURRENCY,
              "the number of invocations that may run at once, from 1 to " + MAX_CONCURRENCY);
          break;
        case "--drain":
          drainSeconds = integer(option, value, 0, MAX_DRAIN_SECONDS,
              "a whole number of seconds from 0 to " + MAX_DRAIN_SECONDS + " that a stop may spend running the"
                  + " accepted invocations");
          break;
        case "--replay":
          if (value.isBlank()) {
            throw new IllegalArgumentException("--replay takes a file of abandoned invocations"
                + " (switchboard-abandoned-*.jsonl)");
          }
          replay = value;
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    return new ServerOptions(host, port, timeoutMillis, memoryMb, concurrency, drainSeconds, replay,
        List.copyOf(functions));
  }

  private static int integer(String option, String value, int min, int max, String what) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " takes " + what + ", not '" + value + "'");
  }
}
