package dev.switchboard.internal;

import dev.switchboard.ClientContext;
import dev.switchboard.CognitoIdentity;
import dev.switchboard.Context;
import dev.switchboard.LambdaLogger;

/** The {@link Context} of one invocation, filled in by whichever mode serves it. */
public final class InvocationContext implements Context {
  private final String requestId;
  private final FunctionInfo function;
  private final String invokedFunctionArn;
  private final long deadlineEpochMillis;
  private final String traceId;
  private final String tenantId;
  private final CognitoIdentity identity;
  private final ClientContext clientContext;
  private final LambdaLogger logger;

  public InvocationContext(
      String requestId,
      FunctionInfo function,
      String invokedFunctionArn,
      long deadlineEpochMillis,
      String traceId,
      CognitoIdentity identity,
      ClientContext clientContext,
      LambdaLogger logger) {
    this(requestId, function, invokedFunctionArn, deadlineEpochMillis, traceId, null, identity, clientContext, logger);
  }

  /** As the other constructor, with the invocation's tenant id ({@code null} when it has none). */
  public InvocationContext(
      String requestId,
      FunctionInfo function,
      String invokedFunctionArn,
      long deadlineEpochMillis,
      String traceId,
      String tenantId,
      CognitoIdentity identity,
      ClientContext clientContext,
      LambdaLogger logger) {
    this.requestId = requestId;
    this.function = function;
    this.invokedFunctionArn = invokedFunctionArn;
    this.deadlineEpochMillis = deadlineEpochMillis;
    this.traceId = traceId;
    this.tenantId = tenantId;
    this.identity = identity;
    this.clientContext = clientContext;
    this.logger = logger;
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return function.logGroupName();
  }

  @Override
  public String getLogStreamName() {
    return function.logStreamName();
  }

  @Override
  public String getFunctionName() {
    return function.name();
  }

  @Override
  public String getFunctionVersion() {
    return function.version();
  }

  @Override
  public String getInvokedFunctionArn() {
    return invokedFunctionArn;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return identity;
  }

  @Override
  public ClientContext getClientContext() {
    return clientContext;
  }

  @Override
  public int getRemainingTimeInMillis() {
    long remaining = deadlineEpochMillis - System.currentTimeMillis();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
  }

  @Override
  public int getMemoryLimitInMB() {
    return function.memoryMb();
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  @Override
  public String getXrayTraceId() {
    return traceId;
  }

  @Override
  public String getTenantId() {
    return tenantId;
  }
}
