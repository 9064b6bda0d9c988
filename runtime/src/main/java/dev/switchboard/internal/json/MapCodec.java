package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Map<String, V>}, read in document order into a {@code LinkedHashMap}. */
final class MapCodec<V> extends Codec<Map<String, V>> {
  private final Codec<V> values;
  private final String typeName;

  MapCodec(Codec<V> values, String typeName) {
    this.values = values;
    this.typeName = typeName;
  }
  /**
   * A codec of a {@code Map} with string keys.
   * Made here rather than in {@link Codecs}: a {@code new} of this class there would make the JVM
   * load it to verify {@code Codecs}, for every handler, whether or not it uses one.
   */
  static <V> Codec<Map<String, V>> of(Codec<V> values, String typeName) {
    return new MapCodec<>(values, typeName);
  }


  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public Map<String, V> read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw JsonMismatchException.at(p, "an object");
    }
    Map<String, V> map = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      map.put(name, values.read(p));
    }
    return map;
  }

  @Override
  public void write(JsonGenerator g, Map<String, V> value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, V> entry : value.entrySet()) {
      g.writeFieldName(String.valueOf(entry.getKey()));
      values.write(g, entry.getValue());
    }
    g.writeEndObject();
  }
}
