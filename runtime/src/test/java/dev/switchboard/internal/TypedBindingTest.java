package dev.switchboard.internal;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.Codecs;
import dev.switchboard.internal.json.EventBindingException;
import static dev.switchboard.internal.Invocations.echo;
import static dev.switchboard.internal.Invocations.invoke;
import static dev.switchboard.internal.Invocations.read;
import static dev.switchboard.internal.Invocations.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Declared event types other than {@code Object}: collections, strings, numbers with databind's
 * coercions, primitives, booleans, {@code JsonNode} and base64 {@code byte[]}.
 */
class TypedBindingTest {

  @Test
  void mapOfStringToValuesConvertsEachValue() {
    Map<String, Integer> map = read(Codecs.map(Codecs.INTEGER), "{\"b\": \"12\", \"a\": 3, \"c\": null}");

    assertInstanceOf(LinkedHashMap.class, map);
    assertEquals(List.of("b", "a", "c"), new ArrayList<>(map.keySet()));
    assertEquals(12, map.get("b"));
    assertEquals(3, map.get("a"));
    assertTrue(map.containsKey("c"));
    assertNull(map.get("c"));
  }

  @Test
  void nestedCollections() throws Throwable {
    Codec<Map<String, List<Double>>> codec = Codecs.map(Codecs.list(Codecs.DOUBLE));
    Map<String, List<Double>> map = read(codec, "{\"xs\": [1, 2.5, \"3.25\"], \"none\": []}");

    assertEquals(List.of(1.0, 2.5, 3.25), map.get("xs"));
    assertInstanceOf(ArrayList.class, map.get("xs"));
    assertEquals(List.of(), map.get("none"));
    assertEquals("{\"xs\":[1.0,2.5,3.25],\"none\":[]}", invoke(echo(codec), "{\"xs\": [1, 2.5, \"3.25\"], \"none\": []}"));
  }

  @Test
  void setsKeepFirstOccurrenceOrderAndDropDuplicates() {
    Set<Integer> set = read(Codecs.set(Codecs.INTEGER), "[3, 1, 3, 2, 1]");

    assertInstanceOf(LinkedHashSet.class, set);
    assertEquals(List.of(3, 1, 2), new ArrayList<>(set));
  }

  @Test
  void listsAndCollections() {
    List<String> list = read(Codecs.list(Codecs.STRING), "[\"a\", 2, true, null]");
    assertEquals(java.util.Arrays.asList("a", "2", "true", null), list);

    Collection<Long> collection = read(Codecs.collection(Codecs.LONG), "[9007199254740993]");
    assertEquals(List.of(9007199254740993L), new ArrayList<>(collection));

    assertNull(read(Codecs.list(Codecs.STRING), "null"));
    assertEquals("[1,2]", write(Codecs.list(Codecs.LONG), List.of(1L, 2L)));
  }

  @Test
  void collectionsRejectOtherShapes() {
    EventBindingException notArray = assertThrows(EventBindingException.class,
        () -> read(Codecs.list(Codecs.STRING), "{\"a\": 1}"));
    assertEquals("Event does not fit java.util.List<java.lang.String>: $: expected an array, found an object",
        notArray.getMessage());

    EventBindingException notObject = assertThrows(EventBindingException.class,
        () -> read(Codecs.map(Codecs.OBJECT), "[1]"));
    assertEquals("Event does not fit java.util.Map<java.lang.String,java.lang.Object>: $: expected an object, found an array",
        notObject.getMessage());
  }

  @Test
  void stringsTakeAnyScalarButNotObjectsOrArrays() {
    assertEquals("text", read(Codecs.STRING, "\"text\""));
    assertEquals("12", read(Codecs.STRING, "12"));
    assertEquals("1.50", read(Codecs.STRING, "1.50"));
    assertEquals("true", read(Codecs.STRING, "true"));
    assertNull(read(Codecs.STRING, "null"));
    assertEquals("chars", read(Codecs.CHAR_SEQUENCE, "\"chars\"").toString());

    EventBindingException e = assertThrows(EventBindingException.class, () -> read(Codecs.STRING, "{}"));
    assertEquals("Event does not fit java.lang.String: $: expected a string, found an object", e.getMessage());
    assertThrows(EventBindingException.class, () -> read(Codecs.CHAR_SEQUENCE, "[\"a\"]"));
  }

