package dev.switchboard.examples;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.FunctionConfig;
import java.util.Map;

/** The Lambda guide's first handler: greets a person by name. */
public class Hello {
  @LambdaHandler("hello")
  @FunctionConfig(memory = 512, timeout = 10)
  public Map<String, Object> handle(Map<String, Object> event, Context context) {
    String message = "Hello " + event.get("first_name") + " " + event.get("last_name") + "!";
    context.getLogger().log(message);
    return Map.of("message", message);
  }
}
