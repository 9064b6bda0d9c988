package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Describes a record as databind binds it: created through its canonical constructor, its components
 * read and written in declaration order under their names ({@code @JsonProperty}, {@code @JsonAlias},
 * {@code @JsonIgnore}, {@code @JsonInclude} honoured), then any extra getter it declares, written
 * only.
 */
final class RecordIntrospector {
  private final Types types;
  private final JacksonAnnotations jackson;
  private final BeanShapes shapes;
  private final JsonTypeAnalyzer analyzer;

  RecordIntrospector(Types types, JacksonAnnotations jackson, BeanShapes shapes, JsonTypeAnalyzer analyzer) {
    this.types = types;
    this.jackson = jackson;
    this.shapes = shapes;
    this.analyzer = analyzer;
  }

  BeanModel describe(TypeElement type, ClassName codec, Set<TypeElement> uses) throws Unsupported {
    String typeName = type.getQualifiedName().toString();
    BeanShapes.ClassLevel classLevel = shapes.classLevel(type);
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    ExecutableElement canonical = canonicalConstructor(type, components);
    checkOtherConstructors(type, canonical);
    shapes.checkStaticCreators(type, null);

    List<BeanModel.CreatorParameter> parameters = new ArrayList<>();
    List<BeanModel.Property> properties = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> ignored = new ArrayList<>(classLevel.ignoredNames());
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement component = components.get(i);
      String where = typeName + "." + component.getSimpleName();
      List<Element> members = new ArrayList<>();
      members.add(component);
      members.add(component.getAccessor());
      members.add(canonical.getParameters().get(i));
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (field.getSimpleName().equals(component.getSimpleName())) {
          members.add(field);
        }
      }
      PropertyAnnotations annotations = PropertyAnnotations.read(jackson, members, where);
      JsonType jsonType = analyzer.describe(component.asType(), where, uses, codec.packageName());
      String name = annotations.explicitName() != null ? annotations.explicitName() : component.getSimpleName().toString();
      if (annotations.hasInclude() && shapes.containsMap(component.asType())) {
        throw new Unsupported(where, "has @JsonInclude on a property holding a Map, which changes how its null values are written",
            "move @JsonInclude to the record, or remove it");
      }
      if (annotations.ignored() || classLevel.ignoredNames().contains(name)) {
        parameters.add(new BeanModel.CreatorParameter(null, jsonType, component.getSimpleName().toString()));
        if (!ignored.contains(name)) {
          ignored.add(name);
        }
        continue;
      }
      checkUnique(names, name, where);
      BeanModel.Property property = new BeanModel.Property(name, annotations.aliases(), jsonType, i, null, false,
          jsonType, component.getAccessor().getSimpleName().toString(), false,
          annotations.hasInclude() ? annotations.writeNulls() : classLevel.writeNulls());
      parameters.add(new BeanModel.CreatorParameter(property, jsonType, component.getSimpleName().toString()));
      properties.add(property);
    }

    BeanModel.Property extra = extraGetter(type, components, classLevel, names, uses, codec.packageName());
    if (extra != null) {
      properties.add(extra);
    }
    if (properties.isEmpty()) {
      throw new Unsupported(typeName, "has no properties to write, which databind rejects", "add a component");
    }
    BeanShapes.checkProperties(typeName, properties, parameters.size());
    return new BeanModel(type, codec, canonical, parameters, properties, ignored, classLevel.ignoreUnknown());
  }

  private ExecutableElement canonicalConstructor(TypeElement type, List<? extends RecordComponentElement> components)
      throws Unsupported {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      List<? extends VariableElement> params = constructor.getParameters();
      if (params.size() != components.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < params.size() && same; i++) {
        same = types.isSameType(params.get(i).asType(), components.get(i).asType());
      }
      if (same) {
        AnnotationMirror creator = JacksonAnnotations.find(constructor, JacksonAnnotations.JSON_CREATOR);
        if (creator != null) {
          String mode = jackson.string(creator, "mode");
          if (!mode.equals("DEFAULT") && !mode.equals("PROPERTIES")) {
            throw new Unsupported(type.getQualifiedName() + "'s constructor", "has @JsonCreator(mode = " + mode + ")",
                "remove the annotation; records bind through their components");
          }
        }
        if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
          throw new Unsupported(type.getQualifiedName() + "'s canonical constructor", "is private",
              "make it package-private or public");
        }
        return constructor;
      }
    }
    throw new IllegalStateException("no canonical constructor in " + type);
  }

  /** Other constructors: databind may create a record from a single JSON value through a one-argument one. */
  private void checkOtherConstructors(TypeElement type, ExecutableElement canonical) throws Unsupported {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.equals(canonical)) {
        continue;
      }
      String where = type.getQualifiedName() + "'s constructor " + type.getSimpleName() + "("
          + constructor.getParameters().stream().map(p -> p.asType().toString()).reduce((a, b) -> a + ", " + b).orElse("") + ")";
      if (JacksonAnnotations.find(constructor, JacksonAnnotations.JSON_CREATOR) != null) {
        throw new Unsupported(where, "has @JsonCreator", "remove it; records bind through their canonical constructor");
      }
      if (constructor.getParameters().size() == 1) {
        throw new Unsupported(where, "may be used by databind to create the record from a single JSON value",
            "remove it, or give it a second parameter");
      }
      BeanShapes.rejectAnnotations(constructor, where);
    }
  }

  /**
   * A getter the record declares besides its accessors ({@code getTotal()}), written after the
   * components as databind does. More than one would be written in an order databind leaves to the
   * JVM, so that is unsupported.
   */
  private BeanModel.Property extraGetter(TypeElement type, List<? extends RecordComponentElement> components,
      BeanShapes.ClassLevel classLevel, List<String> names, Set<TypeElement> uses, String codecPackage)
      throws Unsupported {
    List<ExecutableElement> accessors = new ArrayList<>();
    for (RecordComponentElement component : components) {
      accessors.add(component.getAccessor());
    }
    BeanModel.Property found = null;
    String foundWhere = null;
    for (ExecutableElement method : shapes.memberMethods(type)) {
      String where = type.getQualifiedName() + "." + method.getSimpleName() + "()";
      if (accessors.contains(method) || method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String implicit = BeanShapes.getterName(method);
      if (implicit == null || !method.getModifiers().contains(Modifier.PUBLIC)) {
        BeanShapes.rejectAnnotations(method, where);
        continue;
      }
      PropertyAnnotations annotations = PropertyAnnotations.read(jackson, List.of(method), where);
      String name = annotations.explicitName() != null ? annotations.explicitName() : implicit;
      if (annotations.ignored() || classLevel.ignoredNames().contains(name)) {
        continue;
      }
      if (found != null) {
        throw new Unsupported(type.getQualifiedName().toString(), "has the getters " + foundWhere + " and " + where
            + ", which databind writes in an order the JVM chooses", "keep at most one, or mark the others @JsonIgnore");
      }
      if (components.stream().anyMatch(c -> c.getSimpleName().contentEquals(implicit))) {
        throw new Unsupported(where, "is a second getter for the component " + implicit,
            "remove it, or mark it @JsonIgnore");
      }
      checkUnique(names, name, where);
      if (annotations.hasInclude() && shapes.containsMap(method.getReturnType())) {
        throw new Unsupported(where, "has @JsonInclude on a property holding a Map", "remove it");
      }
      JsonType jsonType = analyzer.describe(method.getReturnType(), where, uses, codecPackage);
      found = new BeanModel.Property(name, List.of(), null, -1, null, false, jsonType,
          method.getSimpleName().toString(), false, annotations.hasInclude() ? annotations.writeNulls() : classLevel.writeNulls());
      foundWhere = where;
    }
    return found;
  }

  static void checkUnique(List<String> names, String name, String where) throws Unsupported {
    if (names.contains(name)) {
      throw new Unsupported(where, "has the JSON name \"" + name + "\", which another property has too",
          "give each property its own name");
    }
    names.add(name);
  }
}
