package dev.switchboard.test;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The expected response of {@link HandlerParams#response()} or an element of
 * {@link Responses#responses()}, as aws-lambda-java-tests' {@code @Response}.
 */
@Documented
@Target({})
@Retention(RetentionPolicy.RUNTIME)
public @interface Response {
  /** The JSON file, found as {@link Event#value()} is. */
  String value();

  /**
   * What the test receives: {@code Void.class} (the default), the file's text, ready for
   * {@link InvocationResult#assertJson(String)}; any other type, the JSON bound to it, as
   * {@link Event#type()}.
   */
  Class<?> type() default Void.class;
}
