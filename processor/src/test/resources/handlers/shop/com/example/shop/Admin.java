package com.example.shop;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.List;
import java.util.Map;

/** Administrative handlers: a void audit, a primitive counter, a legacy raw map and a nested class. */
public final class Admin {
  private Admin() {}

  @LambdaHandler("audit")
  public static void audit(List<Object> events, Context context) {
    context.getLogger().log("audited " + events.size() + " events");
  }

  @LambdaHandler("count")
  public static int count(int event) {
    return event + 1;
  }

  @SuppressWarnings("rawtypes")
  @LambdaHandler("legacy")
  public static Map legacy(Map event) {
    return event;
  }

  /** Reports, created once per process. */
  public static class Reports {
    @LambdaHandler
    public List<? extends Number> daily(byte[] event) {
      return List.of(event.length);
    }
  }
}
