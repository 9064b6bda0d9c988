package com.example;

import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.FunctionConfig;
import dev.switchboard.deploy.HttpApiTrigger;
import java.util.Map;

public class Hello {
  @LambdaHandler("hello")
  @FunctionConfig(memory = 256, timeout = 5)
  @HttpApiTrigger(method = "GET", path = "/hello")
  public Map<String, Object> hello(Map<String, Object> event) {
    return Map.of("message", "Hello " + event.get("name") + "!");
  }
}
