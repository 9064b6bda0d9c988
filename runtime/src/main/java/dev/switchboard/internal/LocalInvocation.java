package dev.switchboard.internal;

import dev.switchboard.Context;
import dev.switchboard.internal.json.IgnoredProperties;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * One invocation run in this process as the local {@code invoke} command runs it, and as
 * switchboard-test's {@code LambdaInvoker} runs it: the handler is created and called on a thread of
 * its own, under the timeout, and the outcome is the response, or Lambda's error shape for a
 * failure, a timeout ({@code Sandbox.Timedout}) or a response over 6 MB
 * ({@code Function.ResponseSizeTooLarge}).
 */
public final class LocalInvocation {
  private final ResponseBuffer response = new ResponseBuffer(Limits.MAX_SYNC_PAYLOAD_BYTES);
  private volatile Throwable error;
  private byte[] errorJson;
  private boolean timedOut;

  private LocalInvocation() {}

  /**
   * Runs the handler {@code name} of the registry on a thread from {@code threads} and waits at most
   * {@code timeoutMillis} for it. The handler is created on that thread too, so the timeout covers
   * its constructor and static initializers. A handler still running at the timeout is left running
   * (its thread is the caller's to interrupt); its late output is ignored.
   */
  public static LocalInvocation run(HandlerRegistry registry, String name, byte[] event, Context context,
      long timeoutMillis, ThreadFactory threads) throws InterruptedException {
    LocalInvocation invocation = new LocalInvocation();
    // An anonymous class, not a lambda: invoke's cold path spins no lambda class.
    Thread worker = threads.newThread(new Runnable() {
      @Override
      public void run() {
        // Ignored event properties are logged for this invocation when a local mode has enabled the check.
        IgnoredProperties.begin(new Consumer<String>() {
          @Override
          public void accept(String line) {
            context.getLogger().log(line);
          }
        });
        try {
          Handler handler = registry.handler(name);
          handler.invoke(event, context, invocation.response);
        } catch (Throwable t) {
          invocation.error = t;
        } finally {
          IgnoredProperties.end();
        }
      }
    });
    worker.start();
    worker.join(timeoutMillis);
    if (worker.isAlive()) {
      invocation.timedOut = true;
      invocation.errorJson = ErrorResponse.toJson("Sandbox.Timedout",
          String.format(Locale.ROOT, "Task timed out after %.2f seconds", timeoutMillis / 1000.0));
    } else if (invocation.error != null) {
      invocation.errorJson = errorJson(invocation.error);
    } else if (invocation.response.isOverLimit()) {
      invocation.errorJson = ErrorResponse.toJson("Function.ResponseSizeTooLarge", "Response payload size ("
          + invocation.response.total() + " bytes) exceeded maximum allowed payload size ("
          + Limits.MAX_SYNC_PAYLOAD_BYTES + " bytes).");
    }
    return invocation;
  }

  /** Whether the invocation failed: the handler threw, timed out, or wrote too much. */
  public boolean failed() {
    return errorJson != null;
  }

  /** Whether the handler was still running at the timeout. */
  public boolean timedOut() {
    return timedOut;
  }

  /** What the handler threw, or {@code null} when it threw nothing (or is still running). */
  public Throwable error() {
    return timedOut ? null : error;
  }

  /**
   * What Lambda would return: the handler's response, or the error shape when it {@link #failed()}.
   * Always a fresh array.
   */
  public byte[] payload() {
    return failed() ? errorJson.clone() : response.toByteArray();
  }

  /** Lambda's error shape for a throwable, even one that fails to describe itself. */
  static byte[] errorJson(Throwable error) {
    try {
      return ErrorResponse.toJson(error);
    } catch (RuntimeException | StackOverflowError e) {
      return ErrorResponse.toJson(ErrorResponse.errorType(error), ErrorResponse.message(error));
    }
  }
}
