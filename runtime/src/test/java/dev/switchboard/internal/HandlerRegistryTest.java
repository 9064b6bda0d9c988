package dev.switchboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.Context;
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
          return new AlphaEntry();
        case "beta":
          return new BetaEntry();
        case "flaky":
          return new FlakyEntry();
        default:
          return null;
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
    public Handler create(String name) {
      switch (name) {
        case "gamma":
          return new StreamHandler("gamma") {
            @Override
            protected void handle(java.io.InputStream in, java.io.OutputStream out, Context context) {}
          };
        case "static-init-fails":
          return new BrokenStaticEntry();
        default:
          return null;
      }
    }
  }

  /** A table that defines a name the first table also defines. */
  static final class ClashingTable implements HandlerTable {
    @Override
    public String[] names() {
      return new String[] {"beta"};
    }

    @Override
    public Handler create(String name) {
      return name.equals("beta") ? new BetaEntry() : null;
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

  static final class AlphaEntry extends ObjectHandler<Map<String, Object>, String> {
    AlphaEntry() {
      super("alpha", Codecs.map(Codecs.OBJECT), Codecs.STRING);
      ALPHA_CREATED.incrementAndGet();
    }

    @Override
    protected String handle(Map<String, Object> event, Context context) {
      return "alpha:" + event.get("x");
    }
  }

  static final class BetaEntry extends ObjectHandler<Object, Object> {
    BetaEntry() {
      super("beta", Codecs.OBJECT, Codecs.OBJECT);
    }

    @Override
    protected Object handle(Object event, Context context) {
      return event;
    }
  }

  /** Its constructor (the handler's class being created) fails the first time only. */
  static final class FlakyEntry extends ObjectHandler<Object, Object> {
    FlakyEntry() {
      super("flaky", Codecs.OBJECT, Codecs.OBJECT);
      if (FLAKY_ATTEMPTS.incrementAndGet() == 1) {
        throw new IllegalStateException("configuration table not reachable");
      }
    }

    @Override
    protected Object handle(Object event, Context context) {
      return "ok";
    }
  }

  /** The handler class whose static initializer throws. */
  static final class BrokenStatic {
    static final String VALUE = fail();

    private static String fail() {
      throw new IllegalArgumentException("missing environment variable TABLE_NAME");
    }
  }

  static final class BrokenStaticEntry extends ObjectHandler<Object, Object> {
    private final String value = BrokenStatic.VALUE;

    BrokenStaticEntry() {
      super("static-init-fails", Codecs.OBJECT, Codecs.OBJECT);
    }

    @Override
    protected Object handle(Object event, Context context) {
      return value;
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

    assertEquals(List.of("rt-service-loaded"), registry.names());
    assertEquals("\"found\"", Invocations.invoke(registry.handler("rt-service-loaded"), ""));
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
