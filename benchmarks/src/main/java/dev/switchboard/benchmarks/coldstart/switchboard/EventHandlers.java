package dev.switchboard.benchmarks.coldstart.switchboard;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cold-start benchmark's handlers of aws-lambda-java-events classes on Switchboard. The logic is
 * the same, line for line, as that of {@code coldstart.aws.AwsSqsOrders}, {@code AwsRestOrders} and
 * {@code AwsHttpOrders} on AWS's client.
 */
public class EventHandlers {
  /** An SQS consumer with partial batch failure: reads each message's body and attributes. */
  @LambdaHandler("bench-sqs")
  public SQSBatchResponse sqs(SQSEvent event, Context context) {
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

  /** An API Gateway REST API (payload 1.0) handler: reads path, query and a header; answers JSON. */
  @LambdaHandler("bench-rest")
  public APIGatewayProxyResponseEvent rest(APIGatewayProxyRequestEvent event, Context context) {
    Map<String, String> path = event.getPathParameters();
    Map<String, String> query = event.getQueryStringParameters();
    String orderId = path == null ? null : path.get("orderId");
    String lang = query == null ? null : query.get("lang");
    String correlationId = event.getHeaders() == null ? null : event.getHeaders().get("X-Correlation-Id");
    String body = event.getBody() == null ? "" : event.getBody();
    if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    context.getLogger().log(event.getHttpMethod() + " " + event.getPath() + " from "
        + event.getRequestContext().getIdentity().getSourceIp() + ", correlation " + correlationId);
    Map<String, String> headers = new HashMap<>();
    headers.put("Content-Type", "application/json");
    if (correlationId != null) {
      headers.put("X-Correlation-Id", correlationId);
    }
    if (orderId == null) {
      return new APIGatewayProxyResponseEvent().withStatusCode(400).withHeaders(headers)
          .withBody("{\"message\":\"no order\"}");
    }
    return new APIGatewayProxyResponseEvent().withStatusCode(201).withHeaders(headers)
        .withBody("{\"orderId\":\"" + orderId + "\",\"lang\":\"" + lang + "\",\"itemChars\":" + body.length()
            + ",\"requestId\":\"" + event.getRequestContext().getRequestId() + "\"}");
  }

  /** An API Gateway HTTP API (payload 2.0) handler: reads path, query, a header, cookies; answers JSON. */
  @LambdaHandler("bench-http")
  public APIGatewayV2HTTPResponse http(APIGatewayV2HTTPEvent event, Context context) {
    Map<String, String> path = event.getPathParameters();
    Map<String, String> query = event.getQueryStringParameters();
    String orderId = path == null ? null : path.get("orderId");
    String lang = query == null ? null : query.get("lang");
    String correlationId = event.getHeaders() == null ? null : event.getHeaders().get("x-correlation-id");
    int cookies = event.getCookies() == null ? 0 : event.getCookies().size();
    String body = event.getBody() == null ? "" : event.getBody();
    if (event.getIsBase64Encoded()) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    APIGatewayV2HTTPEvent.RequestContext.Http http = event.getRequestContext().getHttp();
    context.getLogger().log(http.getMethod() + " " + event.getRawPath() + " from " + http.getSourceIp()
        + ", correlation " + correlationId + ", " + cookies + " cookies");
    Map<String, String> headers = new HashMap<>();
    headers.put("content-type", "application/json");
    if (correlationId != null) {
      headers.put("x-correlation-id", correlationId);
    }
    if (orderId == null) {
      return APIGatewayV2HTTPResponse.builder().withStatusCode(400).withHeaders(headers)
          .withBody("{\"message\":\"no order\"}").build();
    }
    return APIGatewayV2HTTPResponse.builder().withStatusCode(201).withHeaders(headers)
        .withBody("{\"orderId\":\"" + orderId + "\",\"lang\":\"" + lang + "\",\"itemChars\":" + body.length()
            + ",\"requestId\":\"" + event.getRequestContext().getRequestId() + "\"}")
        .build();
  }
}
