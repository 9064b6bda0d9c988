package dev.switchboard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The handlers of every generated table on the class path, found through {@link ServiceLoader}, so
 * several jars with handlers merge. Each handler is created once, on first lookup, and kept.
 */
public final class HandlerRegistry {
  private final List<HandlerTable> tables;
  private final List<String[]> tableNames;
  private final Map<String, Handler> created = new HashMap<>();

  private HandlerRegistry(List<HandlerTable> tables) {
    this.tables = tables;
    this.tableNames = new ArrayList<>(tables.size());
    for (HandlerTable table : tables) {
      tableNames.add(table.names());
    }
  }

  /** Loads the tables visible to the class loader of this class. */
  public static HandlerRegistry load() {
    return of(ServiceLoader.load(HandlerTable.class, HandlerRegistry.class.getClassLoader()));
  }

  /** A registry over the given tables. */
  public static HandlerRegistry of(Iterable<HandlerTable> tables) {
    List<HandlerTable> list = new ArrayList<>();
    for (HandlerTable table : tables) {
      list.add(table);
    }
    return new HandlerRegistry(list);
  }

  /** Every handler name, sorted. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (String[] table : tableNames) {
      names.addAll(Arrays.asList(table));
    }
    names.sort(null);
    return names;
  }

  /** Whether a handler of that name exists. */
  public boolean contains(String name) {
    for (String[] names : tableNames) {
      if (Arrays.binarySearch(names, name) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The handler of that name, created on first call: its class is loaded and its constructor runs
   * then. A constructor that throws is not remembered, so the next call tries again.
   *
   * @throws UnknownHandlerException when no table has the name
   * @throws HandlerInitException when creating the handler failed
   */
  public synchronized Handler handler(String name) {
    Handler handler = created.get(name);
    if (handler != null) {
      return handler;
    }
    HandlerTable owner = null;
    for (int i = 0; i < tables.size(); i++) {
      if (Arrays.binarySearch(tableNames.get(i), name) >= 0) {
        if (owner != null) {
          throw new HandlerInitException("Handler '" + name + "' is defined by two tables, "
              + owner.getClass().getName() + " and " + tables.get(i).getClass().getName()
              + ": rename one of them with @LambdaHandler(\"...\")", null);
        }
        owner = tables.get(i);
      }
    }
    if (owner == null) {
      throw new UnknownHandlerException(name, names());
    }
    try {
      handler = owner.create(name);
    } catch (Exception | LinkageError e) {
      Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
      throw new HandlerInitException("Handler '" + name + "' failed to initialize: " + cause, cause);
    }
    if (handler == null) {
      throw new HandlerInitException("Handler table " + owner.getClass().getName() + " lists '" + name
          + "' but created no handler for it: the table is out of date; rebuild it with the Switchboard processor",
          null);
    }
    created.put(name, handler);
    return handler;
  }
}
