package com.example.app;

import dev.switchboard.LambdaHandler;
import java.util.Map;

public class Handlers {
  @LambdaHandler("greet")
  public String greet(String name) {
    return "Hello " + name + " from app";
  }

  @LambdaHandler("orders-create")
  public Map<String, Object> create(Map<String, Object> order) {
    return Map.of("created", order);
  }
}
