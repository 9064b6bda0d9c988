package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @LambdaHandler} method against the signature and placement rules, reporting every
 * broken rule on the method. Rules that depend on the whole compilation (names, the table's package)
 * are checked later, by {@link HandlerNaming} and {@link AccessChecker}.
 */
public final class HandlerValidator {
  /** Abstract types that JSON binding still handles: jackson-databind picks the implementation. */
  private static final Set<String> NATURAL_ABSTRACT_TYPES = Set.of(
      "java.lang.Object",
      "java.util.Map",
      "java.util.List",
      "java.util.Collection",
      "java.util.Set",
      "java.lang.CharSequence",
      "java.lang.Number",
      Names.JSON_NODE);

  private final Types types;
  private final Elements elements;
  private final Reporter reporter;

  public HandlerValidator(Types types, Elements elements, Reporter reporter) {
    this.types = types;
    this.elements = elements;
    this.reporter = reporter;
  }

  /** Returns whether the method passes every rule; reports each one it breaks. */
  public boolean validate(ExecutableElement method) {
    int before = reporter.errorCount();
    String where = HandlerModel.describe(method);
    Set<Modifier> modifiers = method.getModifiers();
    boolean isStatic = modifiers.contains(Modifier.STATIC);
    TypeElement owner = (TypeElement) method.getEnclosingElement();

    checkParameters(method, where);
    if (elements.getPackageOf(method).isUnnamed()) {
      reporter.error(method, Message.UNNAMED_PACKAGE, where);
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      reporter.error(method, Message.PRIVATE_METHOD, where);
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      reporter.error(method, Message.ABSTRACT_METHOD, where);
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(method, Message.GENERIC_METHOD, where, typeParameters(method.getTypeParameters()));
    }
    // A class the table cannot reach has no constructor it can call either: one error says it all.
    boolean reachable = checkEnclosing(method, owner, where);
    if (reachable && !isStatic && !modifiers.contains(Modifier.ABSTRACT)) {
      checkInstantiable(method, owner, where);
    }
    return reporter.errorCount() == before;
  }

  private void checkParameters(ExecutableElement method, String where) {
    List<? extends VariableElement> params = method.getParameters();
    boolean streamForm = !params.isEmpty() && (is(params.get(0).asType(), Names.INPUT_STREAM)
        || params.stream().anyMatch(p -> is(p.asType(), Names.OUTPUT_STREAM)));
    if (streamForm) {
      boolean ok = (params.size() == 2 || params.size() == 3)
          && is(params.get(0).asType(), Names.INPUT_STREAM)
          && is(params.get(1).asType(), Names.OUTPUT_STREAM)
          && (params.size() == 2 || is(params.get(2).asType(), Names.CONTEXT));
      if (!ok) {
        reporter.error(method, Message.BAD_STREAM_PARAMETERS, where, parameterList(params));
      }
      return;
    }
    if (params.size() == 2 && is(params.get(0).asType(), Names.CONTEXT) && !is(params.get(1).asType(), Names.CONTEXT)) {
      reporter.error(method, Message.CONTEXT_FIRST, where, parameterList(params), params.get(1).asType());
      return;
    }
    if (params.isEmpty() || params.size() > 2 || is(params.get(0).asType(), Names.CONTEXT)) {
      reporter.error(method, Message.BAD_PARAMETERS, where, parameterList(params));
      return;
    }
    if (params.size() == 2 && !is(params.get(1).asType(), Names.CONTEXT)) {
      reporter.error(method, Message.SECOND_PARAMETER_NOT_CONTEXT, where, params.get(1).asType());
      return;
    }
    TypeMirror event = params.get(0).asType();
    String problem = unbindable(event);
    if (problem != null) {
      reporter.error(method, Message.UNBINDABLE_EVENT, where, event, problem);
    }
  }

  /** Says why JSON cannot be bound to {@code type}, or returns {@code null} when it can. */
  private String unbindable(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        return type + " is a type variable, which is erased at run time";
      case WILDCARD: {
        // List<?> and List<? extends Number> read as List<Object> and List<Number>; a lower bound
        // (? super Integer) names no type to create the elements as.
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          return "it contains the wildcard " + type + ", which names no type to create";
        }
        return wildcard.getExtendsBound() == null ? null : unbindable(wildcard.getExtendsBound());
      }
      case ARRAY:
        return unbindable(((ArrayType) type).getComponentType());
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (!NATURAL_ABSTRACT_TYPES.contains(name)) {
          if (element.getKind() == ElementKind.INTERFACE) {
            return name + " is an interface, and JSON binding cannot choose an implementation";
          }
          if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            return name + " is abstract, and JSON binding cannot choose a subclass";
          }
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          String problem = unbindable(argument);
          if (problem != null) {
            return problem;
          }
        }
        return null;
      }
      default:
        return null;
    }
  }

  /** Returns whether every class around the method can be reached; reports the first that cannot. */
  private boolean checkEnclosing(ExecutableElement method, TypeElement owner, String where) {
    for (Element e = owner; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement type = (TypeElement) e;
      NestingKind nesting = type.getNestingKind();
      String problem = null;
      if (nesting == NestingKind.LOCAL) {
        problem = "the local class " + type.getSimpleName();
      } else if (nesting == NestingKind.ANONYMOUS) {
        problem = "an anonymous class";
      } else if (type.getModifiers().contains(Modifier.PRIVATE)) {
        problem = "the private class " + type.getQualifiedName();
      } else if (nesting == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
          && type.getKind() == ElementKind.CLASS
          && type.getEnclosingElement().getKind().isClass()) {
        problem = "the inner (non-static) class " + type.getQualifiedName();
      }
      if (problem != null) {
        reporter.error(method, Message.ENCLOSING_NOT_ACCESSIBLE, where, problem);
        return false;
      }
    }
    return true;
  }

  private void checkInstantiable(ExecutableElement method, TypeElement owner, String where) {
    String problem = null;
    if (owner.getKind() == ElementKind.INTERFACE) {
      problem = owner.getQualifiedName() + " is an interface";
    } else if (owner.getKind() == ElementKind.ENUM) {
      problem = owner.getQualifiedName() + " is an enum";
    } else if (owner.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = owner.getQualifiedName() + " is abstract";
    } else if (noArgConstructor(owner) == null) {
      problem = owner.getQualifiedName() + " has no no-argument constructor";
    } else if (noArgConstructor(owner).getModifiers().contains(Modifier.PRIVATE)) {
      problem = owner.getQualifiedName() + " has a private no-argument constructor";
    }
    if (problem != null) {
      reporter.error(method, Message.NO_INSTANCE, where, problem);
      return;
    }
    if (!owner.getTypeParameters().isEmpty()) {
      reporter.error(method, Message.GENERIC_CLASS, where, typeParameters(owner.getTypeParameters()));
    }
  }

  public static ExecutableElement noArgConstructor(TypeElement owner) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        return constructor;
      }
    }
    return null;
  }

  private boolean is(TypeMirror type, String qualifiedName) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = elements.getTypeElement(qualifiedName);
    return element != null && types.isSameType(types.erasure(type), types.erasure(element.asType()));
  }

  private static String parameterList(List<? extends VariableElement> params) {
    return params.stream().map(p -> p.asType().toString()).collect(Collectors.joining(", "));
  }

  private static String typeParameters(List<? extends Element> parameters) {
    return parameters.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
  }
}
