package dev.switchboard.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;

/** The streaming JSON layer: one shared {@link JsonFactory}, event reading and result writing. */
public final class Json {
  /** The factory every parser and generator of the runtime comes from. */
  public static final JsonFactory FACTORY = new JsonFactory();

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
            "Malformed event JSON at line " + parser.currentLocation().getLineNr()
                + ", column " + parser.currentLocation().getColumnNr()
                + ": unexpected " + JsonPaths.describe(extra) + " after the end of the JSON value",
            null);
      }
      return value;
    } catch (JsonMismatchException e) {
      throw new EventBindingException(
          "Event does not fit " + codec.typeName() + ": " + e.getMessage(), e);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr();
      if (e.getClass().getName().startsWith("com.fasterxml.jackson.databind.")) {
        throw new EventBindingException(
            "Event does not fit " + codec.typeName() + ": " + DatabindSupport.describe(e), e);
      }
      throw new EventBindingException("Malformed event JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new EventBindingException(
          "Event does not fit " + codec.typeName() + ": " + e.getMessage(), e);
    }
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
      String reason = e instanceof StackOverflowError
          ? "it nests too deeply (does it contain itself?)"
          : e.getMessage();
      throw new ResultSerializationException(
          "Handler '" + handler + "' returned a " + type + " that cannot be serialized to JSON: " + reason, e);
    }
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
