package dev.switchboard.processor.codecs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The checks and naming rules that records and POJOs share: where a codec can reach a type and its
 * members, class-level annotations, creators databind would find on its own, and databind's bean
 * naming ({@code getURL()} is the property {@code url}).
 */
final class BeanShapes {
  private final Types types;
  private final Elements elements;
  private final JacksonAnnotations jackson;

  BeanShapes(Types types, Elements elements, JacksonAnnotations jackson) {
    this.types = types;
    this.elements = elements;
    this.jackson = jackson;
  }

  /**
   * What the class-level annotations say.
   *
   * @param ignoredNames the names {@code @JsonIgnoreProperties} lists
   * @param ignoreUnknown whether {@code @JsonIgnoreProperties(ignoreUnknown = true)} skips every unknown name
   * @param writeNulls whether {@code @JsonInclude(ALWAYS)} writes null properties
   */
  record ClassLevel(List<String> ignoredNames, boolean ignoreUnknown, boolean writeNulls) {}

  /** Checks that a codec in the type's own package can create and read the type at all. */
  void checkReachable(TypeElement type) throws Unsupported {
    String name = type.getQualifiedName().toString();
    if (!type.getTypeParameters().isEmpty()) {
      throw new Unsupported(name, "is generic", "bind a non-generic record or class, or let databind bind it");
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement t = (TypeElement) e;
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        throw new Unsupported(name, "is private, or nested in a private class", "make it package-private or public");
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        throw new Unsupported(name, "is a local or anonymous class", "declare it as a top-level or static nested type");
      }
      if (t.getNestingKind() == NestingKind.MEMBER && t.getKind() == ElementKind.CLASS
          && !t.getModifiers().contains(Modifier.STATIC) && t.getEnclosingElement().getKind().isClass()) {
        throw new Unsupported(name, "is an inner (non-static) class", "make it static");
      }
    }
    if (type.getKind() == ElementKind.CLASS && type.getModifiers().contains(Modifier.ABSTRACT)) {
      throw new Unsupported(name, "is abstract", "bind a concrete class");
    }
  }

  /** Reads {@code @JsonIgnoreProperties} and {@code @JsonInclude} on the type; rejects the rest. */
  ClassLevel classLevel(TypeElement type) throws Unsupported {
    String where = type.getQualifiedName().toString();
    List<String> ignored = new ArrayList<>();
    boolean ignoreUnknown = false;
    boolean writeNulls = false;
    for (AnnotationMirror mirror : JacksonAnnotations.jacksonAnnotations(type)) {
      String annotation = JacksonAnnotations.nameOf(mirror);
      if (annotation.equals(JacksonAnnotations.JSON_IGNORE_PROPERTIES)) {
        if (jackson.bool(mirror, "allowGetters") || jackson.bool(mirror, "allowSetters")) {
          throw new Unsupported(where, "has @JsonIgnoreProperties with allowGetters or allowSetters",
              "ignore the properties in both directions, or drop the getter or setter instead");
        }
        ignored.addAll(jackson.strings(mirror, "value"));
        ignoreUnknown |= jackson.bool(mirror, "ignoreUnknown");
      } else if (annotation.equals(JacksonAnnotations.JSON_INCLUDE)) {
        writeNulls = PropertyAnnotations.include(jackson, mirror, where);
      } else if (!JacksonAnnotations.DESCRIPTIONS.contains(annotation)) {
        throw PropertyAnnotations.unsupportedAnnotation(mirror, where);
      }
    }
    return new ClassLevel(ignored, ignoreUnknown, writeNulls);
  }

  /**
   * Rejects static methods databind would use to create the type from a single JSON value
   * ({@code valueOf}, {@code fromString}) and annotated factories the caller did not choose.
   */
  void checkStaticCreators(TypeElement type, ExecutableElement chosen) throws Unsupported {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.STATIC) || method.equals(chosen)) {
        continue;
      }
      String name = method.getSimpleName().toString();
      String where = type.getQualifiedName() + "." + name + "()";
      if (JacksonAnnotations.find(method, JacksonAnnotations.JSON_CREATOR) != null) {
        throw new Unsupported(where, "is a second @JsonCreator", "keep one @JsonCreator");
      }
      if ((name.equals("valueOf") || name.equals("fromString")) && method.getParameters().size() == 1
          && types.isSameType(types.erasure(method.getReturnType()), types.erasure(type.asType()))) {
        throw new Unsupported(where, "is a factory databind may use to create "
            + type.getSimpleName() + " from a single JSON value", "rename it, or let databind bind the type");
      }
      rejectAnnotations(method, where);
    }
  }

  /**
   * Checks the finished property list: every name and alias read is distinct, and a creator has at
   * most 64 parameters (the codec tracks them in a {@code long}).
   */
  /** The most properties (and aliases) a generated codec binds; a larger type falls back to databind. */
  static final int MAX_PROPERTIES = 1000;

  static void checkProperties(String typeName, List<BeanModel.Property> properties, int creatorParameters)
      throws Unsupported {
    int size = properties.size();
    for (BeanModel.Property property : properties) {
      size += property.aliases().size();
    }
    if (size > MAX_PROPERTIES) {
      // Past about 1,400 names the codec's read method passes the JVM's 64 KB limit on a method's code
      // and javac stops with "code too large"; 1,000 keeps a margin for the costliest property types.
      throw new Unsupported(typeName, "has " + size + " properties and aliases, more than the "
          + MAX_PROPERTIES + " that a generated codec's methods can hold", "split it into nested types");
    }
    Set<String> names = new HashSet<>();
    for (BeanModel.Property property : properties) {
      if (!property.readable()) {
        continue;
      }
      List<String> labels = new ArrayList<>(property.aliases());
      labels.add(0, property.name());
      for (String label : labels) {
        if (names.contains(label)) {
          throw new Unsupported(typeName + "." + property.name(), "is read from the name \"" + label
              + "\", which another property or alias has too", "give each property and alias its own name");
        }
        names.add(label);
      }
    }
    if (creatorParameters > 64) {
      throw new Unsupported(typeName, "has more than 64 constructor properties", "split it into nested types");
    }
  }

  /** Rejects any Jackson annotation on an element the generator gives no meaning to. */
  static void rejectAnnotations(Element element, String where) throws Unsupported {
    for (AnnotationMirror mirror : JacksonAnnotations.jacksonAnnotations(element)) {
      if (!JacksonAnnotations.DESCRIPTIONS.contains(JacksonAnnotations.nameOf(mirror))) {
        throw PropertyAnnotations.unsupportedAnnotation(mirror, where);
      }
    }
    if (hasAnnotation(element, "java.beans.ConstructorProperties") || hasAnnotation(element, "java.beans.Transient")) {
      throw new Unsupported(where, "has a java.beans annotation, which databind reads",
          "remove it, or let databind bind the type");
    }
  }

  static boolean hasAnnotation(Element element, String type) {
    return JacksonAnnotations.find(element, type) != null;
  }

  /**
   * Whether generated code in {@code codecPackage} can use a member: not private, and public or
   * declared in that package.
   */
  boolean reachable(Element member, String codecPackage) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    TypeElement owner = (TypeElement) member.getEnclosingElement();
    boolean samePackage = elements.getPackageOf(owner).getQualifiedName().contentEquals(codecPackage);
    if (samePackage) {
      return true;
    }
    if (!modifiers.contains(Modifier.PUBLIC)) {
      return false;
    }
    for (Element e = owner; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  static String packageOf(Elements elements, TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }

  /**
   * The property a getter or setter stands for, by databind's default (legacy) naming: the prefix
   * removed and the leading capitals lower-cased ({@code getURLValue} is {@code urlvalue}); {@code
   * null} when nothing follows the prefix.
   */
  static String propertyName(String methodName, int prefix) {
    if (methodName.length() == prefix) {
      return null;
    }
    StringBuilder name = new StringBuilder(methodName.length() - prefix);
    int i = prefix;
    for (; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      char lower = Character.toLowerCase(c);
      if (c == lower) {
        break;
      }
      name.append(lower);
    }
    return name.append(methodName, i, methodName.length()).toString();
  }

  /** {@code getX()} or, for {@code boolean}/{@code Boolean}, {@code isX()}: the property name, or null. */
  static String getterName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID
        || method.getModifiers().contains(Modifier.STATIC)) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get")) {
      return propertyName(name, 3);
    }
    if (name.startsWith("is") && isBoolean(method.getReturnType())) {
      return propertyName(name, 2);
    }
    return null;
  }

  /** {@code setX(value)}: the property name, or null. */
  static String setterName(ExecutableElement method) {
    if (method.getParameters().size() != 1 || method.getModifiers().contains(Modifier.STATIC)) {
      return null;
    }
    String name = method.getSimpleName().toString();
    return name.startsWith("set") ? propertyName(name, 3) : null;
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }

  /** The methods a type has, its own and inherited, except {@code Object}'s and {@code Record}'s. */
  List<ExecutableElement> memberMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
      if (!owner.equals("java.lang.Object") && !owner.equals("java.lang.Record")) {
        methods.add(method);
      }
    }
    return methods;
  }

  /**
   * Rejects Jackson annotations a type inherits: class-level ones on its supertypes (a
   * {@code @JsonTypeInfo} on an interface it implements), and ones on methods it overrides, which
   * databind merges into the overriding method.
   */
  void checkSupertypes(TypeElement type) throws Unsupported {
    List<ExecutableElement> members = memberMethods(type);
    List<TypeMirror> pending = new ArrayList<>(types.directSupertypes(type.asType()));
    List<TypeElement> seen = new ArrayList<>();
    while (!pending.isEmpty()) {
      TypeMirror next = pending.remove(pending.size() - 1);
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement supertype = (TypeElement) types.asElement(next);
      String name = supertype.getQualifiedName().toString();
      if (seen.contains(supertype) || name.equals("java.lang.Object") || name.equals("java.lang.Record")) {
        continue;
      }
      seen.add(supertype);
      pending.addAll(types.directSupertypes(next));
      rejectAnnotations(supertype, name);
      for (ExecutableElement method : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (!members.contains(method) && !JacksonAnnotations.jacksonAnnotations(method).isEmpty()) {
          throw new Unsupported(type.getQualifiedName().toString(), "overrides " + name + "."
              + method.getSimpleName() + "(), whose Jackson annotations databind applies to the override",
              "move the annotations to the overriding method");
        }
      }
    }
  }

  /** Whether a Java type is or contains a {@code Map}, whose null values {@code @JsonInclude} would change. */
  boolean containsMap(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return containsMap(((javax.lang.model.type.ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement map = elements.getTypeElement("java.util.Map");
    if (map != null && types.isSubtype(types.erasure(type), types.erasure(map.asType()))) {
      return true;
    }
    for (TypeMirror argument : ((javax.lang.model.type.DeclaredType) type).getTypeArguments()) {
      if (containsMap(argument)) {
        return true;
      }
    }
    return false;
  }
}
