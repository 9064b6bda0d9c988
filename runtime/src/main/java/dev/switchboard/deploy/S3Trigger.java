package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Invokes the handler for notifications of an S3 bucket (a SAM {@code S3} event). SAM requires the
 * bucket to be a resource of the same template, so it is given by its logical ID, never an ARN.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface S3Trigger {
  /** The logical ID of the bucket in the template (letters and digits). */
  String bucket();

  /** The S3 event types that notify the handler. */
  String[] events() default {"s3:ObjectCreated:*"};
}
