package dev.switchboard.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * One event for a {@code @ParameterizedTest}, from a JSON file, as aws-lambda-java-tests'
 * {@code @Event}: the test runs once, with the event as its first argument.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @Event("events/hello.json")
 * void greets(String event, LambdaInvoker lambda) {
 *   assertTrue(lambda.invoke("hello", event).logs().contains("Hello"));
 * }
 * }</pre>
 *
 * <p>Also an element of {@link Events#events()} and {@link HandlerParams#event()}.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(EventArgumentsProvider.class)
public @interface Event {
  /**
   * The JSON file: a class-path resource (such as a file of {@code src/test/resources}), or else a
   * file relative to the working directory.
   */
  String value();

  /**
   * What the test receives: {@code Void.class} (the default), the file's text as a {@code String},
   * ready for {@link LambdaInvoker#invoke(String, String)}; any other type, the JSON bound to it as
   * the runtime binds it with jackson-databind (AWS's event classes, such as {@code SQSEvent}, by
   * AWS's rules; records; POJOs).
   */
  Class<?> type() default Void.class;
}
