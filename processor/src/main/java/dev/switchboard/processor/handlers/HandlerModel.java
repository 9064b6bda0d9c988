package dev.switchboard.processor.handlers;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One valid handler, described as the writers need it.
 *
 * @param name the handler name
 * @param method the annotated method
 * @param owner the class that declares it (the originating element)
 * @param isStatic whether the method is static
 * @param stream whether it is a stream handler (InputStream, OutputStream)
 * @param takesContext whether it takes a Context
 * @param eventType the event type; {@code null} for a stream handler
 * @param returnType the declared return type
 * @param eventCodec how the event is read; {@code null} for a stream handler
 * @param resultCodec how the result is written; {@code null} for a stream handler
 */
public record HandlerModel(
    String name,
    ExecutableElement method,
    TypeElement owner,
    boolean isStatic,
    boolean stream,
    boolean takesContext,
    TypeMirror eventType,
    TypeMirror returnType,
    CodecModel eventCodec,
    CodecModel resultCodec) {

  /** The method as messages name it: {@code com.example.Orders.create}. */
  public static String describe(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "." + method.getSimpleName();
  }

  /** The binary name of the declaring class, as {@code Class.getName()} gives it. */
  public String ownerBinaryName(javax.lang.model.util.Elements elements) {
    return elements.getBinaryName(owner).toString();
  }

  public String kind() {
    return stream ? "stream" : "object";
  }
}
