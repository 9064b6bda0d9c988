package dev.switchboard.internal.json.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mappers that bind aws-lambda-java-events classes as AWS's Java runtime binds them: one per event
 * AWS registers (its mix-in names and naming strategy), and one with AWS's settings alone for the other
 * classes; all with AWS's time formats. Each is built the first time a handler's type needs it.
 *
 * <p>AWS's runtime registers its time formats only while it binds a registered event, so a Joda
 * {@code DateTime} in a class it does not register (APIGatewayV2CustomAuthorizerEvent's {@code time})
 * fails to bind there. Switchboard binds it, in the same format.
 */
public final class AwsMappers {
  private static final Map<String, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private AwsMappers() {}

  /** The mapper for a handler whose type is {@code root}, a class of aws-lambda-java-events. */
  public static ObjectMapper forRoot(Class<?> root) {
    AwsEventRules.Event event = AwsEventRules.get().event(root.getName());
    String key = event == null ? "" : event.name();
    return MAPPERS.computeIfAbsent(key, k -> build(event, root.getClassLoader()));
  }

  private static ObjectMapper build(AwsEventRules.Event event, ClassLoader loader) {
    JsonMapper.Builder builder = JsonMapper.builder()
        .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS, MapperFeature.AUTO_DETECT_FIELDS,
            MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS, MapperFeature.AUTO_DETECT_SETTERS,
            MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS, MapperFeature.USE_STD_BEAN_NAMING, MapperFeature.USE_ANNOTATIONS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, MapperFeature.AUTO_DETECT_CREATORS,
            MapperFeature.INFER_PROPERTY_MUTATORS, MapperFeature.SORT_PROPERTIES_ALPHABETICALLY,
            MapperFeature.USE_GETTERS_AS_SETTERS, MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME,
            MapperFeature.USE_STATIC_TYPING, MapperFeature.REQUIRE_SETTERS_FOR_GETTERS)
        .enable(SerializationFeature.FAIL_ON_SELF_REFERENCES, SerializationFeature.FAIL_ON_UNWRAPPED_TYPE_IDENTIFIERS,
            SerializationFeature.WRAP_EXCEPTIONS)
        .disable(SerializationFeature.CLOSE_CLOSEABLE, SerializationFeature.EAGER_SERIALIZER_FETCH,
            SerializationFeature.FAIL_ON_EMPTY_BEANS, SerializationFeature.FLUSH_AFTER_WRITE_VALUE,
            SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS,
            SerializationFeature.USE_EQUALITY_FOR_OBJECT_ID, SerializationFeature.WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS,
            SerializationFeature.WRAP_ROOT_VALUE)
        .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, DeserializationFeature.FAIL_ON_UNRESOLVED_OBJECT_IDS,
            DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.WRAP_EXCEPTIONS)
        .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(AwsTimes.module(loader));
    List<AwsIntrospector.ClassNames> classes = new ArrayList<>();
    if (event != null) {
      event.names().forEach((name, members) -> {
        try {
          classes.add(new AwsIntrospector.ClassNames(Class.forName(name, false, loader), members));
        } catch (ClassNotFoundException e) {
          // A class of another version of aws-lambda-java-events: nothing of it to name.
        }
      });
      if (event.s3()) {
        builder.addModule(S3Events.module());
      }
      if (event.upperCamelCase()) {
        builder.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
      }
    }
    builder.annotationIntrospector(new AwsIntrospector(classes, AwsEventRules.get().kept()));
    return builder.build();
  }
}
