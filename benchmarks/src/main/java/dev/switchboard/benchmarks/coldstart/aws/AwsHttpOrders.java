package dev.switchboard.benchmarks.coldstart.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's API Gateway HTTP API (payload 2.0) handler on AWS's runtime interface client: the
 * same logic, line for line, as {@code coldstart.switchboard.EventHandlers.http}. It reads the path, a
 * path parameter, the query, a header and the cookies, decodes the body, and answers with a JSON body.
 */
public class AwsHttpOrders implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
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
