package com.example.shop;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.Map;

/** Greets a customer by name. */
public class Greeter {
  @LambdaHandler("hello")
  public Map<String, Object> hello(Map<String, Object> event, Context context) {
    String message = "Hello " + event.get("first_name") + " " + event.get("last_name") + "!";
    context.getLogger().log(message);
    return Map.of("message", message);
  }
}
