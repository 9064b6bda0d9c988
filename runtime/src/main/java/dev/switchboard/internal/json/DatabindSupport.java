package dev.switchboard.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/**
 * The one {@link ObjectMapper} of the runtime, created the first time a handler needs jackson-databind
 * and configured as AWS's Java runtime configures its own: unknown properties are ignored, null
 * properties are left out of output, and {@code java.time} values are ISO-8601 strings;
 * {@code Optional} reads and writes as its value (empty as null). Beans with no properties are an
 * error, so a value that cannot really be serialized never becomes {@code {}}. Generated codecs
 * ({@code JsonScalars}, {@code JsonTimes}, ...) follow exactly this configuration.
 */
public final class DatabindSupport {
  /** Longer JSON paths are shown by their first and last steps. */
  private static final int MAX_PATH = 20;

  private DatabindSupport() {}

  /** The shared mapper; created when this class is first used. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .build();

  /** Writes any value with the shared mapper. */
  static void writeValue(JsonGenerator g, Object value) throws IOException {
    MAPPER.writeValue(g, value);
  }

  /** Says what a databind exception found, led by the JSON path where it happened. */
  static String describe(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException)) {
      return e.getOriginalMessage();
    }
    StringBuilder path = new StringBuilder("$");
    List<JsonMappingException.Reference> refs = ((JsonMappingException) e).getPath();
    for (int i = 0; i < refs.size(); i++) {
      if (refs.size() > MAX_PATH && i == MAX_PATH / 2) {
        // A path this long comes from a value that holds itself: its middle repeats, its ends tell.
        path.append("...");
        i = refs.size() - MAX_PATH / 2;
      }
      JsonMappingException.Reference ref = refs.get(i);
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else {
        JsonPaths.appendName(path, ref.getFieldName());
      }
    }
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    return path + ": " + (newline < 0 ? message : message.substring(0, newline));
  }
}
