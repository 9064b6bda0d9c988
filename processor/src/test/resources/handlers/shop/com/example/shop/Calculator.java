package com.example.shop;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.LogLevel;
import java.util.HashMap;
import java.util.Map;

/** Increments or decrements a number. */
public class Calculator {
  @LambdaHandler("calculator")
  public Map<String, Object> calculate(Map<String, Object> event, Context context) {
    Number number = (Number) event.get("number");
    Long result = null;
    if ("increment".equals(event.get("action"))) {
      result = number.longValue() + 1;
    } else if ("decrement".equals(event.get("action"))) {
      result = number.longValue() - 1;
    } else {
      context.getLogger().log("Unknown action: " + event.get("action"), LogLevel.ERROR);
    }
    Map<String, Object> response = new HashMap<>();
    response.put("result", result);
    return response;
  }
}
