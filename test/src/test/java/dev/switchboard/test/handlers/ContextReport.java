package dev.switchboard.test.handlers;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reports what its Context says, and counts its invocations (one instance per environment). */
public class ContextReport {
  private int invocations;

  @LambdaHandler("context")
  public Map<String, Object> report(Map<String, Object> event, Context context) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("requestId", context.getAwsRequestId());
    report.put("remaining", context.getRemainingTimeInMillis());
    report.put("functionName", context.getFunctionName());
    report.put("functionVersion", context.getFunctionVersion());
    report.put("arn", context.getInvokedFunctionArn());
    report.put("memory", context.getMemoryLimitInMB());
    report.put("logGroup", context.getLogGroupName());
    report.put("logStream", context.getLogStreamName());
    report.put("invocation", ++invocations);
    report.put("thread", Thread.currentThread().getName());
    return report;
  }
}
