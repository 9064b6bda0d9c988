package dev.switchboard.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Several events for a {@code @ParameterizedTest}, as aws-lambda-java-tests' {@code @Events}: every
 * file of a folder, in name order, or the {@link Event}s listed; the test runs once per event, with
 * the event as its first argument, and is named after the file.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @Events(folder = "events/orders", type = Order.class)
 * void everyOrderHasItems(Order order) { ... }
 *
 * @ParameterizedTest
 * @Events(events = {@Event("events/a.json"), @Event("events/b.json")})
 * void runs(String event, LambdaInvoker lambda) { ... }
 * }</pre>
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(EventsArgumentsProvider.class)
public @interface Events {
  /**
   * A folder of JSON files: a class-path folder (such as one of {@code src/test/resources}), or else
   * a directory relative to the working directory. Every regular file in it is an event. Not with
   * {@link #events()}.
   */
  String folder() default "";

  /**
   * What the test receives for each event, as {@link Event#type()}; an {@link Event} of
   * {@link #events()} with a type of its own keeps it.
   */
  Class<?> type() default Void.class;

  /** The events, one by one. Not with {@link #folder()}. */
  Event[] events() default {};
}
