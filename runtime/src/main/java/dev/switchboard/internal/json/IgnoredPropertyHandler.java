package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reports to {@link IgnoredProperties} the properties jackson-databind skips because the type has no
 * such property, then lets databind skip them. Databind calls it only for unknown names: those a type
 * ignores on purpose ({@code @JsonIgnore}, {@code @JsonIgnoreProperties}, {@code ignoreUnknown}) it
 * skips without asking. Readers get it only while the warnings are on.
 */
final class IgnoredPropertyHandler extends DeserializationProblemHandler {
  /** {@code reader}, reporting the properties it skips as unknown. */
  static ObjectReader attach(ObjectReader reader) {
    return reader.withHandler(new IgnoredPropertyHandler());
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
      JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
    Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
    List<String> known = new ArrayList<>();
    Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
    if (names != null) {
      names.forEach(name -> known.add(String.valueOf(name)));
    }
    IgnoredProperties.unknown(parser, type.getName(), propertyName, known);
    return false; // not handled: databind skips the value, as it is configured to
  }
}
