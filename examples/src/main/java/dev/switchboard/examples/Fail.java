package dev.switchboard.examples;

import dev.switchboard.LambdaHandler;
import java.util.Map;

/** A handler that throws, to show Lambda's error shape. */
public class Fail {
  @LambdaHandler("fail")
  public String handle(Map<String, Object> event) {
    throw new IllegalStateException("Payment service unavailable for order " + event.get("orderId"));
  }
}
