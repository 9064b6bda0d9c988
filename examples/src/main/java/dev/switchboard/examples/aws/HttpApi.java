package dev.switchboard.examples.aws;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.HttpApiTrigger;
import java.util.Map;

/** An API Gateway HTTP API (payload format 2.0) handler: greets the caller named in the path or query. */
public class HttpApi {
  @LambdaHandler("http-greet")
  @HttpApiTrigger(method = "GET", path = "/hello/{name}")
  public APIGatewayV2HTTPResponse greet(APIGatewayV2HTTPEvent event, Context context) {
    APIGatewayV2HTTPEvent.RequestContext.Http http = event.getRequestContext().getHttp();
    Map<String, String> query = event.getQueryStringParameters();
    String name = event.getPathParameters() != null ? event.getPathParameters().get("name") : null;
    if (name == null && query != null) {
      name = query.get("name");
    }
    context.getLogger().log(http.getMethod() + " " + http.getPath() + " from " + http.getSourceIp());
    if (name == null) {
      return APIGatewayV2HTTPResponse.builder()
          .withStatusCode(400)
          .withHeaders(Map.of("content-type", "application/json"))
          .withBody("{\"message\":\"say who to greet: /hello/{name} or ?name=\"}")
          .build();
    }
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(200)
        .withHeaders(Map.of("content-type", "application/json"))
        .withBody("{\"message\":\"Hello " + name + "!\",\"route\":\"" + event.getRouteKey() + "\"}")
        .build();
  }
}
