package dev.switchboard.benchmarks.coldstart.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's SQS consumer on AWS's runtime interface client: the same logic, line for line, as
 * {@code coldstart.switchboard.EventHandlers.sqs}. It reads each message's body and attributes, logs a
 * line per message, and reports the messages it cannot process (partial batch failure).
 */
public class AwsSqsOrders implements RequestHandler<SQSEvent, SQSBatchResponse> {
  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      String body = message.getBody();
      SQSEvent.MessageAttribute type = message.getMessageAttributes().get("eventType");
      String receiveCount = message.getAttributes().get("ApproximateReceiveCount");
      if (body == null || !body.contains("\"orderId\"") || type == null) {
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        continue;
      }
      context.getLogger().log(type.getStringValue() + " " + message.getMessageId() + " from "
          + message.getEventSourceArn() + ", received " + receiveCount + " times, " + body.length() + " chars");
    }
    return new SQSBatchResponse(failures);
  }
}
