package dev.switchboard.internal;

import dev.switchboard.internal.json.EditDistance;

import java.util.List;

/** No generated table has a handler of the requested name. Its message lists the known names. */
public final class UnknownHandlerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The {@code errorType} Lambda uses for a handler that cannot be found. */
  public static final String ERROR_TYPE = "Runtime.HandlerNotFound";

  private final String name;
  private final transient List<String> known;

  /**
   * This exception, typed as a {@code RuntimeException} for {@code throw} in classes of the cold path:
   * a {@code throw new} of this class there would make the JVM load it to verify them, at every
   * start.
   */
  static RuntimeException of(String name, List<String> known) {
    return new UnknownHandlerException(name, known);
  }

  public UnknownHandlerException(String name, List<String> known) {
    super(message(name, known), null, false, false);
    this.name = name;
    this.known = List.copyOf(known);
  }

  /** The name that was asked for. */
  public String name() {
    return name;
  }

  /** The names that exist. */
  public List<String> known() {
    return known;
  }

  private static String message(String name, List<String> known) {
    if (known.isEmpty()) {
      return "No handler named '" + name + "': this class path has no @LambdaHandler methods."
          + " Is the Switchboard processor on the compiler's annotation processor path?";
    }
    StringBuilder message = new StringBuilder("No handler named '").append(name).append("'.");
    String closest = closest(name, known);
    if (closest != null) {
      message.append(" Did you mean '").append(closest).append("'?");
    }
    message.append(" Known handlers: ").append(String.join(", ", known));
    return message.toString();
  }

  /** The known name nearest to {@code name}, or {@code null} when none is near. */
  public static String closest(String name, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : known) {
      String other = candidate.toLowerCase(java.util.Locale.ROOT);
      // One name inside the other ("calc", "calculator") is near, unless the shorter one is so short
      // that it is inside almost anything.
      boolean inside = Math.min(lower.length(), other.length()) >= 3 && (other.contains(lower) || lower.contains(other));
      int distance = inside ? 1 : EditDistance.between(lower, other);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 2) ? best : null;
  }

}
