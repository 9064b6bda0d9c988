package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/** Formats where a parser is as a JSONPath such as {@code $.items[3].price}. */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of the parser's current value. */
  public static String of(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    StringBuilder path = new StringBuilder();
    append(path, context);
    return path.toString();
  }

  private static void append(StringBuilder path, JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      path.append('$');
      return;
    }
    append(path, context.getParent());
    if (context.inArray()) {
      path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
    } else {
      appendName(path, context.getCurrentName());
    }
  }

  /** Appends {@code .name}, or {@code ['name']} when the name is not a plain identifier. */
  public static void appendName(StringBuilder path, String name) {
    if (name == null) {
      return;
    }
    boolean plain = !name.isEmpty();
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
    }
    if (plain) {
      path.append('.').append(name);
    } else {
      path.append("['").append(name.replace("'", "\\'")).append("']");
    }
  }

  /** Names a token the way error messages say what was found. */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a floating-point number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }
}
