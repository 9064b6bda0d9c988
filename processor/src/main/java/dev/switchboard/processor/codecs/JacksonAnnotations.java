package dev.switchboard.processor.codecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads Jackson's annotations from the source model by name (the processor does not link against
 * jackson-annotations), and tells the ones the codec generator honours from the ones it does not.
 */
final class JacksonAnnotations {
  static final String ANNOTATION_PACKAGE = "com.fasterxml.jackson.annotation.";
  static final String DATABIND_PACKAGE = "com.fasterxml.jackson.databind.annotation.";

  static final String JSON_PROPERTY = ANNOTATION_PACKAGE + "JsonProperty";
  static final String JSON_ALIAS = ANNOTATION_PACKAGE + "JsonAlias";
  static final String JSON_IGNORE = ANNOTATION_PACKAGE + "JsonIgnore";
  static final String JSON_INCLUDE = ANNOTATION_PACKAGE + "JsonInclude";
  static final String JSON_CREATOR = ANNOTATION_PACKAGE + "JsonCreator";
  static final String JSON_IGNORE_PROPERTIES = ANNOTATION_PACKAGE + "JsonIgnoreProperties";
  static final String JSON_VALUE = ANNOTATION_PACKAGE + "JsonValue";
  static final String JSON_ENUM_DEFAULT_VALUE = ANNOTATION_PACKAGE + "JsonEnumDefaultValue";
  static final String JACKSON_ANNOTATIONS_INSIDE = ANNOTATION_PACKAGE + "JacksonAnnotationsInside";
  /** Documentation only: they change nothing in binding. */
  static final List<String> DESCRIPTIONS = List.of(
      ANNOTATION_PACKAGE + "JsonClassDescription",
      ANNOTATION_PACKAGE + "JsonPropertyDescription");

  private final Elements elements;

  JacksonAnnotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of that type on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(type)) {
        return mirror;
      }
    }
    return null;
  }

  static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** {@code @JsonProperty} and the like, as written in source: {@code @JsonProperty}. */
  static String simpleName(AnnotationMirror mirror) {
    return "@" + mirror.getAnnotationType().asElement().getSimpleName();
  }

  /**
   * The Jackson annotations on {@code element}: those in Jackson's annotation packages, and any
   * annotation that bundles them ({@code @JacksonAnnotationsInside}).
   */
  static List<AnnotationMirror> jacksonAnnotations(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.startsWith(ANNOTATION_PACKAGE) || name.startsWith(DATABIND_PACKAGE)
          || find(mirror.getAnnotationType().asElement(), JACKSON_ANNOTATIONS_INSIDE) != null) {
        found.add(mirror);
      }
    }
    return found;
  }

  /** An element's value, its default included. */
  Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return unwrap(entry.getValue().getValue());
      }
    }
    return null;
  }

  /** Whether an element was given explicitly, rather than left at its default. */
  static boolean isExplicit(AnnotationMirror mirror, String name) {
    for (ExecutableElement key : mirror.getElementValues().keySet()) {
      if (key.getSimpleName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }

  String string(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    return value == null ? null : value.toString();
  }

  boolean bool(AnnotationMirror mirror, String name) {
    return Boolean.TRUE.equals(value(mirror, name));
  }

  @SuppressWarnings("unchecked")
  List<String> strings(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    List<String> strings = new ArrayList<>();
    if (value instanceof List) {
      for (Object item : (List<Object>) value) {
        strings.add(item.toString());
      }
    } else if (value != null) {
      strings.add(value.toString());
    }
    return strings;
  }

  private static Object unwrap(Object value) {
    if (value instanceof VariableElement) {
      return ((VariableElement) value).getSimpleName().toString();
    }
    if (value instanceof List) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(unwrap(item instanceof AnnotationValue ? ((AnnotationValue) item).getValue() : item));
      }
      return items;
    }
    return value;
  }
}
