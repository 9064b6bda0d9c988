package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonParser;

/** Errors that generated record and POJO codecs report, worded as the other JSON errors are. */
public final class JsonBeans {
  private JsonBeans() {}

  /**
   * A constructor property that appears again after every constructor property was read: databind
   * has created the object by then and rejects it, and so does the codec.
   */
  public static JsonMismatchException repeated(JsonParser p, String typeName) {
    return new JsonMismatchException(JsonPaths.of(p) + ": the property appears again after all of "
        + typeName + "'s constructor properties were read; send each property once");
  }
}
