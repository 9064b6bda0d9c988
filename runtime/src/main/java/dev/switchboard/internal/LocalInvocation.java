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
  /** Set when the caller stopped waiting: a streaming handler's later chunks are dropped. */
  volatile boolean over;
  /** Whether the handler streamed its response to the caller's live stream, and how much of it. */
  volatile boolean streamed;
  volatile long streamedBytes;
  volatile boolean streamOverLimit;

  private LocalInvocation() {}

  /**
   * Runs the handler {@code name} of the registry on a thread from {@code threads} and waits at most
   * {@code timeoutMillis} for it. The handler is created on that thread too, so the timeout covers
   * its constructor and static initializers. A handler still running at the timeout is left running
   * (its thread is the caller's to interrupt); its late output is ignored.
   */
  public static LocalInvocation run(HandlerRegistry registry, String name, byte[] event, Context context,
      long timeoutMillis, ThreadFactory threads) throws InterruptedException {
    return run(registry, name, event, context, timeoutMillis, threads, null);
  }

  /**
   * As {@link #run(HandlerRegistry, String, byte[], Context, long, ThreadFactory)}; a streaming handler's
   * chunks are written to {@code live} (and flushed) as it sends them, up to Lambda's 200 MiB, instead
   * of being kept for {@link #payload()}. {@code live} may be null.
   */
  public static LocalInvocation run(HandlerRegistry registry, String name, byte[] event, Context context,
      long timeoutMillis, ThreadFactory threads, java.io.OutputStream live) throws InterruptedException {
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
          if (live != null && handler.streaming()) {
            LiveChunks.invoke(handler, event, context, invocation, live);
          } else {
            handler.invoke(event, context, invocation.response);
          }
        } catch (Throwable t) {
          invocation.error = t;
        } finally {
          IgnoredProperties.end();
        }
      }
    });
    worker.start();
    worker.join(timeoutMillis);
    invocation.over = true;
    if (worker.isAlive()) {
      invocation.timedOut = true;
      invocation.errorJson = ErrorResponse.toJson("Sandbox.Timedout",
          String.format(Locale.ROOT, "Task timed out after %.2f seconds", timeoutMillis / 1000.0));
    } else if (invocation.streamOverLimit) {
      invocation.errorJson = ErrorResponse.toJson("Function.ResponseSizeTooLarge", "Response payload size exceeded"
          + " maximum allowed payload size (" + Limits.MAX_STREAMED_RESPONSE_BYTES + " bytes): the handler streamed more.");
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

  /**
   * How many bytes a streaming handler wrote to the live stream (0 when its response was not streamed
   * there): {@link #payload()} holds only an error then.
   */
  public long streamedBytes() {
    return streamedBytes;
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
