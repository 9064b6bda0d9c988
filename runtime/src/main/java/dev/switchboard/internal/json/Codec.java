package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one Java type as JSON on jackson-core's streaming API. The processor picks the
 * codec of each handler's event and result at compile time; the handler the table creates holds it.
 *
 * @param <T> the Java type
 */
public abstract class Codec<T> {
  /**
   * Reads a value. The parser is on the value's first token ({@code VALUE_NULL} for JSON null); when
   * this returns it is on the value's last token.
   */
  public abstract T read(JsonParser parser) throws IOException;

  /** Writes a value, {@code null} included. */
  public abstract void write(JsonGenerator generator, T value) throws IOException;

  /** The Java type this codec binds, as error messages name it. */
  public abstract String typeName();
}
