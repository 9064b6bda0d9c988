package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Invokes the handler with batches of messages from an SQS queue (a SAM {@code SQS} event). A handler
 * that returns AWS's {@code SQSBatchResponse} gets {@code FunctionResponseTypes:
 * [ReportBatchItemFailures]}, so that only the failed messages return to the queue.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SqsTrigger {
  /**
   * The queue: an ARN ({@code arn:aws:sqs:...}), written as is, or the logical ID of a queue of the
   * template, written as {@code !GetAtt Id.Arn}.
   */
  String queue();

  /** The most messages in one batch, 1 to 10000. */
  int batchSize() default 10;

  /** The most seconds, 0 to 300, to wait while a batch fills ({@code MaximumBatchingWindowInSeconds}). */
  int batchingWindow() default 0;
}