  @Test
  void integersCoerceLikeDatabind() {
    assertEquals(12, read(Codecs.INTEGER, "12"));
    assertEquals(12, read(Codecs.INTEGER, "\"12\""));
    assertEquals(12, read(Codecs.INTEGER, "\" 12 \""));
    assertEquals(1, read(Codecs.INTEGER, "1.9"));
    assertEquals(-1, read(Codecs.INTEGER, "-1.9"));
    assertEquals(Integer.MAX_VALUE, read(Codecs.INTEGER, "2147483647"));
    assertNull(read(Codecs.INTEGER, "null"));
    assertNull(read(Codecs.INTEGER, "\"\""), "an empty string is null, as databind reads it");

    assertEquals(Long.MIN_VALUE, read(Codecs.LONG, "-9223372036854775808"));
    assertEquals(Long.valueOf(5), read(Codecs.LONG, "\"5\""));
    assertEquals(Short.valueOf((short) -300), read(Codecs.SHORT, "-300"));
    assertEquals(Byte.valueOf((byte) 100), read(Codecs.BYTE, "100"));
    assertEquals(new BigInteger("123456789012345678901234567890"),
        read(Codecs.BIG_INTEGER, "123456789012345678901234567890"));
    assertEquals(new BigInteger("77"), read(Codecs.BIG_INTEGER, "\"77\""));
  }

  @Test
  void integersOutOfRangeAreErrorsThatSayTheRange() {
    EventBindingException e = assertThrows(EventBindingException.class, () -> read(Codecs.INTEGER, "3000000000"));
    assertEquals("Event does not fit java.lang.Integer: $: 3000000000 is out of range for int", e.getMessage());

    assertThrows(EventBindingException.class, () -> read(Codecs.INTEGER, "\"3000000000\""));
    assertThrows(EventBindingException.class, () -> read(Codecs.LONG, "9223372036854775808"));
    assertThrows(EventBindingException.class, () -> read(Codecs.SHORT, "40000"));
    assertThrows(EventBindingException.class, () -> read(Codecs.BYTE, "300"));

    EventBindingException nested = assertThrows(EventBindingException.class,
        () -> read(Codecs.map(Codecs.list(Codecs.SHORT)), "{\"q\": [1, 2, 99999]}"));
    assertTrue(nested.getMessage().endsWith("$.q[2]: 99999 is out of range for short"), nested.getMessage());
  }

  @Test
  void topLevelScalarsCoerceAsDatabindAndTheGeneratedCodecsDo() {
    // A number with a fraction is cut to an integer, but a string with one is not an integer.
    assertEquals(1, read(Codecs.INTEGER, "1.9"));
    EventBindingException fraction = assertThrows(EventBindingException.class, () -> read(Codecs.INTEGER, "\"1.5\""));
    assertEquals("Event does not fit java.lang.Integer: $: expected an integer, found the string \"1.5\"",
        fraction.getMessage());
    assertEquals(12, read(Codecs.INTEGER, "\" 12 \""));
    assertNull(read(Codecs.INTEGER, "\"null\""), "the string \"null\" reads as null for a number");
    assertEquals(Double.POSITIVE_INFINITY, read(Codecs.DOUBLE, "\"Infinity\""));
    assertArrayEquals(new byte[] {1, 2, 3}, read(Codecs.BYTES, "[1, 2, 3]"), "bytes also read from an array of numbers");
  }

  @Test
  void numbersRejectTextThatIsNotANumberAndBooleans() {
    EventBindingException text = assertThrows(EventBindingException.class, () -> read(Codecs.INTEGER, "\"twelve\""));
    assertEquals("Event does not fit java.lang.Integer: $: expected an integer, found the string \"twelve\"",
        text.getMessage());

    EventBindingException bool = assertThrows(EventBindingException.class, () -> read(Codecs.INTEGER, "true"));
    assertEquals("Event does not fit java.lang.Integer: $: expected an integer, found a boolean", bool.getMessage());

    EventBindingException object = assertThrows(EventBindingException.class, () -> read(Codecs.DOUBLE, "{}"));
    assertEquals("Event does not fit java.lang.Double: $: expected a number, found an object", object.getMessage());
  }

  @Test
  void floatingPointAndDecimals() {
    assertEquals(2.5, read(Codecs.DOUBLE, "2.5"));
    assertEquals(3.0, read(Codecs.DOUBLE, "3"));
    assertEquals(2.5, read(Codecs.DOUBLE, "\"2.5\""));
    assertEquals(0.5f, read(Codecs.FLOAT, "0.5"));
    assertEquals(new BigDecimal("0.1000"), read(Codecs.BIG_DECIMAL, "0.1000"));
    assertEquals(new BigDecimal("12345678901234567890.000000000001"),
        read(Codecs.BIG_DECIMAL, "12345678901234567890.000000000001"));
    assertEquals(new BigDecimal("7"), read(Codecs.BIG_DECIMAL, "\"7\""));
    assertEquals("0.1000", write(Codecs.BIG_DECIMAL, new BigDecimal("0.1000")));
    assertEquals("2.5", write(Codecs.DOUBLE, 2.5));
  }

