package dev.switchboard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void suggestsTheClosestNameOrNone() {
    List<String> names = List.of("hello", "orders-create", "orders-list");
    assertEquals("hello", Names.closest("helo", names));
    assertEquals("orders-list", Names.closest("order-list", names));
    assertNull(Names.closest("payments", names));
  }
}
