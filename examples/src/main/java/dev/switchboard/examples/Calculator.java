package dev.switchboard.examples;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.LogLevel;
import java.util.HashMap;
import java.util.Map;

/** Applies an action to a number, logging the result; an unknown action is logged as an error. */
public class Calculator {
  @LambdaHandler("calculator")
  public Map<String, Object> handle(Map<String, Object> event, Context context) {
    Object action = event.get("action");
    Number number = (Number) event.get("number");
    Long result = null;
    if ("increment".equals(action)) {
      result = number.longValue() + 1;
    } else if ("decrement".equals(action)) {
      result = number.longValue() - 1;
    } else {
      context.getLogger().log("Unknown action: " + action, LogLevel.ERROR);
    }
    if (result != null) {
      context.getLogger().log("Result: " + result, LogLevel.INFO);
    }
    Map<String, Object> response = new HashMap<>();
    response.put("result", result);
    return response;
  }
}
