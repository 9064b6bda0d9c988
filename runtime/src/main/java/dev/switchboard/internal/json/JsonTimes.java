package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code java.time} values as the runtime's jackson-databind configuration does
 * (its JavaTimeModule, dates written as ISO-8601 strings, no adjustment to a context time zone), for
 * generated codecs. Reading accepts what that module accepts: ISO-8601 strings, epoch seconds for
 * instants (a number, or a string of digits), epoch days and {@code [year, month, day]} arrays for
 * dates, {@code [hour, minute, ...]} arrays for times; an empty or blank string reads as {@code null}.
 */
public final class JsonTimes {
  private JsonTimes() {}

  /** {@code Instant}. */
  public static Instant readInstant(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_NUMBER_INT:
        return epoch(p, p.getLongValue(), 0, false);
      case JsonTokenId.ID_NUMBER_FLOAT:
        return epochDecimal(p, p.getDecimalValue(), false);
      case JsonTokenId.ID_STRING: {
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        Instant fast = parseUtcInstant(text);
        if (fast != null) {
          return fast;
        }
        Instant number = fromNumericString(p, text, false);
        if (number != null) {
          return number;
        }
        try {
          return DateTimeFormatter.ISO_INSTANT.parse(zeroOffsetAsZ(text), Instant::from);
        } catch (DateTimeException e) {
          throw JsonScalars.badString(p, "an ISO-8601 instant", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "an ISO-8601 instant");
    }
  }

  /** {@code OffsetDateTime}: the offset as written; epoch numbers at UTC. */
  public static OffsetDateTime readOffsetDateTime(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_NUMBER_INT:
        return atUtc(p, p.getLongValue(), 0);
      case JsonTokenId.ID_NUMBER_FLOAT: {
        Instant instant = epochDecimal(p, p.getDecimalValue(), true);
        return atUtc(p, instant.getEpochSecond(), instant.getNano());
      }
      case JsonTokenId.ID_STRING: {
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        Instant number = fromNumericString(p, text, true);
        if (number != null) {
          return atUtc(p, number.getEpochSecond(), number.getNano());
        }
        try {
          return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(
              withOffsetColon(zeroOffsetAsZ(text)), OffsetDateTime::from);
        } catch (DateTimeException e) {
          throw JsonScalars.badString(p, "an ISO-8601 date-time with an offset", text);
        }
      }
      default:
        throw JsonMismatchException.at(p, "an ISO-8601 date-time with an offset");
    }
  }

