package dev.switchboard.lambda;

import dev.switchboard.LogLevel;
import dev.switchboard.crac.CheckpointException;
import dev.switchboard.crac.Core;
import dev.switchboard.crac.RestoreException;
import dev.switchboard.internal.ErrorResponse;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerInitException;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.Limits;
import dev.switchboard.internal.ResponseBuffer;
import dev.switchboard.internal.XRayErrorCause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}): after init, the opt-in priming
 * invocations, the before-checkpoint hooks, {@code GET /runtime/restore/next} (Lambda snapshots the
 * environment while it waits, and answers after a restore), then the after-restore hooks. Only
 * {@link RuntimeLoop#run} names this class, and only under SnapStart.
 *
 * <p>Hooks are {@code org.crac} resources, which {@code org.crac.Core} forwards to
 * {@link dev.switchboard.crac} when {@code -Dorg.crac.Core.Compat=dev.switchboard.crac} is set (as the
 * bootstrap sets it). A failed before-checkpoint hook fails init ({@code /runtime/init/error}, as init
 * is not over); a failed after-restore hook goes to {@code /runtime/restore/error}. Either way the
 * process exits.
 */
final class SnapStart {
  static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
  /** The event of the priming invocations: JSON, or {@code @path} of a file that holds it. */
  static final String PRIMING_EVENT = "SWITCHBOARD_PRIMING_EVENT";
  /** How many priming invocations to make (1 when unset). */
  static final String PRIMING_INVOCATIONS = "SWITCHBOARD_PRIMING_INVOCATIONS";
  static final String BEFORE_CHECKPOINT_ERROR = "Runtime.BeforeCheckpointError";
  static final String AFTER_RESTORE_ERROR = "Runtime.AfterRestoreError";

  private SnapStart() {}

  /**
   * Primes, runs the hooks around the snapshot and waits for the restore. Returns 0 when the loop
   * is to start, or the exit status after a failure was reported.
   */
  static int prepare(RuntimeApiClient api, Handler handler, FunctionInfo function, RuntimeLogger logger) {
    String event = System.getenv(PRIMING_EVENT);
    if (event != null && !event.isEmpty()) {
      int status = prime(api, handler, function, logger, event);
      if (status != 0) {
        return status;
      }
    }
    try {
      Core.getGlobalContext().beforeCheckpoint(null);
    } catch (CheckpointException e) {
      Throwable first = first(e);
      return RuntimeLoop.initError(api, logger, BEFORE_CHECKPOINT_ERROR, summary(e, "before-checkpoint"), first);
    }
    try {
      api.restoreNext();
    } catch (IOException e) {
      logger.log("Switchboard: GET restore/next failed (" + e.getMessage() + "). The runtime exits.", LogLevel.FATAL);
      return 1;
    }
    try {
      Core.getGlobalContext().afterRestore(null);
    } catch (RestoreException e) {
      Throwable first = first(e);
      String message = summary(e, "after-restore");
      try {
        api.postRestoreError(AFTER_RESTORE_ERROR, XRayErrorCause.of(first),
            ErrorResponse.toJson(AFTER_RESTORE_ERROR, message));
      } catch (IOException io) {
        logger.log("Switchboard: the restore error could not be reported to the Runtime API: " + io.getMessage(),
            LogLevel.FATAL);
      }
      RuntimeLoop.logError(logger, AFTER_RESTORE_ERROR, message, first);
      return 1;
    }
    return 0;
  }

  /**
   * Invokes the handler with the priming event, {@value #PRIMING_INVOCATIONS} times, so that the
   * snapshot holds its classes loaded and its codecs initialized. A bad setting fails init; a failed
   * priming invocation is logged, and the snapshot is taken all the same.
   */
  private static int prime(RuntimeApiClient api, Handler handler, FunctionInfo function, RuntimeLogger logger,
      String setting) {
    byte[] event;
    if (setting.startsWith("@")) {
      try {
        event = Files.readAllBytes(Path.of(setting.substring(1)));
      } catch (IOException | RuntimeException e) {
        return RuntimeLoop.initError(api, logger, HandlerInitException.ERROR_TYPE,
            PRIMING_EVENT + " names the file '" + setting.substring(1) + "', which cannot be read: " + e, null);
      }
    } else {
      event = setting.getBytes(StandardCharsets.UTF_8);
    }
    int invocations = 1;
    String count = System.getenv(PRIMING_INVOCATIONS);
    if (count != null && !count.isEmpty()) {
      try {
        invocations = Integer.parseInt(count.trim());
      } catch (NumberFormatException e) {
        invocations = -1;
      }
      if (invocations < 1) {
        return RuntimeLoop.initError(api, logger, HandlerInitException.ERROR_TYPE,
            PRIMING_INVOCATIONS + " is '" + count + "'; it takes the number of priming invocations, 1 or more.", null);
      }
    }
    ResponseBuffer out = new ResponseBuffer(Limits.MAX_SYNC_PAYLOAD_BYTES);
    for (int i = 1; i <= invocations; i++) {
      String requestId = "switchboard-priming-" + i;
      logger.setInvocation(requestId, null);
      out.reset();
      try {
        handler.invoke(event, new InvocationContext(requestId, function, null,
            System.currentTimeMillis() + 60_000, null, null, null, null, logger), out);
      } catch (Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
          throw (VirtualMachineError) t;
        }
        logger.log("Switchboard: priming invocation " + i + " of " + invocations + " failed (" + t
            + "); the snapshot is taken all the same.", LogLevel.WARN);
      }
      Thread.interrupted();
    }
    logger.setInvocation(null, null);
    System.out.flush();
    System.err.flush();
    return 0;
  }

  /** The first hook failure, or the exception itself when it holds none. */
  private static Throwable first(Exception e) {
    Throwable[] suppressed = e.getSuppressed();
    return suppressed.length > 0 ? suppressed[0] : e;
  }

  private static String summary(Exception e, String kind) {
    Throwable[] suppressed = e.getSuppressed();
    if (suppressed.length == 0) {
      return "the " + kind + " hooks failed: " + ErrorResponse.message(e);
    }
    return suppressed.length + (suppressed.length == 1 ? " " + kind + " hook" : " " + kind + " hooks")
        + " failed; the first: " + suppressed[0].getClass().getName() + ": " + ErrorResponse.message(suppressed[0]);
  }
}
