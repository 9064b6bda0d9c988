package dev.switchboard.examples;

import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.HttpApiTrigger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the function's region from the environment and answers as API Gateway expects. */
public class Region {
  @LambdaHandler("region")
  @HttpApiTrigger(method = "GET", path = "/region")
  public static Map<String, Object> handle(Map<String, Object> event) {
    String region = System.getenv().getOrDefault("AWS_REGION", "unknown");
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", 200);
    response.put("headers", Map.of("Content-Type", "application/json"));
    response.put("body", "{\"region\":\"" + region + "\"}");
    return response;
  }
}
