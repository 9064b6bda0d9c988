package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The warnings {@code invoke} and {@code serve} give for event properties the handler's types ignore,
 * which a deployed function would lose silently: {@code warning: $.Records[0].Body was ignored:
 * SQSMessage has no property 'Body' (did you mean 'body'?)}. Both binding paths report here, generated
 * codecs through {@link Codec#skipUnknown} and jackson-databind through a problem handler; properties
 * ignored on purpose ({@code @JsonIgnore}, {@code @JsonIgnoreProperties}) never get here.
 *
 * <p>Only the local modes load this class: the Lambda loop never turns the warnings on.
 */
public final class IgnoredProperties {
  /** Warnings an invocation shows; the rest are counted in one last line. */
  public static final int MAX_WARNINGS = 20;

  private static final ThreadLocal<IgnoredProperties> CURRENT = new ThreadLocal<>();

  private final Consumer<String> log;
  private int count;

  private IgnoredProperties(Consumer<String> log) {
    this.log = log;
  }

  /** Turns the warnings on for this process: call before any handler is created. */
  public static void enable() {
    Codec.reportIgnored = true;
  }

  /** Whether the warnings are on. */
  public static boolean enabled() {
    return Codec.reportIgnored;
  }

  /**
   * Starts an invocation on this thread: its warnings go to {@code log}, one line each, as they are
   * found. Without it, a thread reports nothing.
   */
  public static void begin(Consumer<String> log) {
    CURRENT.set(new IgnoredProperties(log));
  }

  /** Ends this thread's invocation; the warnings past {@value #MAX_WARNINGS} are counted in one line. */
  public static void end() {
    IgnoredProperties current = CURRENT.get();
    CURRENT.remove();
    if (current != null && current.count > MAX_WARNINGS) {
      int more = current.count - MAX_WARNINGS;
      current.log.accept("warning: ... and " + more + " more ignored " + (more == 1 ? "property" : "properties"));
    }
  }

  /**
   * Reports the property {@code name}, whose value the parser is on, which {@code typeName} (a class
   * name, simple or qualified) does not have; {@code known} are the names it does have.
   */
  static void unknown(JsonParser parser, String typeName, String name, Collection<String> known) {
    IgnoredProperties current = CURRENT.get();
    if (current == null || ++current.count > MAX_WARNINGS) {
      return;
    }
    current.log.accept(warning(JsonPaths.of(parser), simpleName(typeName), name, closest(name, known)));
  }

  /** {@code warning: PATH was ignored: TYPE has no property 'NAME' (did you mean 'SUGGESTION'?)}. */
  static String warning(String path, String type, String name, String suggestion) {
    StringBuilder warning = new StringBuilder("warning: ").append(path).append(" was ignored: ")
        .append(type).append(" has no property '").append(name).append('\'');
    if (suggestion != null) {
      warning.append(" (did you mean '").append(suggestion).append("'?)");
    }
    return warning.toString();
  }

  /** {@code com.example.Orders.Order} and {@code com.example.Orders$Order} give {@code Order}. */
  static String simpleName(String typeName) {
    int generic = typeName.indexOf('<');
    String raw = generic < 0 ? typeName : typeName.substring(0, generic);
    return raw.substring(Math.max(raw.lastIndexOf('.'), raw.lastIndexOf('$')) + 1);
  }

  /**
   * The known name {@code name} was probably meant to be: one equal to it but for case, else the
   * nearest by edit distance when that is at most 2 and less than half the name; {@code null} if none.
   */
  static String closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      if (candidate.equalsIgnoreCase(name)) {
        return candidate;
      }
      int distance = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= 2 && bestDistance * 2 < name.length() ? best : null;
  }
}
