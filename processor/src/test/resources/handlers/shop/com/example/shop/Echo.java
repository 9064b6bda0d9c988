package com.example.shop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.LambdaHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Returns the event as an API Gateway response body; it keeps its default name. */
public class Echo {
  @LambdaHandler
  public Map<String, Object> handle(JsonNode event) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", 200);
    response.put("body", String.valueOf(event));
    return response;
  }
}
