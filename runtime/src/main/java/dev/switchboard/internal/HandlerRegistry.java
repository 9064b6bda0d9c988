package dev.switchboard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The handlers of every generated table on the class path, found through {@link ServiceLoader}, so
 * several jars with handlers merge. Each handler is created once, on first lookup, and kept.
 *
 * <p>Safe for concurrent use: a created handler is found without locking; while a handler is being
 * created, other callers asking for the same name wait for that creation (interruptibly) instead of
 * creating a second one, and callers asking for other names do not wait at all.
 */
public final class HandlerRegistry {
  private final List<HandlerTable> tables;
  private final List<String[]> tableNames;
  private final ConcurrentHashMap<String, FutureTask<Handler>> created = new ConcurrentHashMap<>();

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
   * then. A constructor that throws is not remembered, so the next call tries again; callers that
   * were waiting for that creation get the same failure.
   *
   * @throws UnknownHandlerException when no table has the name
   * @throws HandlerInitException when creating the handler failed, or the caller was interrupted
   *     while waiting for another thread to create it
   */
  public Handler handler(String name) {
    FutureTask<Handler> creation = created.get(name);
    if (creation == null) {
      FutureTask<Handler> mine = new FutureTask<>(new Creation(owner(name), name));
      creation = created.putIfAbsent(name, mine);
      if (creation == null) {
        creation = mine;
        mine.run();
      }
    }
    try {
      return creation.get();
    } catch (ExecutionException e) {
      created.remove(name, creation);
      Throwable cause = e.getCause();
      if (cause instanceof HandlerInitException) {
        throw (HandlerInitException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new HandlerInitException("Handler '" + name + "' failed to initialize: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HandlerInitException("Interrupted while waiting for handler '" + name + "' to initialize", e);
    }
  }

  private HandlerTable owner(String name) {
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
    return owner;
  }

  /** Creates one handler; every failure comes out as a {@link HandlerInitException}. */
  private static final class Creation implements Callable<Handler> {
    private final HandlerTable owner;
    private final String name;

    Creation(HandlerTable owner, String name) {
      this.owner = owner;
      this.name = name;
    }

    @Override
    public Handler call() {
      try {
        return owner.create(name);
      } catch (RuntimeException | LinkageError e) {
        Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
        throw new HandlerInitException("Handler '" + name + "' failed to initialize: " + cause, cause);
      }
    }
  }
}
