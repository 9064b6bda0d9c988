package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Describes a POJO as databind's default introspection sees it: properties from fields (public, or
 * named with {@code @JsonProperty}), public getters and setters of any visibility, merged by name;
 * created with the no-argument constructor, or a {@code @JsonCreator} constructor or factory whose
 * parameters are named with {@code @JsonProperty}. Properties are written in databind's order:
 * creator properties, then the others as their fields are declared (superclass first), then those
 * without a field, then those renamed with {@code @JsonProperty}. Anything databind would reach by
 * reflection that a codec cannot (a private field it sets, a private setter) makes the type
 * {@link Unsupported}.
 */
final class PojoIntrospector {
  private final Types types;
  private final Elements elements;
  private final JacksonAnnotations jackson;
  private final BeanShapes shapes;
  private final JsonTypeAnalyzer analyzer;

  PojoIntrospector(Types types, Elements elements, JacksonAnnotations jackson, BeanShapes shapes,
      JsonTypeAnalyzer analyzer) {
    this.types = types;
    this.elements = elements;
    this.jackson = jackson;
    this.shapes = shapes;
    this.analyzer = analyzer;
  }

  /** The members that make one property, gathered under its implicit name. */
  private static final class Candidate {
    final String implicitName;
    final List<VariableElement> fields = new ArrayList<>();
    final List<ExecutableElement> getters = new ArrayList<>();
    final List<ExecutableElement> setters = new ArrayList<>();
    VariableElement creatorParameter;
    int creatorIndex = -1;
    PropertyAnnotations annotations;

    Candidate(String implicitName) {
      this.implicitName = implicitName;
    }

    List<Element> members() {
      List<Element> members = new ArrayList<>(fields);
      members.addAll(getters);
      members.addAll(setters);
      if (creatorParameter != null) {
        members.add(creatorParameter);
      }
      return members;
    }

    void absorb(Candidate other) {
      fields.addAll(other.fields);
      getters.addAll(other.getters);
      setters.addAll(other.setters);
      if (other.creatorParameter != null) {
        creatorParameter = other.creatorParameter;
        creatorIndex = other.creatorIndex;
      }
    }
  }

