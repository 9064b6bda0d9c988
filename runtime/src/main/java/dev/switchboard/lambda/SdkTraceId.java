package dev.switchboard.lambda;

import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * The trace id of a worker's invocation in the AWS SDK's thread-local, under
 * {@value #KEY}, where the AWS SDK v2 and the X-Ray SDK read it when several invocations run at once
 * (as AWS's Java runtime puts it there). Loaded only by workers, and only once
 * {@link Workers#sdkOnClassPath()} has found {@code SdkInternalThreadLocal}.
 */
final class SdkTraceId {
  static final String KEY = "AWS_LAMBDA_X_TRACE_ID";

  private SdkTraceId() {}

  /** Puts the invocation's trace id on the current thread, or removes the last one when it has none. */
  static void set(String traceId) {
    if (traceId == null) {
      SdkInternalThreadLocal.remove(KEY);
    } else {
      SdkInternalThreadLocal.put(KEY, traceId);
    }
  }
}
