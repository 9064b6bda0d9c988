package dev.switchboard.server;

import com.sun.net.httpserver.HttpExchange;
import dev.switchboard.ClientContext;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One admitted invocation: what the request asked for, its log, and whether it has been settled
 * (answered, or for an {@code Event}, finished) by its worker or by its timeout, whichever came
 * first.
 */
final class Invocation {
  final String requestId;
  final FunctionDirectory.Target target;
  final byte[] payload;
  final ClientContext clientContext;
  final String traceId;
  final InvocationLog log;
  /** The exchange to answer, or {@code null} for an {@code Event} invocation (answered 202 at once). */
  final HttpExchange exchange;

  /** The function name and qualifier as the request gave them, and its raw client context header. */
  final String qualifier;
  final String clientContextHeader;
  /** The {@code X-Amz-Tenant-Id} of the request, or {@code null}. Set before the invocation starts. */
  volatile String tenantId;

  /**
   * Where an {@code InvokeWithResponseStream} invocation is answered, chunk by chunk; {@code null} for
   * {@code Invoke}. Set before the invocation starts.
   */
  volatile EventStreamWriter stream;

  private final AtomicBoolean settled = new AtomicBoolean();
  private final AtomicBoolean bodyReleased = new AtomicBoolean();
  private final BodyBudget budget;
  private final int bodyBytes;
  volatile Thread worker;
  volatile long startNanos;
  volatile long initNanos;

  Invocation(
      String requestId,
      FunctionDirectory.Target target,
      byte[] payload,
      ClientContext clientContext,
      String traceId,
      InvocationLog log,
      HttpExchange exchange,
      String qualifier,
      String clientContextHeader,
      BodyBudget budget,
      int bodyBytes) {
    this.requestId = requestId;
    this.target = target;
    this.payload = payload;
    this.clientContext = clientContext;
    this.traceId = traceId;
    this.log = log;
    this.exchange = exchange;
    this.qualifier = qualifier;
    this.clientContextHeader = clientContextHeader;
    this.budget = budget;
    this.bodyBytes = bodyBytes;
  }

  /** Gives the payload's bytes back to the server's budget of bodies in flight; once. */
  void releaseBody() {
    if (budget != null && bodyReleased.compareAndSet(false, true)) {
      budget.release(bodyBytes);
    }
  }

  boolean isEvent() {
    return exchange == null;
  }

  String functionName() {
    return target.function().name();
  }

  /** True for the one caller (worker or timeout) that settles this invocation. */
  boolean settle() {
    return settled.compareAndSet(false, true);
  }
}