  /** {@code LocalDate}: {@code "2026-01-31"}, a date-time's date, an epoch day or {@code [y, m, d]}. */
  public static LocalDate readLocalDate(JsonParser p) throws IOException {
    try {
      switch (p.currentTokenId()) {
        case JsonTokenId.ID_NULL:
          return null;
        case JsonTokenId.ID_STRING: {
          String text = p.getText().trim();
          if (text.isEmpty()) {
            return null;
          }
          try {
            if (text.length() > 10 && text.charAt(10) == 'T') {
              String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
              return LocalDate.parse(local, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
          } catch (DateTimeException e) {
            throw JsonScalars.badString(p, "an ISO-8601 date", text);
          }
        }
        case JsonTokenId.ID_START_ARRAY: {
          JsonToken first = p.nextToken();
          if (first == JsonToken.END_ARRAY) {
            return null;
          }
          if (first != JsonToken.VALUE_NUMBER_INT) {
            throw JsonMismatchException.at(p, "a number (the year)");
          }
          int year = p.getIntValue();
          int month = p.nextIntValue(-1);
          int day = p.nextIntValue(-1);
          if (p.nextToken() != JsonToken.END_ARRAY) {
            throw JsonMismatchException.at(p, "the end of a [year, month, day] array");
          }
          return LocalDate.of(year, month, day);
        }
        case JsonTokenId.ID_NUMBER_INT:
          return LocalDate.ofEpochDay(p.getLongValue());
        default:
          throw JsonMismatchException.at(p, "an ISO-8601 date");
      }
    } catch (DateTimeException e) {
      throw new JsonMismatchException(JsonPaths.of(p) + ": not a date: " + e.getMessage());
    }
  }

  /** {@code LocalDateTime}: {@code "2026-01-31T10:15:30"} (a trailing Z is dropped) or an array. */
  public static LocalDateTime readLocalDateTime(JsonParser p) throws IOException {
    try {
      switch (p.currentTokenId()) {
        case JsonTokenId.ID_NULL:
          return null;
        case JsonTokenId.ID_STRING: {
          String text = p.getText().trim();
          if (text.isEmpty()) {
            return null;
          }
          String local = text.length() > 10 && text.charAt(10) == 'T' && text.endsWith("Z")
              ? text.substring(0, text.length() - 1)
              : text;
          try {
            return LocalDateTime.parse(local, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
          } catch (DateTimeException e) {
            throw JsonScalars.badString(p, "an ISO-8601 local date-time", text);
          }
        }
        case JsonTokenId.ID_START_ARRAY:
          return localDateTimeArray(p);
        default:
          throw JsonMismatchException.at(p, "an ISO-8601 local date-time");
      }
    } catch (DateTimeException e) {
      throw new JsonMismatchException(JsonPaths.of(p) + ": not a date-time: " + e.getMessage());
    }
  }

  /** {@code LocalTime}: {@code "10:15:30"} (the time of a date-time too) or {@code [hour, minute, ...]}. */
  public static LocalTime readLocalTime(JsonParser p) throws IOException {
    try {
      switch (p.currentTokenId()) {
        case JsonTokenId.ID_NULL:
          return null;
        case JsonTokenId.ID_STRING: {
          String text = p.getText().trim();
          if (text.isEmpty()) {
            return null;
          }
          try {
            return LocalTime.parse(text, text.contains("T")
                ? DateTimeFormatter.ISO_LOCAL_DATE_TIME
                : DateTimeFormatter.ISO_LOCAL_TIME);
          } catch (DateTimeException e) {
            throw JsonScalars.badString(p, "an ISO-8601 local time", text);
          }
        }
        case JsonTokenId.ID_START_ARRAY: {
          JsonToken first = p.nextToken();
          if (first == JsonToken.END_ARRAY) {
            return null;
          }
          if (first != JsonToken.VALUE_NUMBER_INT) {
            throw JsonMismatchException.at(p, "a number (the hour)");
          }
          int hour = p.getIntValue();
          p.nextToken();
          int minute = intValue(p);
          if (p.nextToken() == JsonToken.END_ARRAY) {
            return LocalTime.of(hour, minute);
          }
          int second = intValue(p);
          if (p.nextToken() == JsonToken.END_ARRAY) {
            return LocalTime.of(hour, minute, second);
          }
          int nanos = intValue(p);
          if (p.nextToken() != JsonToken.END_ARRAY) {
            throw JsonMismatchException.at(p, "the end of a time array");
          }
          return LocalTime.of(hour, minute, second, nanos);
        }
        default:
          throw JsonMismatchException.at(p, "an ISO-8601 local time");
      }
    } catch (DateTimeException e) {
      throw new JsonMismatchException(JsonPaths.of(p) + ": not a time: " + e.getMessage());
    }
  }

  private static LocalDateTime localDateTimeArray(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == JsonToken.END_ARRAY) {
      return null;
    }
    if (first != JsonToken.VALUE_NUMBER_INT) {
      throw JsonMismatchException.at(p, "a number (the year)");
    }
    int year = p.getIntValue();
    int month = p.nextIntValue(-1);
    int day = p.nextIntValue(-1);
    int hour = p.nextIntValue(-1);
    int minute = p.nextIntValue(-1);
    if (p.nextToken() == JsonToken.END_ARRAY) {
      return LocalDateTime.of(year, month, day, hour, minute);
    }
    int second = intValue(p);
    if (p.nextToken() == JsonToken.END_ARRAY) {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    }
    int nanos = intValue(p);
    if (p.nextToken() != JsonToken.END_ARRAY) {
      throw JsonMismatchException.at(p, "the end of a date-time array");
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
  }

  private static int intValue(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw JsonMismatchException.at(p, "a number");
    }
    return p.getIntValue();
  }

  /** Writes an {@code Instant} as {@code Instant.toString()} does. */
  public static void write(JsonGenerator g, Instant value) throws IOException {
    g.writeString(formatUtcInstant(value));
  }

  /**
   * The common form {@code 2026-01-31T10:15:30Z}, with an optional fraction of 1 to 9 digits, read
   * without a {@code DateTimeFormatter} (which costs about a microsecond); {@code null} for any other
   * text, which then takes the formatter's path. It accepts nothing ISO_INSTANT rejects and gives
   * the same instant.
   */
  public static Instant parseUtcInstant(String text) {
    int length = text.length();
    if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
        || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 + 3 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      if (text.charAt(19) != '.') {
        return null;
      }
      int fraction = length - 21;
      int value = digits(text, 20, fraction);
      if (value < 0) {
        return null;
      }
      nanos = value;
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
  }

  /** {@code Instant.toString()} for years 0 to 9999 without a {@code DateTimeFormatter}. */
  public static String formatUtcInstant(Instant value) {
    long seconds = value.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400);
    int secondOfDay = Math.floorMod(seconds, 86_400);
    if (days < -719_528 || days > 2_932_896) { // outside 0000-01-01 .. 9999-12-31
      return value.toString();
    }
    LocalDate date = LocalDate.ofEpochDay(days);
    char[] out = new char[30];
    put(out, 0, date.getYear(), 4);
    out[4] = '-';
    put(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3_600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int end = 19;
    int nanos = value.getNano();
    if (nanos > 0) {
      out[end++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(out, end, nanos / 1_000_000, 3);
        end += 3;
      } else if (nanos % 1_000 == 0) {
        put(out, end, nanos / 1_000, 6);
        end += 6;
      } else {
        put(out, end, nanos, 9);
        end += 9;
      }
    }
    out[end++] = 'Z';
    return new String(out, 0, end);
  }

  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void put(char[] out, int start, int value, int width) {
    for (int i = start + width - 1; i >= start; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Writes an {@code OffsetDateTime} in ISO-8601 with its offset. */
  public static void write(JsonGenerator g, OffsetDateTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** Writes a {@code LocalDate} as {@code 2026-01-31}. */
  public static void write(JsonGenerator g, LocalDate value) throws IOException {
    g.writeString(value.toString());
  }

  /** Writes a {@code LocalTime} in ISO-8601, seconds always included. */
  public static void write(JsonGenerator g, LocalTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(value));
  }

  /** Writes a {@code LocalDateTime} in ISO-8601, seconds always included. */
  public static void write(JsonGenerator g, LocalDateTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
  }

  /**
   * A string of digits (epoch seconds) or of digits with one period (seconds with a fraction), as
   * the module reads them; {@code null} for any other string.
   */
  private static Instant fromNumericString(JsonParser p, String text, boolean offset) throws IOException {
    int start = text.charAt(0) == '-' ? 1 : 0;
    int periods = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        periods++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      if (periods == 0) {
        return epoch(p, NumberInput.parseLong(text), 0, offset);
      }
      if (periods == 1) {
        return epochDecimal(p, NumberInput.parseBigDecimal(text, false), offset);
      }
    } catch (NumberFormatException e) {
      // not a number after all: parsed as a date below, which reports it
    }
    return null;
  }

  /**
   * Seconds with a fraction, split as the module splits them: below -1 the fraction is taken as a
   * positive offset from the whole seconds, so {@code -1.5} reads as half a second before the epoch,
   * which is what databind reads.
   */
  private static Instant epochDecimal(JsonParser p, BigDecimal seconds, boolean offset) throws IOException {
    long whole;
    int nanos;
    BigDecimal nanoseconds = seconds.scaleByPowerOfTen(9);
    if (nanoseconds.precision() - nanoseconds.scale() <= 0 || seconds.scale() < -63) {
      whole = 0;
      nanos = 0;
    } else {
      whole = seconds.longValue();
      nanos = nanoseconds.subtract(BigDecimal.valueOf(whole).scaleByPowerOfTen(9)).intValue();
      if (whole < 0 && whole > Instant.MIN.getEpochSecond()) {
        nanos = Math.abs(nanos);
      }
    }
    return epoch(p, whole, nanos, offset);
  }

  private static Instant epoch(JsonParser p, long seconds, int nanos, boolean offset) throws IOException {
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException | ArithmeticException e) {
      throw new JsonMismatchException(JsonPaths.of(p) + ": " + seconds + " seconds is out of range for "
          + (offset ? "an OffsetDateTime" : "an Instant"));
    }
  }

  private static OffsetDateTime atUtc(JsonParser p, long seconds, int nanos) throws IOException {
    if (seconds == OffsetDateTime.MIN.toEpochSecond() && nanos == OffsetDateTime.MIN.getNano()) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), OffsetDateTime.MIN.getOffset());
    }
    if (seconds == OffsetDateTime.MAX.toEpochSecond() && nanos == OffsetDateTime.MAX.getNano()) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), OffsetDateTime.MAX.getOffset());
    }
    try {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.UTC);
    } catch (DateTimeException | ArithmeticException e) {
      throw new JsonMismatchException(
          JsonPaths.of(p) + ": " + seconds + " seconds is out of range for an OffsetDateTime");
    }
  }

  /** {@code +00}, {@code +0000} or {@code +00:00} at the end becomes {@code Z}. */
  private static String zeroOffsetAsZ(String text) {
    int plus = text.lastIndexOf('+');
    if (plus < 0) {
      return text;
    }
    String offset = text.substring(plus + 1);
    if (offset.equals("00") || offset.equals("0000") || offset.equals("00:00")) {
      return text.substring(0, plus) + 'Z';
    }
    return text;
  }

  /** {@code +0100} becomes {@code +01:00}, since ISO_OFFSET_DATE_TIME wants the colon. */
  private static String withOffsetColon(String text) {
    int time = text.indexOf('T');
    if (time < 0) {
      return text;
    }
    int offset = text.indexOf('+', time + 1);
    if (offset < 0) {
      offset = text.indexOf('-', time + 1);
    }
    if (offset < 0 || offset > text.length() - 5) {
      return text;
    }
    if (text.indexOf(':', offset) == offset + 3) {
      return text;
    }
    if (Character.isDigit(text.charAt(offset + 1)) && Character.isDigit(text.charAt(offset + 2))
        && Character.isDigit(text.charAt(offset + 3)) && Character.isDigit(text.charAt(offset + 4))) {
      return text.substring(0, offset + 3) + ':' + text.substring(offset + 3);
    }
    Matcher matcher = Colonless.OFFSET.matcher(text);
    if (matcher.find()) {
      String found = matcher.group();
      return matcher.replaceFirst(found.substring(0, 3) + ':' + found.substring(3));
    }
    return text;
  }

  /** Compiled only when an offset needs the slow path. */
  private static final class Colonless {
    static final Pattern OFFSET = Pattern.compile("[+-][0-9]{4}(?=\\[|$)");
  }
}
