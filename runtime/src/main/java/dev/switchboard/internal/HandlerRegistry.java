package dev.switchboard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handlers of every generated table on the class path, found as {@code ServiceLoader} would find
 * them but without reflection ({@link HandlerTables}), so several jars with handlers merge. Each handler
 * that {@link #handler} returns is created once, on first lookup, and kept ({@link #createHandler} keeps
 * none).
 *
 * <p>Safe for concurrent use: a created handler is found without locking; while a handler is being
 * created, other callers asking for the same name wait for that creation (interruptibly) instead of
 * creating a second one, and callers asking for other names do not wait at all.
 */
public final class HandlerRegistry {
  private final List<HandlerTable> tables;
  private final List<String[]> tableNames;
  private final List<String[]> tableAliases;
  /** By name: the {@link Handler} once created, a {@link Creation} while one is under way. */
  private final ConcurrentHashMap<String, Object> created = new ConcurrentHashMap<>();

  private HandlerRegistry(List<HandlerTable> tables) {
    this.tables = tables;
    this.tableNames = new ArrayList<>(tables.size());
    this.tableAliases = new ArrayList<>(tables.size());
    for (HandlerTable table : tables) {
      tableNames.add(table.names());
      tableAliases.add(table.classAliases());
    }
  }

  /** Loads the tables visible to the class loader of this class. */
  public static HandlerRegistry load() {
    return new HandlerRegistry(HandlerTables.load(HandlerRegistry.class.getClassLoader()));
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
   * The handler name that {@code name} stands for: {@code name} itself when a handler has it; for the
   * binary name of a {@code RequestHandler} or {@code RequestStreamHandler} class whose table lists it
   * in {@link HandlerTable#classAliases()}, {@code name + "::handleRequest"}, as AWS's Java runtime
   * takes a class name for its {@code handleRequest}; otherwise {@code name} unchanged. Loads no class.
   */
  public String resolve(String name) {
    if (contains(name)) {
      return name;
    }
    for (String[] aliases : tableAliases) {
      if (Arrays.binarySearch(aliases, name) >= 0) {
        return name + HANDLE_REQUEST;
      }
    }
    return name;
  }

  /** What a class name stands for in {@link #resolve}: its {@code handleRequest} handler. */
  private static final String HANDLE_REQUEST = "::handleRequest";

  /**
   * The handler of that name (or of the class name that stands for it, see {@link #resolve}),
   * created on first call: its class is loaded and its constructor runs
   * then. A constructor that throws is not remembered, so the next call tries again; callers that
   * were waiting for that creation get the same failure.
   *
   * @throws UnknownHandlerException when no table has the name
   * @throws HandlerInitException when creating the handler failed, or the caller was interrupted
   *     while waiting for another thread to create it
   */
  public Handler handler(String name) {
    Object entry = created.get(name);
    if (entry instanceof Handler) {
      return (Handler) entry;
    }
    String resolved = resolve(name);
    if (!resolved.equals(name)) {
      return handler(resolved);
    }
    HandlerTable owner = owner(name);
    Creation mine = new Creation();
    entry = created.putIfAbsent(name, mine);
    if (entry instanceof Handler) {
      return (Handler) entry;
    }
    if (entry != null) {
      return ((Creation) entry).await(name);
    }
    Handler handler = null;
    RuntimeException failure = null;
    try {
      handler = create(owner, name);
      return handler;
    } catch (HandlerInitException e) {
      failure = e;
      throw e;
    } finally {
      // Also reached by an Error (out of memory, say): the waiters must not wait forever.
      if (handler != null) {
        created.put(name, handler);
        mine.finish(handler, null);
      } else {
        created.remove(name, mine);
        mine.finish(null, failure != null ? failure : new HandlerInitException(
            "Handler '" + name + "' failed to initialize with an error; the invocation that created it reports it", null));
      }
    }
  }

  /**
   * A new handler of that name (or of the class name that stands for it), created now and not kept:
   * for a caller that creates its one handler once and holds it, as the Lambda loop does. It spares
   * that caller the bookkeeping of creations shared between threads ({@link #handler}), two classes
   * on the cold path.
   *
   * @throws UnknownHandlerException when no table has the name
   * @throws HandlerInitException when creating the handler failed
   */
  public Handler createHandler(String name) {
    String resolved = resolve(name);
    return create(owner(resolved), resolved);
  }

  private static Handler create(HandlerTable owner, String name) {
    try {
      Handler handler = owner.create(name);
      if (handler == null) {
        throw new HandlerInitException("Handler '" + name + "' is listed by " + owner.getClass().getName()
            + " but it created none: rebuild the project so the table is generated afresh", null);
      }
      return handler;
    } catch (HandlerInitException e) {
      throw e;
    } catch (VirtualMachineError e) {
      throw e; // out of memory or stack: the JVM's trouble, not the handler's init code
    } catch (Throwable e) {
      Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
      throw new HandlerInitException("Handler '" + name + "' failed to initialize: " + cause, cause);
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
      throw UnknownHandlerException.of(name, names());
    }
    return owner;
  }

  /** A creation under way, which other callers of the same name wait for. */
  private static final class Creation {
    private boolean done;
    private Handler handler;
    private RuntimeException failure;

    synchronized void finish(Handler handler, RuntimeException failure) {
      this.handler = handler;
      this.failure = failure;
      done = true;
      notifyAll();
    }

    synchronized Handler await(String name) {
      while (!done) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new HandlerInitException("Interrupted while waiting for handler '" + name + "' to initialize", e);
        }
      }
      if (handler == null) {
        throw failure;
      }
      return handler;
    }
  }
}
