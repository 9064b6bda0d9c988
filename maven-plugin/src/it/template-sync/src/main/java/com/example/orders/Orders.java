package com.example.orders;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.DynamoDbTrigger;
import dev.switchboard.deploy.FunctionConfig;
import dev.switchboard.deploy.HttpApiTrigger;
import dev.switchboard.deploy.S3Trigger;
import dev.switchboard.deploy.ScheduleTrigger;
import dev.switchboard.deploy.SnsTrigger;
import dev.switchboard.deploy.SqsTrigger;
import java.util.List;
import java.util.Map;

/** Handlers with every kind of event source the template goal writes. */
public class Orders {
  @LambdaHandler("orders-get")
  @FunctionConfig(memory = 1024, timeout = 10, architecture = FunctionConfig.Architecture.ARM64)
  @HttpApiTrigger(method = "GET", path = "/orders/{id}")
  public Map<String, Object> get(Map<String, Object> event) {
    return event;
  }

  @LambdaHandler("orders-queue")
  @SqsTrigger(queue = "OrdersQueue", batchSize = 5)
  public SQSBatchResponse queue(SQSEvent event) {
    return new SQSBatchResponse(List.of());
  }

  @LambdaHandler("orders-stream")
  @DynamoDbTrigger(stream = "OrdersTable", startingPosition = "TRIM_HORIZON")
  public StreamsEventResponse stream(DynamodbEvent event) {
    return new StreamsEventResponse();
  }

  @LambdaHandler("nightly")
  @ScheduleTrigger("cron(0 2 * * ? *)")
  @SnsTrigger(topic = "arn:aws:sns:eu-west-1:123456789012:alerts")
  public void nightly(ScheduledEvent event) {}

  @LambdaHandler("uploads")
  @S3Trigger(bucket = "Uploads")
  public void uploads(Map<String, Object> event) {}
}
