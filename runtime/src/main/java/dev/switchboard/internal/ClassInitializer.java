package dev.switchboard.internal;

import java.lang.invoke.MethodHandles;

/**
 * Runs a class's static initializers, for the entries of static handlers in generated tables: an
 * instance handler's initializers run when the runtime creates it at init, and a static handler's
 * must run then too, so that a failure in them is an init error and their cost is not the first
 * invocation's. The class is named by a class literal, never looked up by name.
 */
public final class ClassInitializer {
  private ClassInitializer() {}

  /**
   * Initializes {@code type} unless it is already. {@code lookup} is the generated table's own
   * ({@code MethodHandles.lookup()}), which can reach the handler class.
   *
   * @throws ExceptionInInitializerError when a static initializer throws
   */
  public static void initialize(MethodHandles.Lookup lookup, Class<?> type) {
    try {
      lookup.ensureInitialized(type);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("The generated table " + lookup.lookupClass().getName()
          + " cannot reach handler class " + type.getName() + ": " + e.getMessage(), e);
    }
  }
}
