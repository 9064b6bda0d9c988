package dev.switchboard.examples.aws;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.ScheduleTrigger;
import java.util.Map;

/** An EventBridge scheduled handler (a rule with a schedule expression): runs a nightly job. */
public class Nightly {
  @LambdaHandler("nightly")
  @ScheduleTrigger("cron(0 2 * * ? *)")
  public Map<String, Object> run(ScheduledEvent event, Context context) {
    context.getLogger().log("nightly job for " + event.getTime() + " from rule " + event.getResources());
    return Map.of(
        "scheduledFor", event.getTime().toString(),
        "rule", event.getResources().isEmpty() ? "" : event.getResources().get(0),
        "account", event.getAccount(),
        "region", event.getRegion());
  }
}
