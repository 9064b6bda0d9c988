package dev.switchboard.internal;

import java.lang.invoke.MethodHandles;

/**
 * Runs a static handler's class initializer when the handler is created (the function's init
 * phase), as an instance handler's constructor runs then, rather than at its first invocation. No
 * reflection: the generated table hands over its own lookup and a class literal.
 */
public final class ClassInit {
  private ClassInit() {}

  /** Initializes {@code type} now, unless the JVM already has. */
  public static void initialize(MethodHandles.Lookup lookup, Class<?> type) {
    try {
      lookup.ensureInitialized(type);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot initialize " + type.getName() + " from " + lookup, e);
    }
  }
}
