package dev.switchboard.internal;

import dev.switchboard.internal.json.Codecs;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.ResultSerializationException;
import static dev.switchboard.internal.Invocations.entry;
import static dev.switchboard.internal.Invocations.invoke;
import static dev.switchboard.internal.Invocations.invokeBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.Context;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a handler returns, as JSON: null for void, UTF-8 text, and a clear error for what cannot be written. */
class ResultWritingTest {

  @Test
  void voidGivesNull() throws Throwable {
    List<Object> seen = new ArrayList<>();
    ObjectHandler audit = entry("rt-audit", Codecs.list(Codecs.OBJECT), Codecs.VOID,
        (events, context) -> {
          seen.addAll(events);
          return null;
        });

    assertEquals("null", invoke(audit, "[1, \"two\"]"));
    assertEquals(List.of(1, "two"), seen);
  }

  @Test
  void nullResultGivesNull() throws Throwable {
    assertEquals("null", invoke(entry("rt-null-map", Codecs.OBJECT, Codecs.map(Codecs.OBJECT), (e, c) -> null), "{}"));
    assertEquals("null", invoke(entry("rt-null-string", Codecs.OBJECT, Codecs.STRING, (e, c) -> null), "{}"));
    assertEquals("null", invoke(entry("rt-null-record", Codecs.OBJECT,
        DatabindCodec.of(DatabindBindingTest.Item.class), (e, c) -> null), "{}"));
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8NotEscaped() throws Throwable {
    String text = "Grüße, Zoë — 日本語 ✓ \uD83D\uDE80";
    ObjectHandler greet = entry("rt-greet",
        Codecs.map(Codecs.OBJECT), Codecs.map(Codecs.OBJECT), (event, context) -> Map.of("message", event.get("name")));

    byte[] response = invokeBytes(greet, "{\"name\": \"" + text + "\"}");

    assertArrayEquals(("{\"message\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8), response);
    assertFalse(new String(response, StandardCharsets.UTF_8).contains("\\u"));
  }

  @Test
  void nonAsciiThroughDatabindIsUtf8Too() throws Throwable {
    ObjectHandler handler = entry("rt-item", Codecs.OBJECT,
        DatabindCodec.of(DatabindBindingTest.Item.class), (e, c) -> new DatabindBindingTest.Item("čaj-茶", 1, null));

    assertArrayEquals("{\"sku\":\"čaj-茶\",\"quantity\":1}".getBytes(StandardCharsets.UTF_8), invokeBytes(handler, ""));
  }

  @Test
  void plainObjectCannotBeSerialized() {
    ObjectHandler handler = entry("rt-opaque", Codecs.OBJECT, Codecs.OBJECT, (e, c) -> new Object());

    ResultSerializationException e = assertThrows(ResultSerializationException.class, () -> invoke(handler, "{}"));

    assertTrue(e.getMessage().startsWith("Handler 'rt-opaque' returned a java.lang.Object that cannot be serialized"
        + " to JSON: "), e.getMessage());
    assertEquals("Runtime.MarshalError", ErrorResponse.errorType(e));
    assertNotNull(e.getCause());
  }

  @Test
  void plainObjectInsideAMapCannotBeSerialized() {
    ObjectHandler handler = entry("rt-opaque-inside", Codecs.OBJECT,
        Codecs.map(Codecs.OBJECT), (e, c) -> Map.of("thing", new Object()));

    ResultSerializationException e = assertThrows(ResultSerializationException.class, () -> invoke(handler, "{}"));

    assertTrue(e.getMessage().startsWith("Handler 'rt-opaque-inside' returned a java.util."), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
  }

  @Test
  void selfContainingMapIsAnErrorNotAStackOverflow() {
    Map<String, Object> loop = new HashMap<>();
    loop.put("self", loop);
    ObjectHandler asObject = entry("rt-loop", Codecs.OBJECT, Codecs.OBJECT, (e, c) -> loop);
    ObjectHandler asMap = entry("rt-loop-map", Codecs.OBJECT,
        Codecs.map(Codecs.OBJECT), (e, c) -> loop);

    ResultSerializationException object = assertThrows(ResultSerializationException.class, () -> invoke(asObject, ""));
    assertTrue(object.getMessage().startsWith("Handler 'rt-loop' returned a java.util.HashMap that cannot be"
        + " serialized to JSON: "), object.getMessage());
    assertTrue(object.getMessage().contains("contain itself"), object.getMessage());

    ResultSerializationException map = assertThrows(ResultSerializationException.class, () -> invoke(asMap, ""));
    assertTrue(map.getMessage().startsWith("Handler 'rt-loop-map' returned a java.util.HashMap"), map.getMessage());
    assertTrue(map.getMessage().contains("contain itself"), map.getMessage());
  }

  @Test
  void selfContainingListIsAnError() {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);
    ObjectHandler handler = entry("rt-loop-list", Codecs.OBJECT,
        Codecs.list(Codecs.OBJECT), (e, c) -> loop);

    ResultSerializationException e = assertThrows(ResultSerializationException.class, () -> invoke(handler, ""));
    assertTrue(e.getMessage().contains("java.util.ArrayList"), e.getMessage());
  }

  /** A bean that can hold itself. */
  public static final class Node {
    public final List<Node> children = new ArrayList<>();
  }

  @Test
  void cyclicBeanIsAnErrorNotACrash() {
    Node node = new Node();
    node.children.add(node);
    ObjectHandler handler = entry("rt-cycle", Codecs.OBJECT, DatabindCodec.of(Node.class), (e, c) -> node);

    ResultSerializationException e = assertThrows(ResultSerializationException.class, () -> invoke(handler, ""));
    assertTrue(e.getMessage().startsWith("Handler 'rt-cycle' returned a dev.switchboard.internal.ResultWritingTest$Node"
        + " that cannot be serialized to JSON: $.children[0].children[0]"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(does it contain itself?)"), e.getMessage());
    assertTrue(e.getMessage().length() < 500, "one readable line, not the whole reference chain: " + e.getMessage());
  }

  /** A bean whose getter throws. */
  public static final class Exploding {
    public String getName() {
      return "fine";
    }

    public String getSecret() {
      throw new IllegalStateException("vault is locked");
    }
  }

  @Test
  void beanWithAThrowingGetter() {
    ObjectHandler handler = entry("rt-exploding", Codecs.OBJECT,
        DatabindCodec.of(Exploding.class), (e, c) -> new Exploding());

    ResultSerializationException e = assertThrows(ResultSerializationException.class, () -> invoke(handler, ""));

    assertTrue(e.getMessage().startsWith("Handler 'rt-exploding' returned a "
        + "dev.switchboard.internal.ResultWritingTest$Exploding that cannot be serialized to JSON: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": $.secret: vault is locked"), e.getMessage());
    assertEquals("Runtime.MarshalError", ErrorResponse.errorType(e));
  }

  @Test
  void beanWithAThrowingGetterInsideAnObjectResult() {
    ObjectHandler handler = entry("rt-exploding-object", Codecs.OBJECT, Codecs.OBJECT,
        (e, c) -> List.of(new Exploding()));

    ResultSerializationException e = assertThrows(ResultSerializationException.class, () -> invoke(handler, ""));
    assertTrue(e.getMessage().startsWith("Handler 'rt-exploding-object' returned a java.util."), e.getMessage());
    assertTrue(e.getMessage().contains("vault is locked"), e.getMessage());
  }

  @Test
  void theHandlersExceptionIsThrownAsItIs() {
    IllegalArgumentException thrown = new IllegalArgumentException("bad order");
    ObjectHandler handler = entry("rt-throws", Codecs.OBJECT, Codecs.OBJECT, (e, c) -> {
      throw thrown;
    });

    assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> invoke(handler, "{}")));
  }

  @Test
  void theCallersStreamIsFlushedButNotClosed() throws Throwable {
    ClosingWatch out = new ClosingWatch();
    ObjectHandler handler = entry("rt-stream-owner", Codecs.OBJECT, Codecs.OBJECT, (e, c) -> e);

    handler.invoke("{\"a\":1}".getBytes(StandardCharsets.UTF_8), Invocations.context(new ByteArrayOutputStream()), out);
    ErrorResponse.write(new IllegalStateException("x"), out);

    assertFalse(out.closed, "the stream belongs to the caller");
    String written = out.buffer.toString(StandardCharsets.UTF_8);
    assertTrue(written.startsWith("{\"a\":1}{\"errorMessage\":\"x\""), written);
  }

  @Test
  void streamHandlerGetsTheRawBytesAndWritesItsOwn() throws Throwable {
    byte[] event = {'n', 'o', 't', ' ', 'j', 's', 'o', 'n', (byte) 0xff};
    HandlerTable table = new HandlerTable() {
      @Override
      public String[] names() {
        return new String[] {"rt-raw"};
      }

      @Override
      public Handler create(String name) {
        return new StreamHandler(name, this, 0, null);
      }

      @Override
      public void callStream(int handler, Object target, InputStream in, OutputStream out, Context context)
          throws Exception {
        byte[] bytes = in.readAllBytes();
        out.write(bytes.length);
        out.write(bytes);
        context.getLogger().log("read " + bytes.length);
      }
    };
    Handler handler = table.create("rt-raw");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    handler.invoke(event, Invocations.context(log), out);

    assertEquals("rt-raw", handler.name());
    byte[] expected = new byte[event.length + 1];
    expected[0] = (byte) event.length;
    System.arraycopy(event, 0, expected, 1, event.length);
    assertArrayEquals(expected, out.toByteArray());
    assertEquals("read 9" + System.lineSeparator(), log.toString(StandardCharsets.UTF_8));
  }

  @Test
  void entryExposesItsNameAndCodecs() {
    ObjectHandler handler = entry("rt-codecs", Codecs.jsonNode(),
        Codecs.map(Codecs.OBJECT), (e, c) -> new LinkedHashMap<>());

    assertEquals("rt-codecs", handler.name());
    assertEquals("com.fasterxml.jackson.databind.JsonNode", handler.eventCodec().typeName());
    assertEquals("java.util.Map<java.lang.String,java.lang.Object>", handler.resultCodec().typeName());
  }

  /** An output stream that remembers whether it was closed. */
  private static final class ClosingWatch extends FilterOutputStream {
    final ByteArrayOutputStream buffer;
    boolean closed;

    ClosingWatch() {
      this(new ByteArrayOutputStream());
    }

    private ClosingWatch(ByteArrayOutputStream buffer) {
      super(buffer);
      this.buffer = buffer;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