  @Test
  void primitivesReadNullAsTheirDefault() {
    assertEquals(0, read(Codecs.primitive(Codecs.INTEGER, 0, "int"), "null"));
    assertEquals(0, read(Codecs.primitive(Codecs.INTEGER, 0, "int"), ""));
    assertEquals(0, read(Codecs.primitive(Codecs.INTEGER, 0, "int"), "\"\""));
    assertEquals(7, read(Codecs.primitive(Codecs.INTEGER, 0, "int"), "\"7\""));
    assertEquals(0L, read(Codecs.primitive(Codecs.LONG, 0L, "long"), "null"));
    assertEquals(0d, read(Codecs.primitive(Codecs.DOUBLE, 0d, "double"), "null"));
    assertEquals(Boolean.FALSE, read(Codecs.primitive(Codecs.BOOLEAN, false, "boolean"), "null"));
    assertEquals(Boolean.TRUE, read(Codecs.primitive(Codecs.BOOLEAN, false, "boolean"), "true"));

    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(Codecs.primitive(Codecs.INTEGER, 0, "int"), "[1]"));
    assertEquals("Event does not fit int: $: expected an integer, found an array", e.getMessage());
    assertEquals("42", write(Codecs.primitive(Codecs.INTEGER, 0, "int"), 42));
  }

  @Test
  void booleans() {
    assertEquals(Boolean.TRUE, read(Codecs.BOOLEAN, "true"));
    assertEquals(Boolean.FALSE, read(Codecs.BOOLEAN, "false"));
    assertEquals(Boolean.TRUE, read(Codecs.BOOLEAN, "\"true\""));
    assertEquals(Boolean.TRUE, read(Codecs.BOOLEAN, "\"True\""));
    assertEquals(Boolean.FALSE, read(Codecs.BOOLEAN, "\"FALSE\""));
    assertEquals(Boolean.TRUE, read(Codecs.BOOLEAN, "1"));
    assertEquals(Boolean.FALSE, read(Codecs.BOOLEAN, "0"));
    assertNull(read(Codecs.BOOLEAN, "null"));

    EventBindingException e = assertThrows(EventBindingException.class, () -> read(Codecs.BOOLEAN, "\"yes\""));
    assertEquals("Event does not fit java.lang.Boolean: $: expected a boolean, found the string \"yes\"", e.getMessage());
    assertEquals("true", write(Codecs.BOOLEAN, true));
  }

  @Test
  void jsonNodeTreeIsBuiltOnTheStreamingApi() throws Throwable {
    JsonNode node = read(Codecs.jsonNode(),
        "{\"z\": 1, \"a\": [true, null, \"s\", 2.5, 12345678901, 123456789012345678901234567890], \"o\": {}}");

    ObjectNode object = assertInstanceOf(ObjectNode.class, node);
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("z", "a", "o"), names);
    assertEquals(1, object.get("z").intValue());
    ArrayNode array = assertInstanceOf(ArrayNode.class, object.get("a"));
    assertTrue(array.get(0).booleanValue());
    assertTrue(array.get(1).isNull());
    assertEquals("s", array.get(2).textValue());
    assertEquals(2.5, array.get(3).doubleValue());
    assertEquals(12345678901L, array.get(4).longValue());
    assertEquals(new BigInteger("123456789012345678901234567890"), array.get(5).bigIntegerValue());
    assertTrue(object.get("o").isObject());

    String json = "{\"z\":1,\"a\":[true,null,\"s\",2.5,12345678901,123456789012345678901234567890],\"o\":{}}";
    assertEquals(json, invoke(echo(Codecs.jsonNode()), json));
  }

  @Test
  void jsonNodeKeepsAFloatThatOverflowsADoubleAsANumber() throws Throwable {
    JsonNode node = read(Codecs.jsonNode(), "[1e400]");

    assertTrue(node.get(0).isBigDecimal(), node.toString());
    assertEquals(new BigDecimal("1e400"), node.get(0).decimalValue());
    assertEquals("[1E+400]", invoke(echo(Codecs.jsonNode()), "[1e400]"));
  }

  @Test
  void jsonNullAtTheTopIsJavaNull() {
    assertNull(read(Codecs.jsonNode(), "null"));
    assertNull(read(Codecs.jsonNode(), ""));
    assertEquals("null", write(Codecs.jsonNode(), null));
  }

  @Test
  void bytesAreBase64() throws Throwable {
    assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), read(Codecs.BYTES, "\"aGVsbG8=\""));
    assertEquals("\"AAH/\"", write(Codecs.BYTES, new byte[] {0, 1, (byte) 0xff}));
    assertEquals("\"aGVsbG8=\"", invoke(echo(Codecs.BYTES), "\"aGVsbG8=\""));
    assertNull(read(Codecs.BYTES, "null"));

    EventBindingException number = assertThrows(EventBindingException.class, () -> read(Codecs.BYTES, "12"));
    assertEquals("Event does not fit byte[]: $: expected a base64 string, found an integer", number.getMessage());
    EventBindingException garbage = assertThrows(EventBindingException.class,
        () -> read(Codecs.map(Codecs.BYTES), "{\"data\": \"%%%\"}"));
    assertTrue(garbage.getMessage().startsWith("Event does not fit java.util.Map<java.lang.String,byte[]>: "
        + "$.data: expected a base64 string"), garbage.getMessage());
  }
}
