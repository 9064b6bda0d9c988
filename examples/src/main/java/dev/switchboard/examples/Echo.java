package dev.switchboard.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.HttpApiTrigger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Returns the event as the body of an API Gateway response. Its name is the default one. */
public class Echo {
  @LambdaHandler
  @HttpApiTrigger(method = "POST", path = "/echo")
  public Map<String, Object> handle(JsonNode event) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", 200);
    response.put("body", event == null ? "null" : event.toString());
    return response;
  }
}
