package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ClassName;
import dev.switchboard.internal.json.aws.AwsEventRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Describes a class of aws-lambda-java-events as AWS's Java runtime binds it, for a generated codec:
 * created with its public no-argument constructor; a property for each public getter ({@code getX},
 * or {@code isX} returning boolean) and each setter, named by standard bean naming ({@code getURL} is
 * "URL", {@code getUrl} "url") unless the event's rules name the method, with UpperCamelCase for the
 * others where the event says so; nulls left out. A shape this does not cover for sure (a public
 * field, overloaded setters, a getter and setter of different types) is {@link Unsupported}, and the
 * handler keeps the runtime's databind path, which applies the same rules through Jackson.
 */
final class AwsIntrospector {
  private final Types types;
  private final Elements elements;
  private final BeanShapes shapes;

  AwsIntrospector(Types types, Elements elements, BeanShapes shapes) {
    this.types = types;
    this.elements = elements;
    this.shapes = shapes;
  }

  /** The members of one property, gathered under its JSON name. */
  private static final class Members {
    final List<ExecutableElement> getters = new ArrayList<>();
    final List<ExecutableElement> setters = new ArrayList<>();
  }

  /**
   * @param describe how a member's type binds in this event (nested classes get codecs of this event)
   */
  BeanModel describe(TypeElement type, ClassName codec, AwsEventRules.Event event, TypeDescriber describe)
      throws Unsupported {
    String typeName = elements.getBinaryName(type).toString();
    if (type.getModifiers().contains(Modifier.ABSTRACT) || !type.getTypeParameters().isEmpty()) {
      throw new Unsupported(typeName, "is abstract or generic", "bind it with databind");
    }
    if (type.getEnclosingElement() instanceof TypeElement && !type.getModifiers().contains(Modifier.STATIC)) {
      throw new Unsupported(typeName, "is an inner class, which needs an enclosing instance", "bind it with databind");
    }
    ExecutableElement creator = null;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        creator = constructor;
      }
    }
    if (creator == null) {
      throw new Unsupported(typeName, "has no public no-argument constructor", "bind it with databind");
    }
    for (TypeElement t = type; t != null; t = superclass(t)) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.PUBLIC) && !field.getModifiers().contains(Modifier.STATIC)) {
          throw new Unsupported(typeName + "." + field.getSimpleName(), "is a public field", "bind it with databind");
        }
      }
    }

    Map<String, Members> byName = new LinkedHashMap<>();
    for (ExecutableElement method : shapes.memberMethods(type)) {
      if (method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String implicit = getter(method);
      boolean isGetter = implicit != null;
      if (!isGetter) {
        implicit = setter(method);
      }
      if (implicit == null) {
        continue;
      }
      String owner = elements.getBinaryName((TypeElement) method.getEnclosingElement()).toString();
      String name = jsonName(event, type, owner, method, implicit);
      Members members = byName.computeIfAbsent(name, n -> new Members());
      (isGetter ? members.getters : members.setters).add(method);
    }

    List<BeanModel.Property> properties = new ArrayList<>();
    for (Map.Entry<String, Members> entry : byName.entrySet()) {
      String name = entry.getKey();
      String where = typeName + "." + name;
      Members members = entry.getValue();
      ExecutableElement getter = chooseGetter(members.getters, where);
      ExecutableElement setter = chooseSetter(members.setters, where);
      if (setter != null && !shapes.reachable(setter, "")) {
        throw new Unsupported(where, "has a setter that is not public", "bind it with databind");
      }
      JsonType readType = setter == null ? null : describe.describe(setter.getParameters().get(0).asType(), where);
      JsonType writeType = getter == null ? null : describe.describe(getter.getReturnType(), where);
      List<String> aliases = new ArrayList<>();
      for (ExecutableElement member : List.of(getter == null ? setter : getter, setter == null ? getter : setter)) {
        AwsEventRules.Kept kept = kept(member);
        if (kept != null && kept.alias() != null && !aliases.contains(kept.alias())) {
          aliases.add(kept.alias());
        }
        if (kept != null && kept.format() != null) {
          throw new Unsupported(where, "is written in a format of its own", "bind it with databind");
        }
      }
      properties.add(new BeanModel.Property(name, aliases, readType, -1,
          setter == null ? null : setter.getSimpleName().toString(), false,
          writeType, getter == null ? null : getter.getSimpleName().toString(), false, false));
    }
    if (properties.size() > BeanShapes.MAX_PROPERTIES) {
      throw new Unsupported(typeName, "has too many properties", "bind it with databind");
    }
    return new BeanModel(type, codec, creator, List.of(), properties, List.of(), false);
  }

  /** Of two getters of one property, databind takes {@code getX} over {@code isX}; more is not covered. */
  private static ExecutableElement chooseGetter(List<ExecutableElement> getters, String where) throws Unsupported {
    if (getters.size() <= 1) {
      return getters.isEmpty() ? null : getters.get(0);
    }
    List<ExecutableElement> gets = getters.stream().filter(m -> m.getSimpleName().toString().startsWith("get")).toList();
    if (gets.size() == 1) {
      return gets.get(0);
    }
    throw new Unsupported(where, "has more than one getter", "bind it with databind");
  }

  /**
   * Of overloaded setters of one property, databind takes the one whose parameter is a String
   * ({@code setEventName(String)} over {@code setEventName(OperationType)}); other overloads are not covered.
   */
  private static ExecutableElement chooseSetter(List<ExecutableElement> setters, String where) throws Unsupported {
    if (setters.size() <= 1) {
      return setters.isEmpty() ? null : setters.get(0);
    }
    List<ExecutableElement> strings = setters.stream()
        .filter(m -> m.getParameters().get(0).asType().toString().equals("java.lang.String")).toList();
    if (strings.size() == 1) {
      return strings.get(0);
    }
    throw new Unsupported(where, "has overloaded setters", "bind it with databind");
  }

  /** How the type of a member binds, in the event being described. */
  interface TypeDescriber {
    JsonType describe(TypeMirror type, String where) throws Unsupported;
  }

  /** The JSON name: the rules' name for the method, else the implicit one, capitalized where the event says. */
  private String jsonName(AwsEventRules.Event event, TypeElement type, String owner, ExecutableElement method,
      String implicit) {
    AwsEventRules.Kept kept = kept(method);
    if (kept != null) {
      return kept.json();
    }
    if (event != null) {
      for (Map.Entry<String, Map<String, String>> rule : event.names().entrySet()) {
        String json = rule.getValue().get(method.getSimpleName().toString());
        if (json != null && inherits(rule.getKey(), owner)) {
          return json;
        }
      }
      if (event.upperCamelCase() && !implicit.isEmpty()) {
        return Character.toUpperCase(implicit.charAt(0)) + implicit.substring(1);
      }
    }
    return implicit;
  }

  /** Whether the class {@code ruleClass} (binary name) is or extends {@code owner}, where the method is declared. */
  private boolean inherits(String ruleClass, String owner) {
    TypeElement rule = elements.getTypeElement(ruleClass.replace('$', '.'));
    for (TypeElement t = rule; t != null; t = superclass(t)) {
      if (elements.getBinaryName(t).contentEquals(owner)) {
        return true;
      }
    }
    return false;
  }

  private AwsEventRules.Kept kept(ExecutableElement method) {
    String owner = elements.getBinaryName((TypeElement) method.getEnclosingElement()).toString();
    var members = AwsEventRules.get().kept().get(owner);
    return members == null ? null : members.get(method.getSimpleName().toString());
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement next = (TypeElement) types.asElement(superclass);
    return next.getQualifiedName().contentEquals("java.lang.Object") ? null : next;
  }

  /** A public getter's implicit name by standard bean naming, or null. */
  private static String getter(ExecutableElement method) {
    if (!method.getModifiers().contains(Modifier.PUBLIC) || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID || !method.getTypeParameters().isEmpty()) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3) {
      return standardName(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return standardName(name.substring(2));
    }
    return null;
  }

  /** A setter's implicit name (one parameter, any visibility, any return type), or null. */
  private static String setter(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().size() != 1 || !name.startsWith("set") || name.length() == 3) {
      return null;
    }
    return standardName(name.substring(3));
  }

  /** Standard bean naming: "URL" stays "URL", "Url" becomes "url". */
  static String standardName(String rest) {
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
      return rest;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }
}
