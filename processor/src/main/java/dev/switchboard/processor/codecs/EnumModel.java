package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An enum as its generated codec binds it.
 *
 * @param type the enum
 * @param codec the codec class to generate
 * @param constants the constant names, in declaration (ordinal) order
 * @param jsonNames each constant's JSON name ({@code @JsonProperty}, else its name); unused when
 *     {@code valueMethod} is set
 * @param aliases each constant's other accepted names ({@code @JsonAlias})
 * @param valueMethod the {@code @JsonValue} method whose result is the JSON name, or {@code null}
 */
public record EnumModel(
    TypeElement type,
    ClassName codec,
    List<String> constants,
    List<String> jsonNames,
    List<List<String>> aliases,
    String valueMethod) {}
