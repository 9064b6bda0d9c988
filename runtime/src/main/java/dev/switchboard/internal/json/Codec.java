package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;

/**
 * Reads and writes one Java type as JSON on jackson-core's streaming API. The processor picks the
 * codec of each handler's event and result at compile time; the handler the table creates holds it.
 *
 * @param <T> the Java type
 */
public abstract class Codec<T> {
  /**
   * Whether properties a type ignores are reported, as {@code invoke} and {@code serve} do
   * ({@link IgnoredProperties#enable}). Off in the Lambda loop, where it is read only when a property
   * is unknown, and {@link IgnoredProperties} is never loaded.
   */
  static boolean reportIgnored;

  /**
   * Reads a value. The parser is on the value's first token ({@code VALUE_NULL} for JSON null); when
   * this returns it is on the value's last token.
   */
  public abstract T read(JsonParser parser) throws IOException;

  /** Writes a value, {@code null} included. */
  public abstract void write(JsonGenerator generator, T value) throws IOException;

  /** The Java type this codec binds, as error messages name it. */
  public abstract String typeName();

  /**
   * Skips the value of a property this codec's type does not have, as databind does: generated codecs
   * call it from their {@code default:} branch. In {@code invoke} and {@code serve} the property is
   * also reported, with its JSON path, as a warning in the invocation's log.
   */
  public final void skipUnknown(JsonParser parser, String name) throws IOException {
    if (reportIgnored) {
      IgnoredProperties.unknown(parser, typeName(), name, propertyNames());
    }
    parser.skipChildren();
  }

  /**
   * The JSON names this codec reads, which a warning about an unknown property suggests from; called
   * only when such warnings are on. None by default.
   */
  protected List<String> propertyNames() {
    return List.of();
  }
}
