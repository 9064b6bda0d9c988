package dev.switchboard.internal;

import dev.switchboard.internal.json.Codecs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tables merge, each handler is created once, and lookups that fail say why. */
class HandlerRegistryTest {
  static final AtomicInteger ALPHA_CREATED = new AtomicInteger();
  static final AtomicInteger FLAKY_ATTEMPTS = new AtomicInteger();

  /** A table written by hand the way the processor writes one: a switch over sorted names. */
  static final class GreetingTable implements HandlerTable {
    private static final String[] NAMES = {"alpha", "beta", "flaky"};

    @Override
    public String[] names() {
      return NAMES.clone();
    }

    @Override
    public Handler create(String name) {
      switch (name) {
        case "alpha":
          return new ObjectHandler(name, this, 0, new Alpha(), Codecs.map(Codecs.OBJECT), Codecs.STRING);
        case "beta":
          return new ObjectHandler(name, this, 1, null, Codecs.OBJECT, Codecs.OBJECT);
        case "flaky":
          return new ObjectHandler(name, this, 2, new Flaky(), Codecs.OBJECT, Codecs.OBJECT);
        default:
          return null;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object call(int handler, Object target, Object event, Context context) {
      switch (handler) {
        case 0:
          return ((Alpha) target).greet((Map<String, Object>) event);
        case 1:
          return event;
        case 2:
          return "ok";
        default:
          throw new IllegalArgumentException("No object handler number " + handler);
      }
    }
  }

  /** A second table, as a second jar on the class path would bring. */
  static final class ReportTable implements HandlerTable {
    @Override
    public String[] names() {
      return new String[] {"gamma", "static-init-fails"};
    }

    @Override
    public Handler create(String name) throws Throwable {
      switch (name) {
        case "gamma":
          return new StreamHandler(name, this, 0, null);
        case "static-init-fails":
          ClassInit.initialize(MethodHandles.lookup(), BrokenStatic.class);
          return new ObjectHandler(name, this, 1, null, Codecs.OBJECT, Codecs.OBJECT);
        default:
          return null;
      }
    }

    @Override
    public Object call(int handler, Object target, Object event, Context context) {
      return BrokenStatic.VALUE;
    }

    @Override
    public void callStream(int handler, Object target, InputStream in, OutputStream out, Context context) {}
  }

  /** A table that defines a name the first table also defines. */
  static final class ClashingTable implements HandlerTable {
    @Override
    public String[] names() {
      return new String[] {"beta"};
    }

    @Override
    public Handler create(String name) {
      return name.equals("beta") ? new ObjectHandler(name, this, 0, null, Codecs.OBJECT, Codecs.OBJECT) : null;
    }
  }

  /** A table whose names list promises a handler it does not create. */
  static final class LyingTable implements HandlerTable {
    @Override
    public String[] names() {
      return new String[] {"ghost"};
    }

    @Override
    public Handler create(String name) {
      return null;
    }
  }

  /** A handler class that counts its instances. */
  static final class Alpha {
    Alpha() {
      ALPHA_CREATED.incrementAndGet();
    }

    String greet(Map<String, Object> event) {
      return "alpha:" + event.get("x");
    }
  }

  /** A handler class whose constructor fails the first time only. */
  static final class Flaky {
    Flaky() {
      if (FLAKY_ATTEMPTS.incrementAndGet() == 1) {
        throw new IllegalStateException("configuration table not reachable");
      }
    }
  }

  /** A handler class whose static initializer throws. */
  static final class BrokenStatic {
    static final String VALUE = fail();

    private static String fail() {
      throw new IllegalArgumentException("missing environment variable TABLE_NAME");
    }
  }

  @Test
  void tablesMergeAndNamesAreSorted() {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new ReportTable(), new GreetingTable()));

    assertEquals(List.of("alpha", "beta", "flaky", "gamma", "static-init-fails"), registry.names());
    assertTrue(registry.contains("gamma"));
    assertTrue(registry.contains("alpha"));
    assertFalse(registry.contains("delta"));
    assertEquals("gamma", registry.handler("gamma").name());
    assertInstanceOf(StreamHandler.class, registry.handler("gamma"));
  }

