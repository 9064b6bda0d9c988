package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A record or POJO as its generated codec binds it: how an instance is created, and its properties.
 *
 * @param type the record or class
 * @param codec the codec class to generate
 * @param creator the constructor or static factory that creates an instance; for a POJO without
 *     {@code @JsonCreator}, its no-argument constructor
 * @param creatorParameters what is passed to {@code creator}, in parameter order
 * @param properties the properties, in the order databind writes them
 * @param ignoredNames JSON names skipped on purpose when read ({@code @JsonIgnore},
 *     {@code @JsonIgnoreProperties}): never reported as unknown
 * @param ignoreUnknown whether every unknown name is skipped on purpose
 *     ({@code @JsonIgnoreProperties(ignoreUnknown = true)}): none is reported
 */
public record BeanModel(
    TypeElement type,
    ClassName codec,
    ExecutableElement creator,
    List<CreatorParameter> creatorParameters,
    List<Property> properties,
    List<String> ignoredNames,
    boolean ignoreUnknown) {

  /** Whether the creator is a static factory method rather than a constructor. */
  boolean factory() {
    return creator.getKind() == javax.lang.model.element.ElementKind.METHOD;
  }

  /**
   * One parameter of the creator.
   *
   * @param property the property it reads, or {@code null} when the parameter is ignored (it then
   *     gets the default of {@code type}, as when the property is missing)
   * @param type the parameter's type
   * @param javaName the parameter's name in the source
   */
  record CreatorParameter(Property property, JsonType type, String javaName) {}

  /**
   * One JSON property.
   *
   * @param name the JSON name
   * @param aliases other names it is read from ({@code @JsonAlias})
   * @param readType how its value is read; {@code null} when it is not read
   * @param creatorIndex its position among the creator's parameters, or -1
   * @param mutator the setter method or field name that sets it after creation, or {@code null}
   * @param mutatorIsField whether {@code mutator} names a field
   * @param writeType how its value is written; {@code null} when it is not written
   * @param accessor the getter or field name that gives its value, or {@code null}
   * @param accessorIsField whether {@code accessor} names a field
   * @param writeNulls whether a null value is written ({@code @JsonInclude(ALWAYS)}) rather than left out
   */
  record Property(
      String name,
      List<String> aliases,
      JsonType readType,
      int creatorIndex,
      String mutator,
      boolean mutatorIsField,
      JsonType writeType,
      String accessor,
      boolean accessorIsField,
      boolean writeNulls) {

    boolean readable() {
      return readType != null;
    }

    boolean writable() {
      return writeType != null;
    }
  }
}
