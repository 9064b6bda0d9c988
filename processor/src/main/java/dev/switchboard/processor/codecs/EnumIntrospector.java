package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Describes an enum as databind binds it: each constant by its name, or its {@code @JsonProperty}
 * name, and its {@code @JsonAlias} names; or, with a {@code @JsonValue} method returning a
 * {@code String}, by that method's result.
 */
final class EnumIntrospector {
  private final JacksonAnnotations jackson;
  private final BeanShapes shapes;

  EnumIntrospector(JacksonAnnotations jackson, BeanShapes shapes) {
    this.jackson = jackson;
    this.shapes = shapes;
  }

  EnumModel describe(TypeElement type, ClassName codec) throws Unsupported {
    String typeName = type.getQualifiedName().toString();
    shapes.checkReachable(type);
    BeanShapes.rejectAnnotations(type, typeName);
    List<String> constants = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<List<String>> aliases = new ArrayList<>();
    boolean renamed = false;
    String valueMethod = null;
    for (Element member : type.getEnclosedElements()) {
      String where = typeName + "." + member.getSimpleName();
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        String name = member.getSimpleName().toString();
        List<String> constantAliases = new ArrayList<>();
        for (AnnotationMirror mirror : JacksonAnnotations.jacksonAnnotations(member)) {
          switch (JacksonAnnotations.nameOf(mirror)) {
            case JacksonAnnotations.JSON_PROPERTY:
              if (!jackson.string(mirror, "value").isEmpty()) {
                name = jackson.string(mirror, "value");
                renamed = true;
              }
              break;
            case JacksonAnnotations.JSON_ALIAS:
              constantAliases.addAll(jackson.strings(mirror, "value"));
              break;
            case JacksonAnnotations.JSON_ENUM_DEFAULT_VALUE:
              // Only read with READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, which the runtime leaves off.
              break;
            default:
              if (!JacksonAnnotations.DESCRIPTIONS.contains(JacksonAnnotations.nameOf(mirror))) {
                throw PropertyAnnotations.unsupportedAnnotation(mirror, where);
              }
          }
        }
        constants.add(member.getSimpleName().toString());
        names.add(name);
        aliases.add(constantAliases);
      } else if (member.getKind() == ElementKind.METHOD
          && JacksonAnnotations.find(member, JacksonAnnotations.JSON_VALUE) != null) {
        ExecutableElement method = (ExecutableElement) member;
        AnnotationMirror value = JacksonAnnotations.find(member, JacksonAnnotations.JSON_VALUE);
        if (!jackson.bool(value, "value")) {
          continue;
        }
        if (valueMethod != null || !method.getParameters().isEmpty()
            || method.getModifiers().contains(Modifier.STATIC)
            || !method.getReturnType().toString().equals("java.lang.String")
            || !shapes.reachable(method, ClassName.get(type).packageName())) {
          throw new Unsupported(where + "()", "is a @JsonValue the generator does not support",
              "use one non-private, non-static @JsonValue method that returns a String");
        }
        valueMethod = method.getSimpleName().toString();
      } else {
        BeanShapes.rejectAnnotations(member, where);
      }
    }
    if (constants.isEmpty()) {
      throw new Unsupported(typeName, "has no constants", "add a constant");
    }
    if (valueMethod != null && renamed) {
      throw new Unsupported(typeName, "has both @JsonValue and @JsonProperty constants", "keep one of them");
    }
    return new EnumModel(type, codec, constants, names, aliases, valueMethod);
  }
}
