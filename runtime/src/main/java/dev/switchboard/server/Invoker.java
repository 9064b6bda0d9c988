package dev.switchboard.server;

import dev.switchboard.internal.ErrorResponse;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerInitException;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.Limits;
import dev.switchboard.internal.ResponseBuffer;
import dev.switchboard.internal.json.IgnoredProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs invocations: each on a worker thread, at most {@code --concurrency} at once, each under its
 * timeout.
 *
 * <p>A synchronous invocation takes a concurrency slot or is refused (429). An {@code Event}
 * invocation waits in a queue for a slot, as Lambda's asynchronous queue does. An invocation that
 * runs past the timeout is answered with Lambda's timeout error at once and its thread is
 * interrupted; a handler that ignores the interrupt keeps its slot until it returns, so a stuck
 * handler shows up as lost concurrency rather than as an unbounded number of threads.
 */
final class Invoker {
  /** How many {@code Event} invocations may wait for a slot before more are refused. */
  static final int MAX_QUEUED_EVENTS = 1000;

  private static final long MB = 1024 * 1024;

  private final HandlerRegistry registry;
  private final ServerOptions options;
  private final PrintStream serverOut;
  private final Semaphore slots;
  private final Queue<Invocation> events = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queuedEvents = new AtomicInteger();
  /** Admitted invocations not yet settled: what a graceful stop waits for. */
  private final AtomicInteger pending = new AtomicInteger();
  /** Invocations whose worker is running them. */
  private final Set<Invocation> running = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor timer;
  private volatile boolean stopping;

