package dev.switchboard.processor.codecs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * What Jackson's annotations say about one property, read from every element that carries them (a
 * field, getter, setter, creator parameter or record component). Only the annotations the generator
 * honours are accepted; any other Jackson annotation, or an honoured one used in a way the generator
 * does not follow, makes the type {@link Unsupported}.
 *
 * @param explicitName the {@code @JsonProperty} name, or {@code null} when none is given
 * @param aliases the {@code @JsonAlias} names
 * @param ignored whether {@code @JsonIgnore} is present
 * @param annotated whether {@code @JsonProperty} is present (which makes a member visible)
 * @param writeNulls whether {@code @JsonInclude(ALWAYS)} asks for null values to be written
 * @param hasInclude whether {@code @JsonInclude} is present at all
 */
record PropertyAnnotations(
    String explicitName,
    List<String> aliases,
    boolean ignored,
    boolean annotated,
    boolean writeNulls,
    boolean hasInclude) {

  static final PropertyAnnotations NONE = new PropertyAnnotations(null, List.of(), false, false, false, false);

  /** Reads the annotations of one property from all its members; {@code where} names it in messages. */
  static PropertyAnnotations read(JacksonAnnotations jackson, List<? extends Element> members, String where)
      throws Unsupported {
    String name = null;
    Set<String> aliases = new LinkedHashSet<>();
    boolean ignored = false;
    boolean annotated = false;
    Boolean writeNulls = null;
    for (Element member : members) {
      for (AnnotationMirror mirror : JacksonAnnotations.jacksonAnnotations(member)) {
        String type = JacksonAnnotations.nameOf(mirror);
        switch (type) {
          case JacksonAnnotations.JSON_PROPERTY: {
            annotated = true;
            checkProperty(jackson, mirror, where);
            String value = jackson.string(mirror, "value");
            if (!value.isEmpty()) {
              if (name != null && !name.equals(value)) {
                throw new Unsupported(where, "has two @JsonProperty names, \"" + name + "\" and \"" + value + "\"",
                    "give its field, getter and setter the same name");
              }
              name = value;
            }
            break;
          }
          case JacksonAnnotations.JSON_ALIAS:
            aliases.addAll(jackson.strings(mirror, "value"));
            break;
          case JacksonAnnotations.JSON_IGNORE:
            if (!jackson.bool(mirror, "value")) {
              throw new Unsupported(where, "has @JsonIgnore(false)", "remove the annotation");
            }
            ignored = true;
            break;
          case JacksonAnnotations.JSON_INCLUDE: {
            boolean always = include(jackson, mirror, where);
            if (writeNulls != null && writeNulls != always) {
              throw new Unsupported(where, "has two different @JsonInclude annotations", "keep one of them");
            }
            writeNulls = always;
            break;
          }
          default:
            if (!JacksonAnnotations.DESCRIPTIONS.contains(type)) {
              throw unsupportedAnnotation(mirror, where);
            }
        }
      }
    }
    boolean hasInclude = writeNulls != null;
    return new PropertyAnnotations(name, new ArrayList<>(aliases), ignored, annotated,
        Boolean.TRUE.equals(writeNulls), hasInclude);
  }

  /** {@code @JsonInclude}: returns whether nulls are written (ALWAYS); other settings are unsupported. */
  static boolean include(JacksonAnnotations jackson, AnnotationMirror mirror, String where) throws Unsupported {
    String value = jackson.string(mirror, "value");
    if (JacksonAnnotations.isExplicit(mirror, "content") || JacksonAnnotations.isExplicit(mirror, "valueFilter")
        || JacksonAnnotations.isExplicit(mirror, "contentFilter")) {
      throw new Unsupported(where, "has @JsonInclude with content or filter settings",
          "use @JsonInclude(Include.NON_NULL) or @JsonInclude(Include.ALWAYS) alone");
    }
    switch (value) {
      case "ALWAYS":
        return true;
      case "NON_NULL":
      case "USE_DEFAULTS":
        return false;
      default:
        throw new Unsupported(where, "has @JsonInclude(" + value + ")",
            "use @JsonInclude(Include.NON_NULL) or @JsonInclude(Include.ALWAYS)");
    }
  }

  private static void checkProperty(JacksonAnnotations jackson, AnnotationMirror mirror, String where)
      throws Unsupported {
    String access = jackson.string(mirror, "access");
    if (access != null && !access.equals("AUTO")) {
      throw new Unsupported(where, "has @JsonProperty(access = " + access + ")",
          "remove the access setting, or leave out the getter or setter instead");
    }
    if (jackson.bool(mirror, "required") || "TRUE".equals(jackson.string(mirror, "isRequired"))) {
      throw new Unsupported(where, "has @JsonProperty(required = true)", "remove the required setting");
    }
    Object index = jackson.value(mirror, "index");
    if (index instanceof Integer && (Integer) index != -1) {
      throw new Unsupported(where, "has @JsonProperty(index = " + index + "), which reorders properties",
          "remove the index setting");
    }
  }

  static Unsupported unsupportedAnnotation(AnnotationMirror mirror, String where) {
    return new Unsupported(where, "has " + JacksonAnnotations.simpleName(mirror)
        + ", which the codec generator does not support",
        "remove the annotation, if the type can do without it");
  }
}
