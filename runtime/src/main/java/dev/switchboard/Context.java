package dev.switchboard;

/**
 * What a handler knows about the invocation it serves and the function it runs in. The methods match
 * aws-lambda-java-core's {@code Context}, so handler code ports by changing an import.
 */
public interface Context {
  /** The request id of this invocation. */
  String getAwsRequestId();

  /** The log group of the function. */
  String getLogGroupName();

  /** The log stream of the function instance. */
  String getLogStreamName();

  /** The function's name. */
  String getFunctionName();

  /** The function version that is running, {@code $LATEST} when unversioned. */
  String getFunctionVersion();

  /** The ARN used to invoke the function, with a version or alias where one was given. */
  String getInvokedFunctionArn();

  /** The Cognito identity of the caller (mobile SDK invocations), or {@code null}. */
  CognitoIdentity getIdentity();

  /** The client context of the caller (mobile SDK invocations), or {@code null}. */
  ClientContext getClientContext();

  /** Milliseconds left before the invocation times out. */
  int getRemainingTimeInMillis();

  /** The memory given to the function, in MB. */
  int getMemoryLimitInMB();

  /** The function's logger. */
  LambdaLogger getLogger();

  /** The X-Ray trace header of this invocation, or {@code null}. */
  default String getXrayTraceId() {
    return null;
  }

  /**
   * The tenant of this invocation, for a function in tenant isolation mode (the Runtime API's
   * {@code Lambda-Runtime-Aws-Tenant-Id} header), or {@code null}.
   */
  default String getTenantId() {
    return null;
  }
}
