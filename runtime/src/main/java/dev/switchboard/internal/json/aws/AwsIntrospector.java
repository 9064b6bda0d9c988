package dev.switchboard.internal.json.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Gives members of aws-lambda-java-events classes the JSON names AWS's mix-ins give them, while one
 * event binds: a getter or setter named in the event's rules, declared by the class the rule is for or
 * inherited by it, gets that rule's name. The members Switchboard keeps where AWS loses them get their
 * JSON name, alias and time format wherever they bind. Everything else is Jackson's default
 * introspection.
 */
final class AwsIntrospector extends JacksonAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  /** A class the event lists, and the JSON names of its members by method name. */
  record ClassNames(Class<?> type, Map<String, String> names) {}

  private final transient List<ClassNames> classes;
  private final transient Map<String, Map<String, AwsEventRules.Kept>> kept;

  AwsIntrospector(List<ClassNames> classes, Map<String, Map<String, AwsEventRules.Kept>> kept) {
    this.classes = classes;
    this.kept = kept;
  }

  @Override
  public List<PropertyName> findPropertyAliases(Annotated a) {
    AwsEventRules.Kept keep = kept(a);
    if (keep != null && keep.alias() != null) {
      return List.of(PropertyName.construct(keep.alias()));
    }
    return super.findPropertyAliases(a);
  }

  @Override
  public Object findSerializer(Annotated a) {
    AwsEventRules.Kept keep = kept(a);
    if (keep != null && EPOCH_MILLIS.equals(keep.format())) {
      return new EpochMillisSerializer();
    }
    if (keep != null && keep.format() != null && JodaTimes.available(a.getRawType().getClassLoader())) {
      return JodaTimes.serializer(keep.format());
    }
    return super.findSerializer(a);
  }

  private static final String EPOCH_MILLIS = "epoch-millis";

  /** An Instant as milliseconds since the epoch, the form it is read from. */
  static final class EpochMillisSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeNumber(value.toEpochMilli());
    }
  }

  private AwsEventRules.Kept kept(Annotated a) {
    if (!(a instanceof AnnotatedMethod method)) {
      return null;
    }
    Map<String, AwsEventRules.Kept> members = kept.get(method.getDeclaringClass().getName());
    return members == null ? null : members.get(method.getName());
  }

  @Override
  public PropertyName findNameForSerialization(Annotated a) {
    PropertyName name = rename(a);
    return name != null ? name : super.findNameForSerialization(a);
  }

  @Override
  public PropertyName findNameForDeserialization(Annotated a) {
    PropertyName name = rename(a);
    return name != null ? name : super.findNameForDeserialization(a);
  }

  private PropertyName rename(Annotated a) {
    if (!(a instanceof AnnotatedMethod method)) {
      return null;
    }
    AwsEventRules.Kept keep = kept(a);
    if (keep != null) {
      return PropertyName.construct(keep.json());
    }
    Class<?> declaring = method.getDeclaringClass();
    for (ClassNames entry : classes) {
      String json = entry.names().get(method.getName());
      if (json != null && declaring.isAssignableFrom(entry.type())) {
        return PropertyName.construct(json);
      }
    }
    return null;
  }
}
