package dev.switchboard.examples;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.List;

/** A void handler: it logs the event's size and returns nothing, which Lambda sends as null. */
public class Audit {
  @LambdaHandler("audit")
  public static void record(List<Object> events, Context context) {
    context.getLogger().log("audited " + events.size() + " events");
  }
}
