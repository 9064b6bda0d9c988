package dev.switchboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a Lambda handler. The Switchboard annotation processor checks its signature at
 * compile time and adds it to the generated dispatch table, where the runtime finds it by name.
 *
 * <p>Accepted signatures, static or instance, with any return type ({@code void} included):
 * {@code (E event, Context context)}, {@code (E event)},
 * {@code (InputStream in, OutputStream out, Context context)} and {@code (InputStream in, OutputStream out)}.
 * The Context is Switchboard's {@link Context} or AWS's {@code com.amazonaws.services.lambda.runtime.Context}
 * (aws-lambda-java-core 1.2.3 or later).
 *
 * <p>On a class that implements AWS's {@code RequestHandler} or {@code RequestStreamHandler}, it marks
 * the class's {@code handleRequest} method, its own or inherited, so a handler written for AWS's Java
 * runtime needs no other change. Its default name is {@code pkg.Class::handleRequest}, and the runtime
 * also takes {@code pkg.Class} for it, as AWS's runtime does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LambdaHandler {
  /**
   * The handler name: 1 to 128 characters, no whitespace. When empty (the default) the name is
   * Lambda's Java handler string for the method, {@code fully.qualified.Class::method}, so function
   * configurations written for AWS's Java runtime keep working.
   */
  String value() default "";
}
