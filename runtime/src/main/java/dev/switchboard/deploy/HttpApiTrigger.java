package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Invokes the handler for one route of the template's HTTP API (a SAM {@code HttpApi} event). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HttpApiTrigger {
  /** The HTTP method: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, or ANY for all of them. */
  String method();

  /** The route's path, starting with {@code /}; {@code {name}} is a path parameter. */
  String path();
}
