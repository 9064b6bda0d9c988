package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Invokes the handler for each message published to an SNS topic (a SAM {@code SNS} event). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SnsTrigger {
  /**
   * The topic: an ARN ({@code arn:aws:sns:...}), written as is, or the logical ID of a topic of the
   * template, written as {@code !Ref Id} (a topic's {@code Ref} is its ARN).
   */
  String topic();
}
