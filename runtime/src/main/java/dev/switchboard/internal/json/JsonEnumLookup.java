package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an enum for a generated codec as jackson-databind does with the runtime's configuration: by
 * JSON name (the constant's name, its {@code @JsonProperty} name or its {@code @JsonValue}) or alias,
 * after trimming, or by ordinal, as a number or a string of digits. Empty and unknown names are
 * errors.
 *
 * @param <E> the enum
 */
public final class JsonEnumLookup<E extends Enum<E>> {
  private final E[] constants;
  private final Map<String, E> byName = new HashMap<>();
  private final List<String> accepted = new ArrayList<>();

  /**
   * @param constants the constants in ordinal order ({@code values()})
   * @param names each constant's JSON name
   * @param aliases each constant's other accepted names
   */
  public JsonEnumLookup(E[] constants, String[] names, String[][] aliases) {
    this.constants = constants;
    for (int i = 0; i < constants.length; i++) {
      add(names[i], constants[i]);
      for (String alias : aliases[i]) {
        add(alias, constants[i]);
      }
    }
  }

  private void add(String name, E constant) {
    if (name != null && byName.putIfAbsent(name, constant) == null) {
      accepted.add(name);
    }
  }

  /** Reads a constant; the parser is on the value. */
  public E read(JsonParser p) throws IOException {
    switch (p.currentTokenId()) {
      case JsonTokenId.ID_NULL:
        return null;
      case JsonTokenId.ID_STRING:
        return byText(p, p.getText());
      case JsonTokenId.ID_NUMBER_INT: {
        int index;
        try {
          index = p.getIntValue();
        } catch (InputCoercionException e) {
          index = -1;
        }
        if (index >= 0 && index < constants.length) {
          return constants[index];
        }
        throw new JsonMismatchException(JsonPaths.of(p) + ": " + p.getText() + " is not an index of "
            + constants[0].getDeclaringClass().getSimpleName() + " (0 to " + (constants.length - 1) + ")");
      }
      default:
        throw JsonMismatchException.at(p, "one of " + accepted);
    }
  }

  private E byText(JsonParser p, String text) throws IOException {
    E found = byName.get(text);
    if (found != null) {
      return found;
    }
    String name = text.trim();
    if (!name.equals(text)) {
      found = byName.get(name);
      if (found != null) {
        return found;
      }
    }
    if (!name.isEmpty()) {
      char first = name.charAt(0);
      if (first >= '0' && first <= '9' && (first != '0' || name.length() == 1)) {
        try {
          int index = Integer.parseInt(name);
          if (index >= 0 && index < constants.length) {
            return constants[index];
          }
        } catch (NumberFormatException e) {
          // not an index: reported below
        }
      }
    }
    throw JsonScalars.badString(p, "one of " + accepted, text);
  }
}