  @Test
  void eachHandlerIsCreatedOnceOnFirstLookup() throws Throwable {
    int before = ALPHA_CREATED.get();
    HandlerRegistry registry = HandlerRegistry.of(List.of(new GreetingTable()));
    assertEquals(before, ALPHA_CREATED.get(), "building the registry creates no handler");

    Handler first = registry.handler("alpha");
    Handler second = registry.handler("alpha");

    assertSame(first, second);
    assertEquals(before + 1, ALPHA_CREATED.get());
    assertEquals("\"alpha:1\"", Invocations.invoke(first, "{\"x\": 1}"));
  }

  @Test
  void createHandlerMakesAHandlerEachCallAndKeepsNone() throws Throwable {
    int before = ALPHA_CREATED.get();
    HandlerRegistry registry = HandlerRegistry.of(List.of(new GreetingTable(), new ReportTable()));

    Handler first = registry.createHandler("alpha");
    Handler second = registry.createHandler("alpha");

    assertFalse(first == second, "a new handler each call");
    assertEquals(before + 2, ALPHA_CREATED.get());
    assertEquals("\"alpha:1\"", Invocations.invoke(first, "{\"x\": 1}"));
    Handler kept = registry.handler("alpha");
    assertFalse(kept == first || kept == second, "handler() keeps its own, createHandler() none");
    assertEquals(before + 3, ALPHA_CREATED.get());

    UnknownHandlerException unknown = assertThrows(UnknownHandlerException.class, () -> registry.createHandler("gama"));
    assertEquals("No handler named 'gama'. Did you mean 'gamma'? Known handlers: alpha, beta, flaky, gamma,"
        + " static-init-fails", unknown.getMessage());
    HandlerInitException clash = assertThrows(HandlerInitException.class,
        () -> HandlerRegistry.of(List.of(new GreetingTable(), new ClashingTable())).createHandler("beta"));
    assertTrue(clash.getMessage().contains("'beta' is defined by two tables"), clash.getMessage());
  }

