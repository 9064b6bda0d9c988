package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A JSON value of the wrong shape for the type being read, thrown by codecs; the message starts with
 * the JSON path where it happened, as in {@code $.items[3].price: expected a number, found a string}.
 */
public final class JsonMismatchException extends IOException {
  private static final long serialVersionUID = 1L;

  public JsonMismatchException(String message) {
    super(message);
  }

  /** A mismatch at the parser's current value: {@code expected} says what was wanted. */
  public static JsonMismatchException at(JsonParser parser, String expected) {
    return new JsonMismatchException(
        JsonPaths.of(parser) + ": expected " + expected + ", found " + JsonPaths.describe(parser.currentToken()));
  }
}
