package dev.switchboard.examples;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.switchboard.LambdaHandler;
import java.util.Map;

/**
 * A handler written for AWS's Java runtime, migrated unchanged but for {@code @LambdaHandler} on the
 * class: its name is its Handler setting on AWS, {@code dev.switchboard.examples.AwsGreeting::handleRequest},
 * and the runtime also takes {@code dev.switchboard.examples.AwsGreeting}.
 */
@LambdaHandler
public class AwsGreeting implements RequestHandler<Map<String, Object>, String> {
  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    LambdaLogger logger = context.getLogger();
    logger.log("greeting " + event.get("name") + " in " + context.getFunctionName() + " ("
        + context.getMemoryLimitInMB() + " MB)", LogLevel.INFO);
    return "Hello " + event.get("name") + "!";
  }
}
