package dev.switchboard.internal;

import dev.switchboard.internal.json.JsonTimes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast paths for instants agree with {@code DateTimeFormatter.ISO_INSTANT}, or step aside. */
class JsonTimesTest {
  @Test
  void formatsAsInstantToStringDoes() {
    Random random = new Random(20260101);
    for (int i = 0; i < 200_000; i++) {
      long seconds = random.nextLong() % 400_000_000_000L;
      int nanos = switch (random.nextInt(4)) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      assertEquals(instant.toString(), JsonTimes.formatUtcInstant(instant));
    }
    for (String edge : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "-0001-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z"}) {
      Instant instant = Instant.parse(edge);
      assertEquals(instant.toString(), JsonTimes.formatUtcInstant(instant));
    }
  }

  @Test
  void parsesAsIsoInstantDoesOrStepsAside() {
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong() % 253_402_300_799L, random.nextInt(1_000_000_000));
      String text = instant.toString();
      check(text);
      int dot = text.indexOf('.');
      if (dot > 0) {
        check(text.substring(0, dot + 1 + random.nextInt(text.length() - dot - 2)) + "Z");
      }
    }
    for (String text : new String[] {"2026-01-31T10:15:30Z", "2026-01-31T10:15:30.1Z", "2026-01-31T10:15:30.123456789Z",
        "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-31T24:00:00Z",
        "2016-12-31T23:59:60Z", "2026-01-31t10:15:30z", "2026-01-31T10:15:30.Z", "2026-01-31T10:15:30.1234567890Z",
        "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "0000-01-01T00:00:00Z",
        "2026-01-31T10:15Z", "2026-01-31 10:15:30Z", "+2026-01-31T10:15:30Z", "2026-01-31T10:15:30+01:00",
        "2026-1-31T10:15:30Z", "2026-01-31T10:15:3aZ"}) {
      check(text);
    }
  }

  private static void check(String text) {
    Instant fast = JsonTimes.parseUtcInstant(text);
    if (fast == null) {
      return;
    }
    Instant expected;
    try {
      expected = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeException e) {
      expected = null;
    }
    assertEquals(expected, fast, text);
  }

  @Test
  void rejectsWhatTheFormatterHandlesDifferently() {
    assertNull(JsonTimes.parseUtcInstant("2016-12-31T23:59:60Z"));
    assertNull(JsonTimes.parseUtcInstant("2026-01-31T24:00:00Z"));
    assertNull(JsonTimes.parseUtcInstant("2026-01-31t10:15:30z"));
  }
}
