package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns each element annotated with {@code @LambdaHandler} into a {@link HandlerSite}: a method is its
 * own handler; a class that implements AWS's {@code RequestHandler} or {@code RequestStreamHandler}
 * marks the {@code handleRequest} that implements the interface, its own or inherited (never a bridge:
 * javac shows processors no synthetic method), typed with the type arguments its hierarchy gives.
 */
public final class HandlerFinder {
  private static final String HANDLE_REQUEST = "handleRequest";

  private final Types types;
  private final Elements elements;
  private final Reporter reporter;

  public HandlerFinder(Types types, Elements elements, Reporter reporter) {
    this.types = types;
    this.elements = elements;
    this.reporter = reporter;
  }

  /** The handler of an annotated method. */
  public HandlerSite ofMethod(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return new HandlerSite(method, owner, method, (ExecutableType) method.asType(),
        awsInterfaceMethod(owner, method) != null);
  }

  /**
   * The handler an annotated class marks, its {@code handleRequest}; {@code null} after reporting why it
   * has none (SB030, SB031, SB032).
   */
  public HandlerSite ofClass(TypeElement type) {
    TypeElement requestHandler = elements.getTypeElement(Names.AWS_REQUEST_HANDLER);
    TypeElement streamHandler = elements.getTypeElement(Names.AWS_REQUEST_STREAM_HANDLER);
    boolean isClass = type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
    boolean request = isClass && implementsInterface(type, requestHandler);
    boolean stream = isClass && implementsInterface(type, streamHandler);
    String name = type.getQualifiedName().toString();
    if (!request && !stream) {
      String found = isClass ? name + " implements neither"
          : name + " is " + kind(type.getKind()) + ", not a class";
      reporter.error(type, Message.CLASS_NOT_AWS_HANDLER, found);
      return null;
    }
    if (request && stream) {
      reporter.error(type, Message.CLASS_BOTH_AWS_HANDLERS, name);
      return null;
    }
    ExecutableElement declared = interfaceMethod(request ? requestHandler : streamHandler);
    ExecutableElement method = implementation(type, declared);
    if (method.getEnclosingElement().equals(type) && Reporter.handlerAnnotation(method) != null) {
      reporter.error(type, Message.CLASS_AND_METHOD_ANNOTATED, name, name);
      return null;
    }
    ExecutableType memberType = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
    return new HandlerSite(method, type, type, memberType, true);
  }

  /**
   * The interface method of AWS's {@code RequestHandler} or {@code RequestStreamHandler} that
   * {@code method} implements in {@code owner}, or {@code null} when it implements neither.
   */
  private ExecutableElement awsInterfaceMethod(TypeElement owner, ExecutableElement method) {
    if (!method.getSimpleName().contentEquals(HANDLE_REQUEST)) {
      return null;
    }
    for (String name : new String[] {Names.AWS_REQUEST_HANDLER, Names.AWS_REQUEST_STREAM_HANDLER}) {
      TypeElement iface = elements.getTypeElement(name);
      if (iface != null && implementsInterface(owner, iface)) {
        ExecutableElement declared = interfaceMethod(iface);
        if (declared != null && (method.equals(declared) || elements.overrides(method, declared, owner))) {
          return declared;
        }
      }
    }
    return null;
  }

  /**
   * The method of {@code type} that implements {@code declared}: the most specific one among its own
   * and inherited members, or {@code declared} itself when none does (an abstract class, which the
   * validator reports).
   */
  private ExecutableElement implementation(TypeElement type, ExecutableElement declared) {
    for (ExecutableElement member : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (member.getSimpleName().contentEquals(HANDLE_REQUEST) && !member.equals(declared)
          && elements.overrides(member, declared, type)) {
        return member;
      }
    }
    return declared;
  }

  private boolean implementsInterface(TypeElement type, TypeElement iface) {
    return iface != null && types.isSubtype(types.erasure(type.asType()), types.erasure(iface.asType()));
  }

  private static ExecutableElement interfaceMethod(TypeElement iface) {
    for (ExecutableElement method : ElementFilter.methodsIn(iface.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(HANDLE_REQUEST)) {
        return method;
      }
    }
    throw new IllegalStateException(iface + " declares no " + HANDLE_REQUEST);
  }

  private static String kind(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
