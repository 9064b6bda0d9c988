package dev.switchboard.internal;

import dev.switchboard.internal.json.Codecs;
import static dev.switchboard.internal.Invocations.echo;
import static dev.switchboard.internal.Invocations.invoke;
import static dev.switchboard.internal.Invocations.read;
import static dev.switchboard.internal.Invocations.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An {@code Object} event binds to what Python's {@code json} would give, and writes back as it came. */
class ObjectBindingTest {

  @Test
  void objectIsAnInsertionOrderedLinkedHashMap() {
    Object value = read(Codecs.OBJECT, "{\"zeta\": 1, \"alpha\": 2, \"mid\": 3, \"beta\": 4}");

    Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, value);
    assertEquals(List.of("zeta", "alpha", "mid", "beta"), new ArrayList<>(map.keySet()));
    assertEquals(List.of(1, 2, 3, 4), new ArrayList<>(map.values()));
  }

  @Test
  void arrayIsAList() {
    Object value = read(Codecs.OBJECT, "[1, \"two\", [3], {\"four\": 4}, null]");

    List<?> list = assertInstanceOf(ArrayList.class, value);
    assertEquals(5, list.size());
    assertEquals(1, list.get(0));
    assertEquals("two", list.get(1));
    assertEquals(List.of(3), list.get(2));
    assertEquals(Map.of("four", 4), list.get(3));
    assertNull(list.get(4));
  }

  @Test
  void stringsBooleansAndNull() {
    assertEquals("héllo \"quoted\" \n", read(Codecs.OBJECT, "\"héllo \\\"quoted\\\" \\n\""));
    assertEquals(Boolean.TRUE, read(Codecs.OBJECT, "true"));
    assertEquals(Boolean.FALSE, read(Codecs.OBJECT, "false"));
    assertNull(read(Codecs.OBJECT, "null"));
  }

  @Test
  void integersTakeTheSmallestOfIntegerLongAndBigInteger() {
    assertEquals(Integer.valueOf(42), read(Codecs.OBJECT, "42"));
    assertEquals(Integer.valueOf(Integer.MIN_VALUE), read(Codecs.OBJECT, "-2147483648"));
    assertEquals(Long.valueOf(2147483648L), read(Codecs.OBJECT, "2147483648"));
    assertEquals(Long.valueOf(-2147483649L), read(Codecs.OBJECT, "-2147483649"));
    assertEquals(Long.valueOf(Long.MAX_VALUE), read(Codecs.OBJECT, "9223372036854775807"));
    assertEquals(new BigInteger("9223372036854775808"), read(Codecs.OBJECT, "9223372036854775808"));
    assertEquals(new BigInteger("-123456789012345678901234567890"),
        read(Codecs.OBJECT, "-123456789012345678901234567890"));
  }

  @Test
  void floatsAreDoublesUnlessTheyOverflowADouble() {
    assertEquals(Double.valueOf(1.5), read(Codecs.OBJECT, "1.5"));
    assertEquals(Double.valueOf(1e300), read(Codecs.OBJECT, "1e300"));
    assertEquals(Double.valueOf(-0.25), read(Codecs.OBJECT, "-2.5E-1"));
    // Underflow is not overflow: it rounds to zero as a double would.
    assertEquals(Double.valueOf(0.0), read(Codecs.OBJECT, "1e-400"));

    assertEquals(new BigDecimal("1e400"), read(Codecs.OBJECT, "1e400"));
    assertEquals(new BigDecimal("-2.5e999"), read(Codecs.OBJECT, "-2.5e999"));
  }

  @Test
  void nestedValuesKeepTheirTypes() {
    Object value = read(Codecs.OBJECT,
        "{\"order\": {\"id\": 7, \"total\": 12.5, \"big\": 12345678901, \"tags\": [\"a\", \"b\"], \"paid\": true}}");

    Map<?, ?> order = (Map<?, ?>) ((Map<?, ?>) value).get("order");
    assertInstanceOf(LinkedHashMap.class, order);
    assertEquals(Integer.valueOf(7), order.get("id"));
    assertEquals(Double.valueOf(12.5), order.get("total"));
    assertEquals(Long.valueOf(12345678901L), order.get("big"));
    assertEquals(List.of("a", "b"), order.get("tags"));
    assertEquals(Boolean.TRUE, order.get("paid"));
  }

  @Test
  void emptyOrBlankEventReadsAsNull() throws Throwable {
    assertNull(read(Codecs.OBJECT, ""));
    assertNull(read(Codecs.OBJECT, " \n\t\r "));
    assertEquals("null", invoke(echo(Codecs.OBJECT), ""));
  }

  @Test
  void whatWasReadWritesBackTheSame() throws Throwable {
    String json = "{\"b\":[1,2147483648,9223372036854775808,1.5,1E+400,\"s\",true,false,null],\"a\":{}}";

    assertEquals(json, invoke(echo(Codecs.OBJECT), json));
  }

  @Test
  void writesJavaValuesWithoutDatabind() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("short", (short) 3);
    value.put("byte", (byte) -1);
    value.put("float", 0.5f);
    value.put("char", 'x');
    value.put("builder", new StringBuilder("built"));
    value.put("set", new LinkedHashSet<>(List.of(3, 1, 2)));
    value.put("objects", new Object[] {"o", 1});
    value.put("ints", new int[] {1, 2});
    value.put("longs", new long[] {3L});
    value.put("doubles", new double[] {0.25});
    value.put("bytes", "hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    value.put("enum", TimeUnit.SECONDS);
    value.put("sorted", new TreeMap<>(Map.of("y", 1, "x", 2)));
    value.put("decimal", new BigDecimal("1.10"));
    value.put("list", Arrays.asList(null, "n"));

    assertEquals("{\"short\":3,\"byte\":-1,\"float\":0.5,\"char\":\"x\",\"builder\":\"built\",\"set\":[3,1,2],"
            + "\"objects\":[\"o\",1],\"ints\":[1,2],\"longs\":[3],\"doubles\":[0.25],\"bytes\":\"aGk=\","
            + "\"enum\":\"SECONDS\",\"sorted\":{\"x\":2,\"y\":1},\"decimal\":1.10,\"list\":[null,\"n\"]}",
        write(Codecs.OBJECT, value));
  }

  @Test
  void otherValuesInsideAnObjectGoThroughTheConfiguredMapper() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("at", Instant.parse("2026-03-04T05:06:07Z"));
    value.put("day", LocalDate.of(2026, 3, 4));
    value.put("point", new Point(1, null));

    assertEquals("{\"at\":\"2026-03-04T05:06:07Z\",\"day\":\"2026-03-04\",\"point\":{\"x\":1}}",
        write(Codecs.OBJECT, value));
  }

  /** A record inside an Object result; its null component is left out. */
  record Point(Integer x, Integer y) {}
}
