package dev.switchboard.server;

import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.UnknownHandlerException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions a server serves, one per handler, and how the {@code FunctionName} of a request
 * finds one: the handler name itself, a function ARN (full or partial) ending in it, the name
 * followed by {@code :QUALIFIER}, or {@code function} when exactly one handler is served (the
 * Runtime Interface Emulator's fixed path).
 */
final class FunctionDirectory {
  /** The account of the ARNs the server makes up for functions invoked by name. */
  static final String ACCOUNT = "000000000000";

  static final String EMULATOR_NAME = "function";

  private static final Pattern FULL_ARN = Pattern.compile("arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\\d{12}:function:(.+)");
  private static final Pattern PARTIAL_ARN = Pattern.compile("\\d{12}:function:(.+)");
  private static final Pattern QUALIFIER = Pattern.compile("[a-zA-Z0-9$_-]{1,128}");

  /** One served function. */
  static final class Function {
    private final FunctionInfo info;
    private final AtomicBoolean initialized = new AtomicBoolean();

    Function(FunctionInfo info) {
      this.info = info;
    }

    String name() {
      return info.name();
    }

    FunctionInfo info() {
      return info;
    }

    /** True for the one call that finds the function not yet initialized. */
    boolean markInitialized() {
      return !initialized.get() && initialized.compareAndSet(false, true);
    }
  }

  /**
   * A resolved request: the function and the ARN the caller used, with the qualifier when one was
   * given.
   */
  record Target(Function function, String invokedArn) {}

  private final Map<String, Function> functions = new LinkedHashMap<>();
  private final List<String> names;
  /** Class names that stand for a served {@code Class::handleRequest} handler, to that handler's name. */
  private final Map<String, String> aliases;
  private final String region;

  FunctionDirectory(List<String> names, int memoryMb, String region) {
    this(names, Map.of(), memoryMb, region);
  }

  FunctionDirectory(List<String> names, Map<String, String> aliases, int memoryMb, String region) {
    this.names = List.copyOf(names);
    this.aliases = Map.copyOf(aliases);
    this.region = region;
    String logStream = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
        + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
    for (String name : names) {
      functions.put(name, new Function(new FunctionInfo(name, "$LATEST", memoryMb, "/aws/lambda/" + name, logStream)));
    }
  }

  /** A function's unqualified ARN, in the server's region and account. */
  String arn(Function function) {
    return "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + function.name();
  }

  /** The served names, sorted. */
  List<String> names() {
    return names;
  }

  /**
   * Finds the function a request names.
   *
   * @param requested the {@code FunctionName} of the path, decoded
   * @param qualifier the {@code Qualifier} query parameter, or {@code null}
   * @throws ServiceError 404 when no served function has that name, 400 for a bad qualifier
   */
  Target resolve(String requested, String qualifier) throws ServiceError {
    if (qualifier != null && !QUALIFIER.matcher(qualifier).matches()) {
      throw ServiceError.invalidParameterValue("Qualifier '" + abbreviate(qualifier) + "' is not a version or alias name:"
          + " it takes 1 to 128 letters, digits, '$', '_' or '-', such as $LATEST. Every function of the local"
          + " server is $LATEST, and any valid qualifier runs it.");
    }
    String arnPrefix = "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:";
    String rest = requested;
    Matcher full = FULL_ARN.matcher(requested);
    Matcher partial = PARTIAL_ARN.matcher(requested);
    if (full.matches()) {
      rest = full.group(1);
      arnPrefix = requested.substring(0, requested.length() - rest.length());
    } else if (partial.matches()) {
      rest = partial.group(1);
      arnPrefix = "arn:aws:lambda:" + region + ":" + requested.substring(0, requested.length() - rest.length());
    }
    Function named = function(rest);
    if (named != null) {
      return new Target(named, withQualifier(arnPrefix + rest, qualifier));
    }
    int colon = rest.lastIndexOf(':');
    if (colon > 0) {
      named = function(rest.substring(0, colon));
      String derived = rest.substring(colon + 1);
      if (named != null && QUALIFIER.matcher(derived).matches()) {
        if (qualifier != null && !qualifier.equals(derived)) {
          throw ServiceError.invalidParameterValue("The function name '" + abbreviate(requested) + "' carries the"
              + " qualifier '" + derived + "', which does not match the Qualifier parameter '" + abbreviate(qualifier)
              + "': give only one.");
        }
        return new Target(named, arnPrefix + rest);
      }
    }
    if (requested.equals(EMULATOR_NAME) && functions.size() == 1) {
      Function only = functions.values().iterator().next();
      return new Target(only, withQualifier(arnPrefix + only.name(), qualifier));
    }
    throw ServiceError.resourceNotFound(notFoundMessage(requested, rest));
  }

  /** The function of a handler name, or of a class name that stands for one; {@code null} when none. */
  private Function function(String name) {
    Function named = functions.get(name);
    return named != null ? named : functions.get(aliases.getOrDefault(name, name));
  }

  /** The most of a caller's text an error message echoes. */
  static final int MAX_ECHOED_CHARS = 200;
  /** The most function names a 404 lists. */
  static final int MAX_LISTED_NAMES = 20;

  /** {@code text}, cut to {@value #MAX_ECHOED_CHARS} characters and marked when cut. */
  static String abbreviate(String text) {
    if (text.length() <= MAX_ECHOED_CHARS) {
      return text;
    }
    return text.substring(0, MAX_ECHOED_CHARS) + "... (" + text.length() + " characters)";
  }

  private String notFoundMessage(String requested, String name) {
    StringBuilder message = new StringBuilder("Function not found: ").append(abbreviate(requested)).append('.');
    if (requested.equals(EMULATOR_NAME)) {
      message.append(" The name 'function' stands for the only function of a server that serves exactly one;"
          + " this one serves ").append(names.size()).append(". Name the function, or start 'serve NAME' to serve one.");
    } else {
      String closest = UnknownHandlerException.closest(name, names);
      if (closest != null) {
        message.append(" Did you mean '").append(closest).append("'?");
      }
    }
    if (names.size() <= MAX_LISTED_NAMES) {
      message.append(" This server serves: ").append(String.join(", ", names));
    } else {
      message.append(" This server serves ").append(names.size()).append(" functions, among them: ")
          .append(String.join(", ", names.subList(0, MAX_LISTED_NAMES))).append(", ...");
    }
    return message.toString();
  }

  private static String withQualifier(String arn, String qualifier) {
    return qualifier == null ? arn : arn + ":" + qualifier;
  }
}
