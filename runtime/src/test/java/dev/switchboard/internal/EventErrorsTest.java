package dev.switchboard.internal;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.Codecs;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.EventBindingException;
import static dev.switchboard.internal.Invocations.echo;
import static dev.switchboard.internal.Invocations.invoke;
import static dev.switchboard.internal.Invocations.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event that does not bind says where: line and column for broken JSON, a JSON path for a wrong shape. */
class EventErrorsTest {
  private static final Codec<Map<String, List<Map<String, Double>>>> ORDER =
      Codecs.map(Codecs.list(Codecs.map(Codecs.DOUBLE)));

  @Test
  void malformedJsonSaysLineAndColumn() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(Codecs.OBJECT, "{\n  \"a\": 1,\n  \"b\": tru\n}"));

    assertTrue(e.getMessage().startsWith("Malformed event JSON at line 3, column "), e.getMessage());
    assertTrue(e.getMessage().contains("tru"), e.getMessage());
    assertEquals("Runtime.UnmarshalError", ErrorResponse.errorType(e));
  }

  @Test
  void malformedJsonInATypedEvent() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(Codecs.map(Codecs.INTEGER), "{\"a\": 1,}"));

    assertTrue(e.getMessage().startsWith("Malformed event JSON at line 1, column 9: "), e.getMessage());
  }

  @Test
  void truncatedJson() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(Codecs.OBJECT, "{\"first_name\": "));

    assertTrue(e.getMessage().startsWith("Malformed event JSON at line 1, column "), e.getMessage());
    assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("end-of-input"), e.getMessage());
  }

  @Test
  void notJsonAtAll() throws Throwable {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> invoke(echo(Codecs.map(Codecs.OBJECT)), "hello world"));

    assertTrue(e.getMessage().startsWith("Malformed event JSON at line 1, column "), e.getMessage());
  }

  @Test
  void mismatchSaysTheJsonPath() {
    EventBindingException e = assertThrows(EventBindingException.class, () -> read(ORDER,
        "{\"items\": [{\"price\": 1}, {\"price\": 2.5}, {\"price\": \"3\"}, {\"price\": \"cheap\"}]}"));

    assertEquals("Event does not fit java.util.Map<java.lang.String,java.util.List<java.util.Map<java.lang.String,"
        + "java.lang.Double>>>: $.items[3].price: expected a number, found the string \"cheap\"", e.getMessage());
  }

  @Test
  void mismatchOfAContainerPointsAtTheContainer() {
    EventBindingException array = assertThrows(EventBindingException.class,
        () -> read(ORDER, "{\"items\": [{\"price\": 1}, [2]]}"));
    assertTrue(array.getMessage().endsWith(": $.items[1]: expected an object, found an array"), array.getMessage());

    EventBindingException object = assertThrows(EventBindingException.class,
        () -> read(ORDER, "{\"items\": {\"price\": 1}}"));
    assertTrue(object.getMessage().endsWith(": $.items: expected an array, found an object"), object.getMessage());

    EventBindingException root = assertThrows(EventBindingException.class, () -> read(ORDER, "\"items\""));
    assertTrue(root.getMessage().endsWith(": $: expected an object, found a string"), root.getMessage());
  }

  @Test
  void namesThatAreNotIdentifiersAreQuotedInThePath() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(Codecs.map(Codecs.map(Codecs.INTEGER)), "{\"line items\": {\"it's\": \"x\"}}"));

    assertTrue(e.getMessage().contains(": $['line items']['it\\'s']: expected an integer"), e.getMessage());
  }

  @Test
  void contentAfterTheValueIsAnError() {
    EventBindingException second = assertThrows(EventBindingException.class,
        () -> read(Codecs.OBJECT, "{\"a\": 1} {\"b\": 2}"));
    assertEquals("Malformed event JSON at line 1, column 10: found an object after the end of the JSON value;"
        + " an event is a single JSON value", second.getMessage());

    EventBindingException number = assertThrows(EventBindingException.class,
        () -> read(Codecs.INTEGER, "1\n2"));
    assertEquals("Malformed event JSON at line 2, column 1: found an integer after the end of the JSON value;"
        + " an event is a single JSON value", number.getMessage());

    EventBindingException garbage = assertThrows(EventBindingException.class,
        () -> read(Codecs.map(Codecs.OBJECT), "{} trailing"));
    assertTrue(garbage.getMessage().startsWith("Malformed event JSON at line 1, column "), garbage.getMessage());
    assertTrue(garbage.getMessage().contains("Unrecognized token 'trailing'"), garbage.getMessage());

    EventBindingException databind = assertThrows(EventBindingException.class,
        () -> read(DatabindCodec.of(DatabindBindingTest.Item.class), "{\"sku\": \"a\"}]"));
    assertTrue(databind.getMessage().startsWith("Malformed event JSON at line 1, column 13: "), databind.getMessage());
  }

  @Test
  void whitespaceAfterTheValueIsFine() {
    assertEquals(Map.of("a", 1), read(Codecs.OBJECT, " {\"a\": 1}\n\n  \t"));
  }
}
