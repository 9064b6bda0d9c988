package com.example;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.Map;

public class Greeter {
  @LambdaHandler("hello")
  public Map<String, Object> hello(Map<String, Object> event, Context context) {
    context.getLogger().log("greeting " + event.get("name"));
    return Map.of("message", "Hello " + event.get("name") + "!");
  }
}
