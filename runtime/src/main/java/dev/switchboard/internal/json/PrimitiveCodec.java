package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** A primitive type: its boxed codec, with JSON {@code null} read as the primitive's default. */
final class PrimitiveCodec<T> extends Codec<T> {
  private final Codec<T> boxed;
  private final T defaultValue;
  private final String typeName;

  PrimitiveCodec(Codec<T> boxed, T defaultValue, String typeName) {
    this.boxed = boxed;
    this.defaultValue = defaultValue;
    this.typeName = typeName;
  }
  /**
   * A codec of a primitive, through its boxed type's.
   * Made here rather than in {@link Codecs}: a {@code new} of this class there would make the JVM
   * load it to verify {@code Codecs}, for every handler, whether or not it uses one.
   */
  static <T> Codec<T> of(Codec<T> boxed, T defaultValue, String typeName) {
    return new PrimitiveCodec<>(boxed, defaultValue, typeName);
  }


  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public T read(JsonParser p) throws IOException {
    T value = boxed.read(p);
    return value == null ? defaultValue : value;
  }

  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    boxed.write(g, value);
  }
}
