package dev.switchboard.internal;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.Codecs;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.DatabindSupport;
import dev.switchboard.internal.json.EventBindingException;
import static dev.switchboard.internal.Invocations.entry;
import static dev.switchboard.internal.Invocations.invoke;
import static dev.switchboard.internal.Invocations.read;
import static dev.switchboard.internal.Invocations.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records and POJOs bind through the one ObjectMapper, configured as AWS's Java runtime configures its own. */
class DatabindBindingTest {
  /** A line of an order. */
  record Item(String sku, int quantity, BigDecimal price) {}

  /** An order with a date, a time and items. */
  record Order(String id, LocalDate day, Instant placedAt, List<Item> items, String note) {}

  /** A POJO in the JavaBeans style, as older handler code has them. */
  public static class Customer {
    private String name;
    private int visits;
    private LocalDateTime lastSeen;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public int getVisits() {
      return visits;
    }

    public void setVisits(int visits) {
      this.visits = visits;
    }

    public LocalDateTime getLastSeen() {
      return lastSeen;
    }

    public void setLastSeen(LocalDateTime lastSeen) {
      this.lastSeen = lastSeen;
    }
  }

  @Test
  void recordsBindWithJavaTimeAsIso8601AndUnknownPropertiesIgnored() {
    Order order = read(DatabindCodec.of(Order.class),
        "{\"id\": \"o-1\", \"day\": \"2026-03-04\", \"placedAt\": \"2026-03-04T05:06:07.123Z\","
            + " \"items\": [{\"sku\": \"a\", \"quantity\": \"2\", \"price\": 1.25, \"colour\": \"red\"}],"
            + " \"channel\": \"web\", \"nested\": {\"deep\": [1, 2]}}");

    assertEquals("o-1", order.id());
    assertEquals(LocalDate.of(2026, 3, 4), order.day());
    assertEquals(Instant.parse("2026-03-04T05:06:07.123Z"), order.placedAt());
    assertEquals(List.of(new Item("a", 2, new BigDecimal("1.25"))), order.items());
    assertNull(order.note());
  }

  @Test
  void nullPropertiesAreLeftOutOfOutputAndTimesAreIsoStrings() {
    Order order = new Order("o-2", LocalDate.of(2026, 1, 31), Instant.parse("2026-01-31T23:59:59Z"), null, null);

    assertEquals("{\"id\":\"o-2\",\"day\":\"2026-01-31\",\"placedAt\":\"2026-01-31T23:59:59Z\"}",
        write(DatabindCodec.of(Order.class), order));
  }

  @Test
  void offsetTimesKeepTheirOffset() {
    Codec<OffsetDateTime> codec = DatabindCodec.of(OffsetDateTime.class);
    OffsetDateTime time = read(codec, "\"2026-03-04T05:06:07+02:00\"");

    assertEquals(ZoneOffset.ofHours(2), time.getOffset());
    assertEquals("\"2026-03-04T05:06:07+02:00\"", write(codec, time));
  }

  @Test
  void pojosBindThroughTheirSetters() throws Throwable {
    ObjectHandler handler = entry("rt-customer",
        DatabindCodec.of(Customer.class), DatabindCodec.of(Customer.class), (customer, context) -> {
          customer.setVisits(customer.getVisits() + 1);
          return customer;
        });

    String response = invoke(handler,
        "{\"name\": \"Ana\", \"visits\": 4, \"lastSeen\": \"2026-02-03T04:05:06\", \"unknown\": true}");

    assertEquals("{\"name\":\"Ana\",\"visits\":5,\"lastSeen\":\"2026-02-03T04:05:06\"}", response);
    assertEquals("{\"visits\":1}", invoke(handler, "{}"));
  }

  @Test
  void genericTypesBindThroughATypeSpelledWithClassLiterals() {
    Codec<List<Item>> codec = DatabindCodec.of(DatabindCodec.type(List.class, DatabindCodec.type(Item.class)));
    assertEquals(DatabindSupport.MAPPER.constructType(new TypeReference<List<Item>>() {}).toCanonical(), codec.typeName());

    assertEquals(List.of(new Item("x", 1, BigDecimal.TEN)), read(codec, "[{\"sku\": \"x\", \"quantity\": 1, \"price\": 10}]"));
    assertTrue(codec.typeName().startsWith("java.util.List<"), codec.typeName());
    assertTrue(codec.typeName().contains("DatabindBindingTest$Item"), codec.typeName());
  }

  @Test
  void nestedWildcardAndArrayTypesAreTheTypesJacksonResolves() {
    JavaType spelled = DatabindCodec.type(Map.class, DatabindCodec.type(String.class),
        DatabindCodec.type(List.class, DatabindCodec.type(Number.class)));
    assertEquals(DatabindSupport.MAPPER.constructType(new TypeReference<Map<String, List<? extends Number>>>() {}), spelled);
    assertEquals(DatabindSupport.MAPPER.constructType(new TypeReference<Optional<Item>[]>() {}),
        DatabindCodec.arrayOf(DatabindCodec.type(Optional.class, DatabindCodec.type(Item.class))));

    Codec<Map<String, List<Number>>> codec = DatabindCodec.of(spelled);
    assertEquals(Map.of("a", List.of(1, 2.5)), read(codec, "{\"a\": [1, 2.5]}"));
  }

  @Test
  void emptyEventIsANullRecord() {
    assertNull(read(DatabindCodec.of(Order.class), ""));
    assertNull(read(DatabindCodec.of(Order.class), "null"));
  }

  @Test
  void mismatchSaysTheJsonPath() {
    EventBindingException e = assertThrows(EventBindingException.class, () -> read(DatabindCodec.of(Order.class),
        "{\"items\": [{\"price\": 1}, {\"price\": 2}, {\"price\": 3}, {\"price\": \"cheap\"}]}"));

    assertTrue(e.getMessage().startsWith("Event does not fit "), e.getMessage());
    assertTrue(e.getMessage().contains("DatabindBindingTest$Order: $.items[3].price: "), e.getMessage());
    assertTrue(e.getMessage().contains("cheap"), e.getMessage());
    assertEquals(EventBindingException.ERROR_TYPE, ErrorResponse.errorType(e));
  }

  @Test
  void badTimeSaysTheJsonPath() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(DatabindCodec.of(Order.class), "{\"day\": \"31/01/2026\"}"));

    assertTrue(e.getMessage().contains(": $.day: "), e.getMessage());
  }

  @Test
  void malformedJsonUnderDatabindSaysLineAndColumn() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> read(DatabindCodec.of(Order.class), "{\n  \"id\": \"o-1\",\n  \"items\": [}\n"));

    assertTrue(e.getMessage().startsWith("Malformed event JSON at line 3, column 13: "), e.getMessage());
  }

  @Test
  void aMapResultWithARecordValueUsesTheSameMapperSettings() {
    Map<String, Object> result = Map.of("item", new Item(null, 3, null));

    assertEquals("{\"item\":{\"quantity\":3}}", write(Codecs.map(Codecs.OBJECT), result));
  }
}
