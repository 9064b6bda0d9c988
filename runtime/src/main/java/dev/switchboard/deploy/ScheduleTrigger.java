package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Invokes the handler on a schedule (a SAM {@code Schedule} event, an EventBridge rule). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ScheduleTrigger {
  /** The schedule expression: {@code rate(5 minutes)} or {@code cron(0 12 * * ? *)}. */
  String value();
}
