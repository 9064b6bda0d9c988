package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Invokes the handler with batches of records from a DynamoDB table's stream (a SAM {@code DynamoDB} event). A handler
 * that returns AWS's {@code StreamsEventResponse} gets {@code FunctionResponseTypes:
 * [ReportBatchItemFailures]}, so that a batch is retried from the first failed record.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DynamoDbTrigger {
  /**
   * The stream: an ARN ({@code arn:aws:dynamodb:...:table/T/stream/...}), written as is, or a logical ID, written as
   * {@code !GetAtt Id.StreamArn}, the stream of a table of the template (with a {@code StreamSpecification}).
   */
  String stream();

  /** Where reading starts: {@code LATEST} or {@code TRIM_HORIZON}. */
  String startingPosition() default "LATEST";

  /** The most records in one batch, 1 to 10000. */
  int batchSize() default 100;
}
