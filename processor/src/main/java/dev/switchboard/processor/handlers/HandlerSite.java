package dev.switchboard.processor.handlers;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;

/**
 * A handler as found, before it is checked: the method, the class the table creates and calls it
 * through, and the element that carries {@code @LambdaHandler}, where its messages go. For an annotated
 * method these are the method and its class; for an annotated class that implements AWS's
 * {@code RequestHandler} or {@code RequestStreamHandler}, the class and its {@code handleRequest}, which
 * it may inherit.
 *
 * @param method the handler method, declared in {@code owner} or inherited by it
 * @param owner the class the table creates (for an instance method) and calls the method through
 * @param annotated the element annotated with {@code @LambdaHandler}: {@code method} or {@code owner}
 * @param type the method's type as a member of {@code owner}, with the type arguments of its
 *     superclasses and interfaces filled in ({@code RequestHandler<Order, Receipt>} gives
 *     {@code handleRequest(Order, Context)})
 * @param implementsAws whether the method is {@code owner}'s implementation of AWS's
 *     {@code handleRequest}, for which the runtime also takes the class's name alone
 */
public record HandlerSite(
    ExecutableElement method, TypeElement owner, Element annotated, ExecutableType type, boolean implementsAws) {

  /** The handler as messages name it: {@code com.example.Orders.create}. */
  public String describe() {
    return owner.getQualifiedName() + "." + method.getSimpleName();
  }
}
