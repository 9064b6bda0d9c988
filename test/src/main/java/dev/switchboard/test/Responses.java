package dev.switchboard.test;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The expected responses of {@link HandlerParams#responses()}, as aws-lambda-java-tests'
 * {@code @Responses}: every file of a folder, in name order, or the {@link Response}s listed.
 */
@Documented
@Target({})
@Retention(RetentionPolicy.RUNTIME)
public @interface Responses {
  /** A folder of JSON files, found as {@link Events#folder()} is. Not with {@link #responses()}. */
  String folder() default "";

  /** What the test receives for each response, as {@link Response#type()}. */
  Class<?> type() default Void.class;

  /** The responses, one by one. Not with {@link #folder()}. */
  Response[] responses() default {};
}
