package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;

/** The streaming JSON layer: one shared {@link JsonFactory}, event reading and result writing. */
public final class Json {
  /**
   * The factory every parser and generator of the runtime comes from. Its generators leave the
   * caller's stream open (closing them flushes it), and write characters outside the Basic
   * Multilingual Plane, such as emoji, as UTF-8 rather than as escapes of their surrogate pairs.
   */
  public static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private Json() {}

  /**
   * Reads a whole event with the codec. An empty or blank event reads as JSON {@code null}. Content
   * after the first value is an error.
   *
   * @throws EventBindingException when the JSON is malformed or does not fit the codec's type
   */
  public static <T> T readEvent(Codec<T> codec, byte[] event) {
    byte[] json = isBlank(event) ? NULL : event;
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      T value = codec.read(parser);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw new EventBindingException(
            "Malformed event JSON" + at(parser.currentTokenLocation()) + ": found " + JsonPaths.describe(extra)
                + " after the end of the JSON value; an event is a single JSON value",
            null);
      }
      return value;
    } catch (EventBindingException e) {
      throw e;
    } catch (JsonMismatchException e) {
      throw new EventBindingException(
          "Event does not fit " + codec.typeName() + ": " + e.getMessage(), e);
    } catch (JsonParseException e) {
      throw malformed(e);
    } catch (JsonProcessingException e) {
      if (e.getClass().getName().startsWith("com.fasterxml.jackson.databind.")) {
        // Databind wraps the parser's own errors with the path where they happened: broken JSON is
        // still broken JSON, and says where it broke.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
          if (cause instanceof JsonParseException) {
            throw malformed((JsonParseException) cause);
          }
        }
        throw new EventBindingException(
            "Event does not fit " + codec.typeName() + ": " + plain(DatabindSupport.describe(e)), e);
      }
      throw new EventBindingException("Malformed event JSON" + at(e.getLocation()) + ": " + plain(e.getOriginalMessage()), e);
    } catch (IOException | RuntimeException e) {
      throw new EventBindingException(
          "Event does not fit " + codec.typeName() + ": " + e.getMessage(), e);
    }
  }

  private static EventBindingException malformed(JsonParseException e) {
    return new EventBindingException(
        "Malformed event JSON" + at(e.getLocation()) + ": " + plain(e.getOriginalMessage()), e);
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** A jackson message with its {@code [Source: ...; line: L, column: C]} said plainly. */
  private static String plain(String message) {
    return message == null ? null : Messages.SOURCE.matcher(message).replaceAll("line $1, column $2");
  }

  /**
   * Compiled on the first malformed event, not when {@code Json} is first used: a regular expression
   * costs a cold start its compilation and a dozen classes.
   */
  private static final class Messages {
    /** The location jackson appends to its messages; the runtime says line and column itself. */
    static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  }

  /**
   * Writes a result with the codec to {@code out}.
   *
   * @throws ResultSerializationException when the value cannot be written as JSON
   */
  public static <T> void writeResult(Codec<T> codec, T value, OutputStream out, String handler) {
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      codec.write(generator, value);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String type = value == null ? codec.typeName() : value.getClass().getName();
      throw new ResultSerializationException(
          "Handler '" + handler + "' returned a " + type + " that cannot be serialized to JSON: " + reason(e), e);
    }
  }

  /** Why a value could not be written, in one line: databind's reference chain can be thousands of lines. */
  private static String reason(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "it nests too deeply (does it contain itself?)";
    }
    String reason;
    if (e instanceof JsonProcessingException && e.getClass().getName().startsWith("com.fasterxml.jackson.databind.")) {
      reason = DatabindSupport.describe((JsonProcessingException) e);
    } else if (e instanceof JsonProcessingException) {
      reason = ((JsonProcessingException) e).getOriginalMessage();
    } else {
      reason = e.getMessage();
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        // The only limit on writing is the nesting depth: a value this deep almost always holds itself.
        return reason + " (does it contain itself?)";
      }
    }
    return reason;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
