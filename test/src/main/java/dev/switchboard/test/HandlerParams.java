package dev.switchboard.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Events and their expected responses for a {@code @ParameterizedTest}, as aws-lambda-java-tests'
 * {@code @HandlerParams}: the test runs once per pair, with the event and the response as its first
 * two arguments. Give either {@link #event()} and {@link #response()} (one pair), or
 * {@link #events()} and {@link #responses()} (as many events as responses, paired in order: by file
 * name for folders).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @HandlerParams(
 *     events = @Events(folder = "calculator/events"),
 *     responses = @Responses(folder = "calculator/responses"))
 * void answers(String event, String response, LambdaInvoker lambda) {
 *   lambda.invoke("calculator", event).assertJson(response);
 * }
 * }</pre>
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(HandlerParamsArgumentsProvider.class)
public @interface HandlerParams {
  /** The one event; with {@link #response()}. */
  Event event() default @Event("");

  /** The one expected response; with {@link #event()}. */
  Response response() default @Response("");

  /** The events; with {@link #responses()}. */
  Events events() default @Events;

  /** The expected responses, one per event; with {@link #events()}. */
  Responses responses() default @Responses;
}