  BeanModel describe(TypeElement type, ClassName codec, Set<TypeElement> uses) throws Unsupported {
    String typeName = type.getQualifiedName().toString();
    String codecPackage = codec.packageName();
    BeanShapes.ClassLevel classLevel = shapes.classLevel(type);
    List<TypeElement> hierarchy = hierarchy(type);
    ExecutableElement creator = creator(type, codecPackage);

    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (TypeElement owner : hierarchy) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        if (field.getModifiers().contains(Modifier.TRANSIENT)
            && JacksonAnnotations.find(field, JacksonAnnotations.JSON_PROPERTY) == null) {
          continue;
        }
        candidates.computeIfAbsent(field.getSimpleName().toString(), Candidate::new).fields.add(field);
      }
    }
    for (ExecutableElement method : shapes.memberMethods(type)) {
      String where = ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "." + method.getSimpleName() + "()";
      if (method.getModifiers().contains(Modifier.STATIC)) {
        if (!method.getEnclosingElement().equals(type)) {
          BeanShapes.rejectAnnotations(method, where);
        }
        continue;
      }
      String getter = BeanShapes.getterName(method);
      String setter = BeanShapes.setterName(method);
      if (getter != null) {
        candidates.computeIfAbsent(getter, Candidate::new).getters.add(method);
      } else if (setter != null) {
        candidates.computeIfAbsent(setter, Candidate::new).setters.add(method);
      } else {
        BeanShapes.rejectAnnotations(method, where);
      }
    }
    List<? extends VariableElement> params = creator.getParameters();
    for (int i = 0; i < params.size(); i++) {
      VariableElement param = params.get(i);
      AnnotationMirror property = JacksonAnnotations.find(param, JacksonAnnotations.JSON_PROPERTY);
      String name = property == null ? "" : jackson.string(property, "value");
      if (name.isEmpty()) {
        throw new Unsupported(typeName + "'s @JsonCreator parameter " + param.getSimpleName(),
            "has no @JsonProperty name", "name it with @JsonProperty(\"...\")");
      }
      Candidate candidate = candidates.computeIfAbsent(name, Candidate::new);
      candidate.creatorParameter = param;
      candidate.creatorIndex = i;
    }

    // Ignored and invisible properties go; then renamed ones move to the end, as databind orders them.
    Map<String, Candidate> named = new LinkedHashMap<>();
    List<Candidate> renamed = new ArrayList<>();
    List<String> ignored = new ArrayList<>(classLevel.ignoredNames());
    for (Candidate candidate : candidates.values()) {
      String where = typeName + "." + candidate.implicitName;
      candidate.annotations = PropertyAnnotations.read(jackson, candidate.members(), where);
      if (!visible(candidate)) {
        continue;
      }
      if (candidate.annotations.ignored()) {
        if (candidate.annotations.annotated() || candidate.creatorParameter != null) {
          throw new Unsupported(where, "has both @JsonIgnore and @JsonProperty",
              "keep one of them on all of the property's field, getter and setter");
        }
        if (!ignored.contains(candidate.implicitName)) {
          ignored.add(candidate.implicitName);
        }
        continue;
      }
      if (candidate.annotations.explicitName() != null) {
        renamed.add(candidate);
      } else {
        named.put(candidate.implicitName, candidate);
      }
    }
    for (Candidate candidate : renamed) {
      Candidate old = named.get(candidate.annotations.explicitName());
      if (old == null) {
        named.put(candidate.annotations.explicitName(), candidate);
      } else {
        old.absorb(candidate);
      }
    }

    List<BeanModel.Property> properties = new ArrayList<>();
    BeanModel.Property[] byParameter = new BeanModel.Property[creator.getParameters().size()];
    List<String> fieldless = new ArrayList<>();
    for (Map.Entry<String, Candidate> entry : named.entrySet()) {
      String name = entry.getKey();
      if (classLevel.ignoredNames().contains(name)) {
        if (entry.getValue().creatorParameter != null) {
          throw new Unsupported(typeName + "." + name, "is a @JsonCreator parameter ignored by @JsonIgnoreProperties",
              "remove it from @JsonIgnoreProperties");
        }
        continue;
      }
      BeanModel.Property property = property(type, name, entry.getValue(), classLevel, codecPackage, uses);
      if (property == null) {
        continue;
      }
      if (property.creatorIndex() >= 0) {
        byParameter[property.creatorIndex()] = property;
      } else {
        properties.add(property);
        if (entry.getValue().fields.isEmpty()) {
          fieldless.add(name);
        }
      }
    }
    if (fieldless.size() > 1) {
      throw new Unsupported(typeName, "has the properties " + String.join(", ", fieldless)
          + " without fields, which databind writes in an order the JVM chooses",
          "back all but one of them with a field of the same name");
    }
    List<BeanModel.CreatorParameter> parameters = new ArrayList<>();
    List<BeanModel.Property> ordered = new ArrayList<>();
    for (int i = 0; i < byParameter.length; i++) {
      parameters.add(new BeanModel.CreatorParameter(byParameter[i], byParameter[i].readType(),
          creator.getParameters().get(i).getSimpleName().toString()));
      ordered.add(byParameter[i]);
    }
    ordered.addAll(properties);
    if (ordered.stream().noneMatch(BeanModel.Property::writable)) {
      throw new Unsupported(typeName, "has no properties to write (no public getter or field), which databind rejects",
          "add getters");
    }
    BeanShapes.checkProperties(typeName, ordered, parameters.size());
    return new BeanModel(type, codec, creator, parameters, ordered, ignored, classLevel.ignoreUnknown());
  }

  /** databind keeps a property when any member is visible: a setter, or a public or annotated field or getter. */
  private boolean visible(Candidate candidate) {
    return !candidate.setters.isEmpty() || candidate.creatorParameter != null
        || candidate.fields.stream().anyMatch(this::visibleMember)
        || candidate.getters.stream().anyMatch(this::visibleMember);
  }

  private boolean visibleMember(Element member) {
    return member.getModifiers().contains(Modifier.PUBLIC)
        || JacksonAnnotations.find(member, JacksonAnnotations.JSON_PROPERTY) != null;
  }

  private BeanModel.Property property(TypeElement type, String name, Candidate candidate,
      BeanShapes.ClassLevel classLevel, String codecPackage, Set<TypeElement> uses) throws Unsupported {
    String where = type.getQualifiedName() + "." + name;
    List<ExecutableElement> getters = candidate.getters.stream().filter(this::visibleMember).toList();
    List<VariableElement> fields = getters.isEmpty()
        ? candidate.fields.stream().filter(this::visibleMember).toList()
        : candidate.fields;
    if (getters.size() > 1) {
      throw new Unsupported(where, "has two getters, " + getters.get(0).getSimpleName() + "() and "
          + getters.get(1).getSimpleName() + "()", "keep one, or mark the other @JsonIgnore");
    }
    if (fields.size() > 1) {
      throw new Unsupported(where, "has two fields of that name (one hides the other)", "rename one of them");
    }
    if (candidate.setters.size() > 1) {
      throw new Unsupported(where, "has overloaded setters", "keep one setter");
    }
    ExecutableElement getter = getters.isEmpty() ? null : getters.get(0);
    VariableElement field = fields.isEmpty() ? null : fields.get(0);
    ExecutableElement setter = candidate.setters.isEmpty() ? null : candidate.setters.get(0);

    // Reading: the creator parameter, else the setter, else the field.
    JsonType readType = null;
    String mutator = null;
    boolean mutatorIsField = false;
    if (candidate.creatorParameter != null) {
      readType = analyzer.describe(candidate.creatorParameter.asType(), where, uses, codecPackage);
    } else if (setter != null) {
      requireReachable(setter, codecPackage, where, "its setter " + setter.getSimpleName() + "() is private or out of reach",
          "make the setter public");
      readType = analyzer.describe(setter.getParameters().get(0).asType(), where, uses, codecPackage);
      mutator = setter.getSimpleName().toString();
    } else if (field != null) {
      requireReachable(field, codecPackage, where, "databind sets its field by reflection",
          "add a public setter, or make the field public");
      if (field.getModifiers().contains(Modifier.FINAL)) {
        throw new Unsupported(where, "has a final field that databind sets by reflection",
            "add a public setter, or a @JsonCreator constructor");
      }
      readType = analyzer.describe(field.asType(), where, uses, codecPackage);
      mutator = field.getSimpleName().toString();
      mutatorIsField = true;
    } else if (getter != null && isContainer(getter.getReturnType())) {
      throw new Unsupported(where, "has a getter and no setter, so databind adds to the collection the getter returns",
          "add a setter");
    }

    // Writing: the getter, else the field.
    JsonType writeType = null;
    String accessor = null;
    boolean accessorIsField = false;
    if (getter != null) {
      requireReachable(getter, codecPackage, where, "its getter is out of reach", "make the getter public");
      writeType = analyzer.describe(getter.getReturnType(), where, uses, codecPackage);
      accessor = getter.getSimpleName().toString();
    } else if (field != null) {
      requireReachable(field, codecPackage, where, "databind reads its field by reflection",
          "add a public getter, or make the field public");
      writeType = analyzer.describe(field.asType(), where, uses, codecPackage);
      accessor = field.getSimpleName().toString();
      accessorIsField = true;
    }
    if (readType == null && writeType == null) {
      return null;
    }
    PropertyAnnotations annotations = candidate.annotations;
    if (annotations.hasInclude() && writeType != null && shapes.containsMap(getter != null ? getter.getReturnType() : field.asType())) {
      throw new Unsupported(where, "has @JsonInclude on a property holding a Map, which changes how its null values are written",
          "move @JsonInclude to the class, or remove it");
    }
    return new BeanModel.Property(name, annotations.aliases(), readType, candidate.creatorIndex, mutator, mutatorIsField,
        writeType, accessor, accessorIsField, annotations.hasInclude() ? annotations.writeNulls() : classLevel.writeNulls());
  }

  private void requireReachable(Element member, String codecPackage, String where, String problem, String fix)
      throws Unsupported {
    if (!shapes.reachable(member, codecPackage)) {
      throw new Unsupported(where, "cannot be bound without reflection: " + problem, fix);
    }
  }

  private boolean isContainer(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeMirror erased = types.erasure(type);
    for (String name : List.of("java.util.Collection", "java.util.Map")) {
      TypeElement container = elements.getTypeElement(name);
      if (container != null && types.isSubtype(erased, types.erasure(container.asType()))) {
        return true;
      }
    }
    return false;
  }

  /** The class and its superclasses up to {@code Object}, the top-most first. */
  private List<TypeElement> hierarchy(TypeElement type) throws Unsupported {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; ) {
      chain.add(0, t);
      TypeMirror superclass = t.getSuperclass();
      if (superclass.getKind() != TypeKind.DECLARED) {
        break;
      }
      TypeElement next = (TypeElement) ((DeclaredType) superclass).asElement();
      if (next.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      if (!next.getTypeParameters().isEmpty()) {
        throw new Unsupported(type.getQualifiedName().toString(), "extends the generic class " + superclass,
            "bind a class without generic superclasses");
      }
      BeanShapes.rejectAnnotations(next, next.getQualifiedName().toString());
      t = next;
    }
    return chain;
  }

  /** The @JsonCreator constructor or factory, else the no-argument constructor. */
  private ExecutableElement creator(TypeElement type, String codecPackage) throws Unsupported {
    String typeName = type.getQualifiedName().toString();
    ExecutableElement annotated = null;
    ExecutableElement noArgs = null;
    List<ExecutableElement> candidates = new ArrayList<>(ElementFilter.constructorsIn(type.getEnclosedElements()));
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC)
          && JacksonAnnotations.find(method, JacksonAnnotations.JSON_CREATOR) != null) {
        candidates.add(method);
      }
    }
    for (ExecutableElement executable : candidates) {
      AnnotationMirror creator = JacksonAnnotations.find(executable, JacksonAnnotations.JSON_CREATOR);
      if (creator != null) {
        String mode = jackson.string(creator, "mode");
        if (!mode.equals("DEFAULT") && !mode.equals("PROPERTIES")) {
          throw new Unsupported(typeName, "has @JsonCreator(mode = " + mode + ")",
              "use a properties creator: name each parameter with @JsonProperty");
        }
        if (annotated != null) {
          throw new Unsupported(typeName, "has two @JsonCreator constructors or factories", "keep one");
        }
        if (executable.getKind() == ElementKind.METHOD
            && !types.isSameType(executable.getReturnType(), type.asType())) {
          throw new Unsupported(typeName + "." + executable.getSimpleName() + "()",
              "is a @JsonCreator factory that does not return " + type.getSimpleName(), "return the type itself");
        }
        annotated = executable;
      } else if (executable.getParameters().isEmpty()) {
        noArgs = executable;
      }
    }
    ExecutableElement chosen = annotated != null ? annotated : noArgs;
    if (chosen == null) {
      throw new Unsupported(typeName, "has no no-argument constructor and no @JsonCreator",
          "add a no-argument constructor, or a @JsonCreator constructor with @JsonProperty parameters");
    }
    if (!shapes.reachable(chosen, codecPackage)) {
      throw new Unsupported(typeName, "is created by databind through a private or unreachable "
          + (chosen.getKind() == ElementKind.METHOD ? "factory" : "constructor"), "make it package-private or public");
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.equals(chosen)) {
        continue;
      }
      String where = typeName + "'s constructor with " + constructor.getParameters().size() + " parameter(s)";
      if (constructor.getParameters().size() == 1) {
        throw new Unsupported(where, "may be used by databind to create the object from a single JSON value",
            "remove it, or give it a second parameter");
      }
      BeanShapes.rejectAnnotations(constructor, where);
    }
    shapes.checkStaticCreators(type, chosen);
    return chosen;
  }
}
