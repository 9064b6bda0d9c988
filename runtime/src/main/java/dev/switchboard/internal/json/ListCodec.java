package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;

/** {@code List}, {@code Collection} and {@code Set} of values that an element codec reads and writes. */
final class ListCodec<E, C extends Collection<E>> extends Codec<C> {
  private final Codec<E> elements;
  private final boolean set;
  private final String typeName;

  ListCodec(Codec<E> elements, boolean set, String typeName) {
    this.elements = elements;
    this.set = set;
    this.typeName = typeName;
  }
  /**
   * A codec of a {@code List}, {@code Collection} or (with {@code set}) {@code Set} of elements.
   * Made here rather than in {@link Codecs}: a {@code new} of this class there would make the JVM
   * load it to verify {@code Codecs}, for every handler, whether or not it uses one.
   */
  static <E, C extends Collection<E>> Codec<C> of(Codec<E> elements, boolean set, String typeName) {
    return new ListCodec<>(elements, set, typeName);
  }


  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  @SuppressWarnings("unchecked")
  public C read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw JsonMismatchException.at(p, "an array");
    }
    Collection<E> values = set ? new LinkedHashSet<>() : new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(elements.read(p));
    }
    return (C) values;
  }

  @Override
  public void write(JsonGenerator g, C value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (E element : value) {
      elements.write(g, element);
    }
    g.writeEndArray();
  }
}
