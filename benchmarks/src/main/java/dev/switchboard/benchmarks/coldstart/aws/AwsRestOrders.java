package dev.switchboard.benchmarks.coldstart.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's API Gateway REST API (proxy integration, payload 1.0) handler on AWS's runtime
 * interface client: the same logic, line for line, as {@code coldstart.switchboard.EventHandlers.rest}.
 * It reads the path, a path parameter, the query and a header, decodes the body, and answers with a
 * JSON body.
 */
public class AwsRestOrders implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
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
}