  Invoker(HandlerRegistry registry, ServerOptions options, PrintStream serverOut) {
    this.registry = registry;
    this.options = options;
    this.serverOut = serverOut;
    this.slots = new Semaphore(options.concurrency());
    // One thread per slot at most; a slot is freed just before its thread is, so a new invocation
    // may wait a moment in the queue for the thread, never for long.
    this.workers = new ThreadPoolExecutor(options.concurrency(), options.concurrency(), 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads("switchboard-invocation-"));
    this.workers.allowCoreThreadTimeOut(true);
    this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads("switchboard-timeout-"));
    this.timer.setRemoveOnCancelPolicy(true);
  }

  /** Starts a synchronous invocation, or returns false when every slot is taken. */
  boolean trySync(Invocation invocation) {
    if (!slots.tryAcquire()) {
      return false;
    }
    pending.incrementAndGet();
    start(invocation);
    return true;
  }

  /** Queues an {@code Event} invocation, or returns false when the queue is full. */
  boolean offerEvent(Invocation invocation) {
    if (queuedEvents.incrementAndGet() > MAX_QUEUED_EVENTS) {
      queuedEvents.decrementAndGet();
      return false;
    }
    pending.incrementAndGet();
    events.add(invocation);
    startQueuedEvents();
    return true;
  }

  boolean stopping() {
    return stopping;
  }

  /** How long an invocation may run. */
  long timeoutMillis() {
    return options.timeoutMillis();
  }

  /** How many invocations may run at once. */
  int concurrency() {
    return options.concurrency();
  }

  /**
   * Stops admitting invocations and runs the admitted ones (queued {@code Event} invocations
   * included) until none is left or {@code drainMillis} have passed, then stops the threads. Returns
   * the {@code Event} invocations that did not finish: those still queued, and those still running
   * (which may have done part of their work).
   */
  List<Invocation> stop(long drainMillis) throws InterruptedException {
    stopping = true;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(drainMillis);
    while (pending.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    List<Invocation> abandoned = new ArrayList<>();
    for (Invocation invocation; (invocation = events.poll()) != null; ) {
      queuedEvents.decrementAndGet();
      pending.decrementAndGet();
      abandoned.add(invocation);
    }
    for (Invocation invocation : running) {
      if (invocation.isEvent() && invocation.settle()) {
        pending.decrementAndGet();
        abandoned.add(invocation);
      }
    }
    workers.shutdownNow();
    timer.shutdownNow();
    return abandoned;
  }

  /** Admitted invocations that are not settled yet, Event or not. */
  int unsettled() {
    return pending.get();
  }

  /** Queues an {@code Event} invocation read back from a file of abandoned ones, past the queue's limit. */
  void replay(Invocation invocation) {
    queuedEvents.incrementAndGet();
    pending.incrementAndGet();
    events.add(invocation);
    startQueuedEvents();
  }

  /**
   * Ends the invocation running on {@code thread}, which called {@code System.exit}: its caller is
   * told so as Lambda tells it, and a stop does not wait for it. Returns the invocation, or null when
   * the thread runs none.
   */
  Invocation exitedOn(Thread thread, String message) {
    for (Invocation invocation : running) {
      if (invocation.worker == thread) {
        if (invocation.settle()) {
          try {
            invocation.log.line("END RequestId: " + invocation.requestId);
            if (!invocation.isEvent()) {
              respond(invocation, ErrorResponse.toJson("Runtime.ExitError", message), true);
            }
          } finally {
            pending.decrementAndGet();
          }
        }
        return invocation;
      }
    }
    return null;
  }

  private void startQueuedEvents() {
    while (!events.isEmpty() && slots.tryAcquire()) {
      Invocation next = events.poll();
      if (next == null) {
        slots.release();
        continue;
      }
      queuedEvents.decrementAndGet();
      start(next);
    }
  }

  private void start(Invocation invocation) {
    try {
      workers.execute(() -> run(invocation));
    } catch (RejectedExecutionException e) {
      // Only when a request slipped in as stop() shut the threads down.
      slots.release();
      invocation.releaseBody();
      pending.decrementAndGet();
      if (!invocation.isEvent()) {
        try {
          Exchanges.sendError(invocation.exchange, ServiceError.stopping("The local server stopped before this"
              + " invocation could start."), invocation.requestId);
        } catch (IOException ignored) {
          // The caller went away too.
        }
      }
    }
  }

  private void run(Invocation invocation) {
    invocation.worker = Thread.currentThread();
    running.add(invocation);
    try {
      runAdded(invocation);
    } finally {
      running.remove(invocation);
      invocation.releaseBody();
    }
  }

  private void runAdded(Invocation invocation) {
    invocation.startNanos = System.nanoTime();
    invocation.log.line("START RequestId: " + invocation.requestId + " Version: " + Exchanges.EXECUTED_VERSION);
    ScheduledFuture<?> timeout = null;
    try {
      timeout = timer.schedule(() -> timeOut(invocation), options.timeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // The server is stopping and has given up waiting: no timeout any more.
    }
    Result result;
    try {
      result = execute(invocation);
    } catch (Throwable t) {
      result = Result.error(errorJson(t));
    }
    long elapsedNanos = System.nanoTime() - invocation.startNanos;
    boolean settles = invocation.settle();
    if (timeout != null) {
      timeout.cancel(false);
    }
    slots.release();
    startQueuedEvents();
    if (!settles) {
      serverOut.printf(Locale.ROOT, "[switchboard] %s request %s returned %.0f ms after it timed out;"
          + " its concurrency slot is free again%n",
          invocation.functionName(), invocation.requestId, elapsedNanos / 1e6 - options.timeoutMillis());
      return;
    }
    // As in Lambda, Duration leaves out the handler's initialization, which REPORT shows apart.
    long durationNanos = elapsedNanos - invocation.initNanos;
    try {
      if (result.error != null) {
        invocation.log.line(new String(result.error, StandardCharsets.UTF_8));
      }
      invocation.log.line("END RequestId: " + invocation.requestId);
      invocation.log.line(report(invocation, durationNanos, false));
      if (invocation.isEvent()) {
        if (result.error == null) {
          serverOut.println("[switchboard] " + invocation.functionName() + " request " + invocation.requestId
              + " (Event): result of " + result.payload.length + " bytes discarded");
        }
        return;
      }
      respond(invocation, result.error == null ? result.payload : result.error, result.error != null);
    } finally {
      pending.decrementAndGet();
    }
  }

  /** Calls the handler on this thread, with this thread's output routed to the invocation's log. */
  private Result execute(Invocation invocation) {
    ThreadLogRouter.attach(invocation.log);
    try {
      FunctionDirectory.Function function = invocation.target.function();
      long initStart = System.nanoTime();
      Handler handler;
      try {
        handler = registry.handler(function.name());
      } catch (HandlerInitException e) {
        return Result.error(errorJson(e));
      }
      if (function.markInitialized()) {
        invocation.initNanos = System.nanoTime() - initStart;
      }
      InvocationContext context = new InvocationContext(
          invocation.requestId,
          function.info(),
          invocation.target.invokedArn(),
          System.currentTimeMillis() + options.timeoutMillis(),
          invocation.traceId,
          invocation.tenantId,
          null,
          invocation.clientContext,
          invocation.log);
      if (invocation.stream != null && handler.streaming()) {
        return executeStreaming(invocation, handler, context);
      }
      ResponseBuffer out = new ResponseBuffer(Limits.MAX_SYNC_PAYLOAD_BYTES);
      // Event properties the handler's types ignore are warnings in the invocation's log (and tail).
      IgnoredProperties.begin(invocation.log::line);
      try {
        handler.invoke(invocation.payload, context, out);
      } catch (Throwable t) {
        return out.isOverLimit() ? responseTooLarge(function.name()) : Result.error(errorJson(t));
      } finally {
        IgnoredProperties.end();
      }
      return out.isOverLimit() ? responseTooLarge(function.name()) : Result.ok(out.toByteArray());
    } finally {
      ThreadLogRouter.attach(null);
      invocation.log.endPartialLine();
      // Neither a timeout's interrupt nor one the handler left behind may reach the response write.
      Thread.interrupted();
    }
  }

  /** A streaming handler under {@code InvokeWithResponseStream}: its chunks go out as it sends them. */
  private Result executeStreaming(Invocation invocation, Handler handler, InvocationContext context) {
    EventStreamChunks out = new EventStreamChunks(invocation.stream);
    IgnoredProperties.begin(invocation.log::line);
    Throwable failure = null;
    try {
      handler.invokeStreaming(invocation.payload, context, out);
    } catch (Throwable t) {
      failure = t;
      out.flushAfterFailure();
    } finally {
      IgnoredProperties.end();
    }
    if (out.overLimit()) {
      return Result.error(ErrorResponse.toJson("Function.ResponseSizeTooLarge",
          "Response payload size exceeded maximum allowed payload size (" + Limits.MAX_STREAMED_RESPONSE_BYTES
              + " bytes): handler '" + invocation.functionName() + "' streamed more."));
    }
    return failure == null ? Result.ok(new byte[0]) : Result.error(errorJson(failure));
  }

  private void timeOut(Invocation invocation) {
    if (!invocation.settle()) {
      return;
    }
    try {
      String message = "Task timed out after " + options.timeoutText() + " seconds";
      invocation.log.line(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + invocation.requestId + " " + message);
      invocation.log.line("END RequestId: " + invocation.requestId);
      invocation.log.line(report(invocation, System.nanoTime() - invocation.startNanos - invocation.initNanos, true));
      invocation.worker.interrupt();
      serverOut.println("[switchboard] " + invocation.functionName() + " request " + invocation.requestId
          + " timed out; its thread was interrupted and keeps its concurrency slot until the handler returns");
      if (!invocation.isEvent()) {
        respond(invocation, ErrorResponse.toJson("Sandbox.Timedout", message), true);
      }
    } finally {
      pending.decrementAndGet();
    }
  }

  private void respond(Invocation invocation, byte[] body, boolean functionError) {
    try {
      if (invocation.stream != null) {
        invocation.stream.complete(body, functionError, invocation.log.tailBase64());
        return;
      }
      Exchanges.send(invocation.exchange, 200, invocation.requestId, body,
          "X-Amz-Function-Error", functionError ? "Unhandled" : null,
          "X-Amz-Log-Result", invocation.log.tailBase64());
    } catch (IOException e) {
      serverOut.println("[switchboard] " + invocation.functionName() + " request " + invocation.requestId
          + ": the caller went away before the response was sent (" + e + ")");
    }
  }

  private String report(Invocation invocation, long durationNanos, boolean timedOut) {
    double millis = durationNanos / 1e6;
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory() + MB - 1) / MB;
    StringBuilder report = new StringBuilder(160);
    report.append(String.format(Locale.ROOT,
        "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t",
        invocation.requestId, millis, Math.max(1, (long) Math.ceil(millis)),
        invocation.target.function().info().memoryMb(), usedMb));
    if (invocation.initNanos > 0) {
      report.append(String.format(Locale.ROOT, "Init Duration: %.2f ms\t", invocation.initNanos / 1e6));
    }
    if (timedOut) {
      report.append("Status: timeout");
    }
    return report.toString();
  }

  private static byte[] errorJson(Throwable error) {
    try {
      return ErrorResponse.toJson(error);
    } catch (RuntimeException e) {
      return ErrorResponse.toJson(error.getClass().getName(), "(the error could not be written as JSON: " + e + ")");
    }
  }

  private static Result responseTooLarge(String function) {
    return Result.error(ErrorResponse.toJson("Function.ResponseSizeTooLarge",
        "Response payload size exceeded maximum allowed payload size (" + Limits.MAX_SYNC_PAYLOAD_BYTES
            + " bytes): handler '" + function + "' returned more. Return less, or store the data elsewhere"
            + " (S3, say) and return a reference to it."));
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** What the handler produced: a payload, or the error JSON of a function error. */
  private static final class Result {
    final byte[] payload;
    final byte[] error;

    private Result(byte[] payload, byte[] error) {
      this.payload = payload;
      this.error = error;
    }

    static Result ok(byte[] payload) {
      return new Result(payload, null);
    }

    static Result error(byte[] error) {
      return new Result(null, error);
    }
  }
}
