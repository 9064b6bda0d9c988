package dev.switchboard.lambda;

/**
 * One invocation as the Runtime API hands it out: the event and the {@code Lambda-Runtime-*} headers
 * that describe it. Header values are kept as sent; the loop parses them when it builds the Context.
 */
final class Invocation {
  final String requestId;
  final String deadlineMs;
  final String invokedFunctionArn;
  final String traceId;
  final String clientContext;
  final String cognitoIdentity;
  final String tenantId;
  final byte[] event;

  Invocation(
      String requestId,
      String deadlineMs,
      String invokedFunctionArn,
      String traceId,
      String clientContext,
      String cognitoIdentity,
      String tenantId,
      byte[] event) {
    this.requestId = requestId;
    this.deadlineMs = deadlineMs;
    this.invokedFunctionArn = invokedFunctionArn;
    this.traceId = traceId;
    this.clientContext = clientContext;
    this.cognitoIdentity = cognitoIdentity;
    this.tenantId = tenantId;
    this.event = event;
  }

  /**
   * The deadline in epoch milliseconds. A missing or malformed header gives no deadline at all
   * ({@code Long.MAX_VALUE}), so the remaining time never reads as zero by mistake.
   */
  long deadlineEpochMillis() {
    if (deadlineMs == null) {
      return Long.MAX_VALUE;
    }
    try {
      return Long.parseLong(deadlineMs.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
