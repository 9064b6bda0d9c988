package dev.switchboard.lambda;

import dev.switchboard.LogLevel;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.Handler;

/**
 * Concurrent invocations, for Lambda Managed Instances ({@code AWS_LAMBDA_MAX_CONCURRENCY} = N): N
 * worker threads, each with its own {@code /next} loop, Runtime API connection, response buffer and
 * logger, all sharing the one handler that init created. Init is complete when the first worker asks
 * for {@code /next}. A failed invocation is reported by its own worker and touches no other; a lost
 * Runtime API or an error that leaves the JVM unfit (an {@code OutOfMemoryError}) ends the process.
 *
 * <p>Only {@link RuntimeLoop#run} names this class, and only when N is set: the single loop never
 * loads it.
 */
final class Workers {
  /** The class the AWS SDK v2 and the X-Ray SDK read the trace id from, in Lambda Managed Instances. */
  static final String SDK_THREAD_LOCAL = "software.amazon.awssdk.utilslite.SdkInternalThreadLocal";

  private final long maxInvocations;
  private long claimed;
  private int running;
  private int status;

  private Workers(long maxInvocations, int count) {
    this.maxInvocations = maxInvocations;
    this.running = count;
  }

  /**
   * Starts {@code count} workers, the first on {@code api} (the client that init used), and waits for
   * them. Returns 0 when every worker has served its share of {@value RuntimeLoop#MAX_INVOCATIONS},
   * 1 as soon as one cannot go on.
   */
  static int run(RuntimeApiClient api, int count, Handler handler, FunctionInfo function, RuntimeLogger logger,
      long maxInvocations) {
    boolean sdk = sdkOnClassPath();
    Workers workers = new Workers(maxInvocations, count);
    for (int i = 0; i < count; i++) {
      RuntimeApiClient client = i == 0 ? api : new RuntimeApiClient(api.address());
      RuntimeLoop loop = new RuntimeLoop(client, handler, function, logger.forWorker(), maxInvocations, true, sdk);
      Thread thread = new Thread(new Worker(workers, loop, logger), "switchboard-worker-" + (i + 1));
      thread.setDaemon(true);
      thread.start();
    }
    return workers.await();
  }

  /**
   * Whether {@value #SDK_THREAD_LOCAL} is on the class path: a look-up by name, made once, that
   * neither initializes the class nor reflects on it. The calls to it are plain static calls in
   * {@link SdkTraceId}.
   */
  static boolean sdkOnClassPath() {
    try {
      Class.forName(SDK_THREAD_LOCAL, false, Workers.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Grants one more invocation to a worker: always, unless {@value RuntimeLoop#MAX_INVOCATIONS} is set. */
  synchronized boolean claim() {
    if (maxInvocations == 0) {
      return true;
    }
    return claimed++ < maxInvocations;
  }

  private synchronized void finished(int workerStatus) {
    running--;
    if (workerStatus != 0) {
      status = workerStatus;
    }
    notifyAll();
  }

  private synchronized int await() {
    boolean interrupted = false;
    while (running > 0 && status == 0) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return status;
  }

  /** One worker thread: its loop, and the report of how it ended. */
  private static final class Worker implements Runnable {
    private final Workers workers;
    private final RuntimeLoop loop;
    private final RuntimeLogger logger;

    Worker(Workers workers, RuntimeLoop loop, RuntimeLogger logger) {
      this.workers = workers;
      this.loop = loop;
      this.logger = logger;
    }

    @Override
    public void run() {
      int status = 1;
      try {
        status = loop.loop(workers);
      } catch (Throwable t) {
        try {
          logger.log("Switchboard: " + Thread.currentThread().getName() + " stopped on " + t
              + ". The runtime exits.", LogLevel.FATAL);
        } catch (Throwable ignored) {
          // the exit below matters more than the record
        }
      } finally {
        workers.finished(status);
      }
    }
  }
}
