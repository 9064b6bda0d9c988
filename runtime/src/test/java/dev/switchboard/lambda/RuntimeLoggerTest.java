package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The logger's own formatting: timestamps and JSON strings written without java.time or a JSON library. */
class RuntimeLoggerTest {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void timestampsMatchJavaTimeAcrossLeapYearsAndCenturies() {
    long[] fixed = {
      0L,
      951_782_400_000L, // 2000-02-29
      951_868_799_999L, // 2000-02-29T23:59:59.999
      4_107_542_400_000L, // 2100-03-01 (2100 is not a leap year)
      1_709_164_800_123L, // 2024-02-29T00:00:00.123
      253_402_300_799_999L, // 9999-12-31T23:59:59.999
    };
    for (long millis : fixed) {
      assertTimestamp(millis);
    }
    Random random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      assertTimestamp(Math.floorMod(random.nextLong(), 253_402_300_800_000L));
    }
  }

  private static void assertTimestamp(long millis) {
    StringBuilder out = new StringBuilder();
    RuntimeLogger.appendTimestamp(out, millis);
    assertEquals(ISO_MILLIS.format(Instant.ofEpochMilli(millis)), out.toString(), "epoch millis " + millis);
  }

  @Test
  void jsonStringsReadBackAsWritten() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String[] values = {
      "", "plain", "quote \" and backslash \\", "line\nfeed\rreturn\ttab", "\u0000\u0001\u001f\u007f",
      "caf\u00e9 \u4e2d\u6587 \ud83d\ude80", "\u2028\u2029",
    };
    for (String value : values) {
      StringBuilder out = new StringBuilder();
      RuntimeLogger.appendJsonString(out, value);
      assertEquals(value, json.readValue(out.toString(), String.class), out::toString);
    }
  }

  @Test
  void textRecordsKeepMultiLineMessagesOnOneLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RuntimeLogger logger = new RuntimeLogger(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, LogLevel.INFO);
    logger.log("one\ntwo\n", LogLevel.INFO);
    logger.log("dropped", LogLevel.DEBUG);
    logger.log("always");
    assertEquals("[INFO] one\rtwo\nalways\n", bytes.toString(StandardCharsets.UTF_8));
  }
}
