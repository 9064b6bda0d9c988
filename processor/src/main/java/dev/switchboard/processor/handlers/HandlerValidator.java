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
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one handler (an annotated method, or the {@code handleRequest} an annotated class marks) against the signature and placement rules, reporting every
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

  /** Returns whether the handler passes every rule; reports each one it breaks on its annotated element. */
  public boolean validate(HandlerSite site) {
    int before = reporter.errorCount();
    ExecutableElement method = site.method();
    Element at = site.annotated();
    String where = site.describe();
    Set<Modifier> modifiers = method.getModifiers();
    boolean isStatic = modifiers.contains(Modifier.STATIC);
    TypeElement owner = site.owner();

    checkParameters(site, where);
    if (elements.getPackageOf(owner).isUnnamed()) {
      reporter.error(at, Message.UNNAMED_PACKAGE, where);
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      reporter.error(at, Message.PRIVATE_METHOD, where);
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      reporter.error(at, Message.ABSTRACT_METHOD, where);
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(at, Message.GENERIC_METHOD, where, typeParameters(method.getTypeParameters()));
    }
    // A class the table cannot reach has no constructor it can call either: one error says it all.
    boolean reachable = checkEnclosing(at, owner, where);
    if (reachable && !isStatic && !modifiers.contains(Modifier.ABSTRACT)) {
      checkInstantiable(at, owner, where);
    }
    return reporter.errorCount() == before;
  }

  /** Whether {@code type} is a Context the runtime passes: Switchboard's or AWS's. */
  public boolean isContext(TypeMirror type) {
    return is(type, Names.CONTEXT) || is(type, Names.AWS_CONTEXT);
  }

  /** Whether {@code type} is AWS's Context, which the table passes as an adapter over Switchboard's. */
  public boolean isAwsContext(TypeMirror type) {
    return is(type, Names.AWS_CONTEXT);
  }

  private void checkParameters(HandlerSite site, String where) {
    Element at = site.annotated();
    List<? extends TypeMirror> params = site.type().getParameterTypes();
    if (params.stream().anyMatch(this::isResponseStream)) {
      checkStreaming(site, where, params);
      return;
    }
    boolean streamForm = !params.isEmpty() && (is(params.get(0), Names.INPUT_STREAM)
        || params.stream().anyMatch(p -> is(p, Names.OUTPUT_STREAM)));
    if (streamForm) {
      boolean ok = (params.size() == 2 || params.size() == 3)
          && is(params.get(0), Names.INPUT_STREAM)
          && is(params.get(1), Names.OUTPUT_STREAM)
          && (params.size() == 2 || isContext(params.get(2)));
      if (!ok) {
        reporter.error(at, Message.BAD_STREAM_PARAMETERS, where, parameterList(params), streamFix(params));
      }
      return;
    }
    if (params.size() == 2 && isContext(params.get(0)) && !isContext(params.get(1))) {
      reporter.error(at, Message.CONTEXT_FIRST, where, parameterList(params), params.get(1));
      return;
    }
    if (params.isEmpty() || params.size() > 2 || isContext(params.get(0))) {
      reporter.error(at, Message.BAD_PARAMETERS, where, parameterList(params));
      return;
    }
    if (params.size() == 2 && !isContext(params.get(1))) {
      reporter.error(at, Message.SECOND_PARAMETER_NOT_CONTEXT, where, params.get(1));
      return;
    }
    TypeMirror event = params.get(0);
    String problem = unbindable(event);
    if (problem != null) {
      reportUnbindable(at, where, event, problem);
    }
  }

  /** SB009, with the fix for a polymorphic type when the event is one. */
  private void reportUnbindable(Element at, String where, TypeMirror event, String problem) {
    String polymorphic = polymorphic(event);
    reporter.error(at, Message.UNBINDABLE_EVENT, where, event,
        polymorphic != null ? polymorphic : problem, polymorphic != null ? POLYMORPHIC_FIX : BINDABLE_FIX);
  }

  private static final String BINDABLE_FIX = "Use a concrete class or record, Object, Map<String, Object>,"
      + " List<...>, String, a boxed number or JsonNode; a type argument may be a type, '?' or"
      + " '? extends T', never '? super T'";

  private static final String POLYMORPHIC_FIX = "Switchboard binds no polymorphic event (neither sealed"
      + " types nor @JsonTypeInfo/@JsonSubTypes). Instead, give each concrete type a handler of its own"
      + " that takes that record or class; or take JsonNode (or Map<String, Object>), read the type"
      + " property, and build the concrete type from it";

  /**
   * What makes the event an interface or abstract class that stands for several types: sealed, or
   * annotated for Jackson's polymorphic binding; {@code null} for any other type.
   */
  private static String polymorphic(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (NATURAL_ABSTRACT_TYPES.contains(name)
        || element.getKind() != ElementKind.INTERFACE && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      return null;
    }
    for (javax.lang.model.element.AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String annotation = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (annotation.equals("com.fasterxml.jackson.annotation.JsonTypeInfo")
          || annotation.equals("com.fasterxml.jackson.annotation.JsonSubTypes")) {
        return name + " is a polymorphic type (@" + annotation.substring(annotation.lastIndexOf('.') + 1)
            + "), which JSON binding would have to choose an implementation of";
      }
    }
    if (element.getModifiers().contains(Modifier.SEALED)) {
      return name + " is a sealed " + (element.getKind() == ElementKind.INTERFACE ? "interface" : "class")
          + ", a polymorphic type, which JSON binding would have to choose an implementation of";
    }
    return null;
  }

  /** The fix for stream parameters, by what is wrong with them. */
  private String streamFix(List<? extends TypeMirror> params) {
    boolean streamsRight = params.size() >= 2 && is(params.get(0), Names.INPUT_STREAM)
        && is(params.get(1), Names.OUTPUT_STREAM);
    if (streamsRight && params.size() == 3) {
      return "Its first two parameters are right; the third must be the Context, not " + params.get(2)
          + ": declare it as 'Context context' (either one), or remove it";
    }
    if (streamsRight) {
      return "Its first two parameters are right; remove the parameters after them, except a Context"
          + " third";
    }
    return "Declare the parameters as java.io.InputStream, java.io.OutputStream and, if it takes one,"
        + " either Context";
  }

  /**
   * The streaming forms: {@code (E event, ResponseStream out[, Context])} and {@code (InputStream in,
   * ResponseStream out[, Context])}, returning void.
   */
  private void checkStreaming(HandlerSite site, String where, List<? extends TypeMirror> params) {
    Element at = site.annotated();
    TypeMirror returnType = site.type().getReturnType();
    if (returnType.getKind() != TypeKind.VOID) {
      reporter.error(at, Message.STREAMING_RETURNS_VALUE, where, returnType);
    }
    boolean ok = (params.size() == 2 || params.size() == 3)
        && is(params.get(1), Names.RESPONSE_STREAM)
        && !isContext(params.get(0)) && !isResponseStream(params.get(0)) && !is(params.get(0), Names.OUTPUT_STREAM)
        && (params.size() == 2 || isContext(params.get(2)));
    if (!ok) {
      reporter.error(at, Message.BAD_STREAMING_PARAMETERS, where, parameterList(params));
      return;
    }
    if (is(params.get(0), Names.INPUT_STREAM)) {
      return;
    }
    String problem = unbindable(params.get(0));
    if (problem != null) {
      reportUnbindable(at, where, params.get(0), problem);
    }
  }

  /** Whether {@code type} is {@code ResponseStream} or a subclass of it. */
  private boolean isResponseStream(TypeMirror type) {
    TypeElement element = elements.getTypeElement(Names.RESPONSE_STREAM);
    return type.getKind() == TypeKind.DECLARED && element != null
        && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
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
  private boolean checkEnclosing(Element at, TypeElement owner, String where) {
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
        reporter.error(at, Message.ENCLOSING_NOT_ACCESSIBLE, where, problem);
        return false;
      }
    }
    return true;
  }

  private void checkInstantiable(Element at, TypeElement owner, String where) {
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
      reporter.error(at, Message.NO_INSTANCE, where, problem);
      return;
    }
    if (!owner.getTypeParameters().isEmpty()) {
      reporter.error(at, Message.GENERIC_CLASS, where, typeParameters(owner.getTypeParameters()));
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

  private static String parameterList(List<? extends TypeMirror> params) {
    return params.stream().map(TypeMirror::toString).collect(Collectors.joining(", "));
  }

  private static String typeParameters(List<? extends Element> parameters) {
    return parameters.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
  }
}
