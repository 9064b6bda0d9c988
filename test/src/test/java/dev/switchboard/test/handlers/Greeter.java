package dev.switchboard.test.handlers;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.LogLevel;
import java.util.Map;

/** Greets by name, and logs through every channel a handler has. */
public class Greeter {
  @LambdaHandler("greet")
  public Map<String, Object> greet(Map<String, Object> event, Context context) {
    Object name = event.get("name");
    context.getLogger().log("greeting " + name);
    System.out.println("stdout: " + name);
    System.err.println("stderr: " + name);
    context.getLogger().log("greeted " + name, LogLevel.INFO);
    return Map.of("message", "Hello " + name + "!");
  }
}