  @Test
  void unknownNameListsTheKnownNamesAndSuggestsTheClosest() {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new GreetingTable(), new ReportTable()));

    UnknownHandlerException e = assertThrows(UnknownHandlerException.class, () -> registry.handler("gama"));

    assertEquals("No handler named 'gama'. Did you mean 'gamma'? Known handlers: alpha, beta, flaky, gamma,"
        + " static-init-fails", e.getMessage());
    assertEquals("gama", e.name());
    assertEquals(registry.names(), e.known());
  }

  @Test
  void unknownNameWithNothingCloseSuggestsNothing() {
    UnknownHandlerException e = assertThrows(UnknownHandlerException.class,
        () -> HandlerRegistry.of(List.of(new GreetingTable())).handler("zzzzzzzz"));

    assertEquals("No handler named 'zzzzzzzz'. Known handlers: alpha, beta, flaky", e.getMessage());
  }

  @Test
  void noTablesAtAllPointsAtTheProcessor() {
    UnknownHandlerException e = assertThrows(UnknownHandlerException.class,
        () -> HandlerRegistry.of(List.of()).handler("hello"));

    assertTrue(e.getMessage().startsWith("No handler named 'hello': this class path has no @LambdaHandler methods."),
        e.getMessage());
    assertTrue(e.getMessage().contains("annotation processor path"), e.getMessage());
  }

  @Test
  void aNameInTwoTablesIsAClearError() {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new GreetingTable(), new ClashingTable()));

    HandlerInitException e = assertThrows(HandlerInitException.class, () -> registry.handler("beta"));

    assertTrue(e.getMessage().contains("'beta' is defined by two tables"), e.getMessage());
    assertTrue(e.getMessage().contains(GreetingTable.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(ClashingTable.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("@LambdaHandler(\""), e.getMessage());
    assertEquals("alpha", registry.handler("alpha").name(), "the other names still work");
  }

  @Test
  void aConstructorThatThrowsIsAnInitErrorAndIsRetried() throws Throwable {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new GreetingTable()));
    FLAKY_ATTEMPTS.set(0);

    HandlerInitException e = assertThrows(HandlerInitException.class, () -> registry.handler("flaky"));
    assertTrue(e.getMessage().startsWith("Handler 'flaky' failed to initialize: "), e.getMessage());
    assertTrue(e.getMessage().contains("configuration table not reachable"), e.getMessage());
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals("java.lang.IllegalStateException", ErrorResponse.errorType(e));

    Handler handler = registry.handler("flaky");
    assertEquals(2, FLAKY_ATTEMPTS.get());
    assertEquals("\"ok\"", Invocations.invoke(handler, "{}"));
    assertSame(handler, registry.handler("flaky"));
    assertEquals(2, FLAKY_ATTEMPTS.get());
  }

  @Test
  void aStaticInitializerThatThrowsIsAnInitErrorNamingTheCause() {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new ReportTable()));

    HandlerInitException first = assertThrows(HandlerInitException.class, () -> registry.handler("static-init-fails"));
    assertInstanceOf(IllegalArgumentException.class, first.getCause());
    assertTrue(first.getMessage().contains("missing environment variable TABLE_NAME"), first.getMessage());

    HandlerInitException again = assertThrows(HandlerInitException.class, () -> registry.handler("static-init-fails"));
    assertInstanceOf(NoClassDefFoundError.class, again.getCause());
  }

  /** A table whose handlers' constructors throw errors rather than exceptions. */
  static final class ErrorTable implements HandlerTable {
    @Override
    public String[] names() {
      return new String[] {"asserts", "out-of-memory"};
    }

    @Override
    public Handler create(String name) {
      if (name.equals("asserts")) {
        throw new AssertionError("table name must not be empty");
      }
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anErrorFromAConstructorIsAnInitErrorButTheJvmsOwnTroublePassesThrough() {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new ErrorTable()));

    HandlerInitException asserts = assertThrows(HandlerInitException.class, () -> registry.handler("asserts"));
    assertInstanceOf(AssertionError.class, asserts.getCause());
    assertTrue(asserts.getMessage().contains("table name must not be empty"), asserts.getMessage());

    assertThrows(OutOfMemoryError.class, () -> registry.handler("out-of-memory"));
  }

  @Test
  void aTableThatDoesNotCreateAListedHandlerIsAnError() {
    HandlerRegistry registry = HandlerRegistry.of(List.of(new LyingTable()));

    HandlerInitException e = assertThrows(HandlerInitException.class, () -> registry.handler("ghost"));
    assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
    assertTrue(e.getMessage().contains(LyingTable.class.getName()), e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void loadFindsTablesThroughTheServiceFile() throws Throwable {
    HandlerRegistry registry = HandlerRegistry.load();

    // A table listed twice is loaded once; comments and blank lines are skipped.
    assertEquals(List.of("rt-self-registered", "rt-service-loaded"), registry.names());
    // ServiceLoadedTable does not register itself, as tables of older processors do not: it is
    // created through its constructor.
    assertEquals("\"found\"", Invocations.invoke(registry.handler("rt-service-loaded"), ""));
    assertEquals("\"registered\"", Invocations.invoke(registry.handler("rt-self-registered"), ""));
  }

  @Test
  void aSelfRegisteringTableIsTheInstanceItsInitializerMadeAndNoOther() {
    HandlerRegistry.load();
    HandlerRegistry.load();

    assertEquals(1, SelfRegisteringTable.INSTANCES.get(), "no table created reflectively, nor twice");
  }

  @Test
  void aTableOfAChildClassLoaderRegistersWithItsOwnClass() throws Exception {
    // A loader below the runtime's defines its own copy of SelfRegisteringTable (as a test framework
    // or a plugin host would): its table is kept with its class, apart from the runtime's own tables.
    ClassLoader parent = HandlerRegistryTest.class.getClassLoader();
    String name = SelfRegisteringTable.class.getName();
    byte[] bytes;
    try (InputStream in = parent.getResourceAsStream(name.replace('.', '/') + ".class")) {
      bytes = in.readAllBytes();
    }
    ClassLoader child = new ClassLoader(parent) {
      @Override
      protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(className)) {
          if (!className.equals(name)) {
            return super.loadClass(className, resolve);
          }
          Class<?> loaded = findLoadedClass(className);
          return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
        }
      }
    };

    List<HandlerTable> first = HandlerTables.load(child);
    List<HandlerTable> second = HandlerTables.load(child);
    HandlerTable childTable = first.stream().filter(t -> t.getClass().getName().equals(name)).findFirst().orElseThrow();

    assertSame(child, childTable.getClass().getClassLoader());
    assertSame(first.get(0), second.get(0));
    assertSame(first.get(1), second.get(1));
    Class<?> childType = childTable.getClass();
    java.lang.reflect.Field instances = childType.getDeclaredField("INSTANCES");
    instances.setAccessible(true); // another runtime package: the child defined the class
    assertEquals(1, ((AtomicInteger) instances.get(null)).get(), "the child's table was created once, by its initializer");
    HandlerTable parentTable = HandlerTables.load(parent).stream()
        .filter(t -> t.getClass().getName().equals(name)).findFirst().orElseThrow();
    assertSame(parent, parentTable.getClass().getClassLoader());
  }

  @Test
  void aServiceFileLineThatIsNoClassNameIsAConfigurationError() {
    List<String> names = new java.util.ArrayList<>();
    java.util.ServiceConfigurationError e = org.junit.jupiter.api.Assertions.assertThrows(
        java.util.ServiceConfigurationError.class, () -> HandlerTables.parse("tables.txt",
            new java.io.ByteArrayInputStream("# tables\ncom.example.Good\ncom.example.Not Good\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), names));
    assertTrue(e.getMessage().contains("tables.txt:3: Illegal provider-class name: com.example.Not Good"), e.getMessage());
    assertEquals(List.of("com.example.Good"), names);
  }

  @Test
  void serviceFilesReadWithEveryLineEndingAndEachNameOnce() throws Exception {
    List<String> names = new java.util.ArrayList<>(List.of("com.example.Known"));
    HandlerTables.parse("tables.txt", new java.io.ByteArrayInputStream(
        "com.example.A\r\n  com.example.B # two\rcom.example.Known\n\n\u00e9t\u00e9.Table\ncom.example.A"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), names);
    assertEquals(List.of("com.example.Known", "com.example.A", "com.example.B", "\u00e9t\u00e9.Table"), names);

    java.util.ServiceConfigurationError e = org.junit.jupiter.api.Assertions.assertThrows(
        java.util.ServiceConfigurationError.class, () -> HandlerTables.parse("tables.txt",
            new java.io.ByteArrayInputStream("com.example.A\r\n\r\n# c\rbad name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new java.util.ArrayList<>()));
    assertTrue(e.getMessage().contains("tables.txt:4: Illegal provider-class name: bad name"), e.getMessage());
  }

  @Test
  void closestNameIgnoresCaseAndPrefersContainment() {
    List<String> known = List.of("calculator", "hello", "orders", "dev.switchboard.examples.Echo::handle");

    assertEquals("hello", UnknownHandlerException.closest("helo", known));
    assertEquals("hello", UnknownHandlerException.closest("HELLO", known));
    assertEquals("calculator", UnknownHandlerException.closest("calc", known));
    assertEquals("dev.switchboard.examples.Echo::handle", UnknownHandlerException.closest("Echo::handle", known));
    assertEquals("orders", UnknownHandlerException.closest("order", known));
    assertNull(UnknownHandlerException.closest("payments", known));
    assertNull(UnknownHandlerException.closest("x", known), "a letter is inside many names but near none");
    assertNull(UnknownHandlerException.closest("", known));
    assertEquals("hello", UnknownHandlerException.closest("hell", known));
  }
}
