package dev.switchboard.examples.aws;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.SqsTrigger;
import java.util.ArrayList;
import java.util.List;

/**
 * An SQS consumer with partial batch failure: it reports the messages it could not process, so SQS
 * deletes the others and delivers only those again (the event source mapping needs
 * {@code FunctionResponseTypes: [ReportBatchItemFailures]}).
 */
public class OrderQueue {
  @LambdaHandler("sqs-orders")
  @SqsTrigger(queue = "OrderQueue", batchSize = 10, batchingWindow = 5)
  public SQSBatchResponse handle(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      String body = message.getBody();
      if (body == null || !body.startsWith("{")) {
        context.getLogger().log("cannot process message " + message.getMessageId() + ": not an order");
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        continue;
      }
      SQSEvent.MessageAttribute priority = message.getMessageAttributes().get("priority");
      context.getLogger().log("order message " + message.getMessageId() + " from " + message.getEventSourceArn()
          + (priority == null ? "" : " priority " + priority.getStringValue()));
    }
    return new SQSBatchResponse(failures);
  }
}
