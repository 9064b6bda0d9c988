package dev.switchboard.benchmarks.coldstart.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The benchmark's {@code Map} handler on AWS's runtime interface client, as AWS documents handlers. */
public class AwsHello implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    String message = "Hello " + event.get("first_name") + " " + event.get("last_name") + "!";
    context.getLogger().log(message);
    return Map.of("message", message);
  }
}
