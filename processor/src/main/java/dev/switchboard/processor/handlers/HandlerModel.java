package dev.switchboard.processor.handlers;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One valid handler, described as the writers need it.
 *
 * @param name the handler name
 * @param method the handler method
 * @param owner the class the table creates and calls the method through (the originating element): the
 *     method's class, or the annotated class that inherits it
 * @param isStatic whether the method is static
 * @param stream whether it is a stream handler (InputStream, OutputStream)
 * @param streaming whether it is a streaming handler, one that writes to a {@code ResponseStream}
 * @param takesContext whether it takes a Context
 * @param awsContext whether that Context is AWS's, which the table passes as an adapter
 * @param eventType the event type; {@code null} for a stream handler and for a streaming handler that
 *     takes an {@code InputStream}
 * @param returnType the declared return type
 * @param eventCodec how the event is read; {@code null} where {@code eventType} is
 * @param resultCodec how the result is written; {@code null} for stream and streaming handlers
 * @param classAlias the binary name of {@code owner} when the runtime also takes it for this handler (a
 *     {@code RequestHandler} or {@code RequestStreamHandler} handler named {@code Class::handleRequest}),
 *     else {@code null}
 * @param deployment the function's settings and event sources, from {@code dev.switchboard.deploy}
 */
public record HandlerModel(
    String name,
    ExecutableElement method,
    TypeElement owner,
    boolean isStatic,
    boolean stream,
    boolean streaming,
    boolean takesContext,
    boolean awsContext,
    TypeMirror eventType,
    TypeMirror returnType,
    CodecModel eventCodec,
    CodecModel resultCodec,
    String classAlias,
    Deployment deployment) {

  /** The handler as messages name it: {@code com.example.Orders.create}. */
  public String describe() {
    return owner.getQualifiedName() + "." + method.getSimpleName();
  }

  /** The binary name of the declaring class, as {@code Class.getName()} gives it. */
  public String ownerBinaryName(javax.lang.model.util.Elements elements) {
    return elements.getBinaryName(owner).toString();
  }

  public String kind() {
    return stream ? "stream" : streaming ? "streaming" : "object";
  }

  /** Whether the table binds the event with a codec: object handlers, and streaming ones that take no InputStream. */
  public boolean bindsEvent() {
    return eventCodec != null;
  }
}
