package dev.switchboard.lambda;

import dev.switchboard.LogLevel;
import dev.switchboard.internal.ClientContexts;
import dev.switchboard.internal.ErrorResponse;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerInitException;
import dev.switchboard.internal.HandlerRegistry;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.Limits;
import dev.switchboard.internal.ResponseBuffer;
import dev.switchboard.internal.UnknownHandlerException;
import dev.switchboard.internal.XRayErrorCause;
import dev.switchboard.internal.json.EventBindingException;
import java.io.IOException;

/**
 * The Lambda custom runtime: creates one handler, then serves invocations from the Runtime API
 * 2018-06-01 until the API goes away, the JVM fails beyond repair, or (for training runs) a set
 * number of invocations has been served.
 *
 * <p>Everything here is on the cold-start path, so it loads as few classes as it can: no lambdas,
 * streams, {@code String.format}, regular expressions or {@code java.time}.
 *
 * <p>Environment:
 *
 * <ul>
 *   <li>{@code AWS_LAMBDA_RUNTIME_API}: the API's {@code host:port};
 *   <li>{@code _HANDLER}: the handler name, unless the command line names it;
 *   <li>{@code AWS_LAMBDA_LOG_FORMAT}, {@code AWS_LAMBDA_LOG_LEVEL}: see {@link RuntimeLogger};
 *   <li>{@value #MAX_INVOCATIONS}: when set to N, the process exits with status 0 after serving N
 *       invocations. Training runs that make a class-data archive need a JVM that exits by itself.
 *   <li>{@code AWS_LAMBDA_INITIALIZATION_TYPE}: {@code snap-start} runs {@link SnapStart} after init;
 *   <li>{@value #MAX_CONCURRENCY} (Lambda Managed Instances): when set to N, {@link Workers} serves
 *       up to N invocations at once; unset, one loop serves one invocation at a time on the main
 *       thread, and none of the workers' classes load.
 * </ul>
 */
public final class RuntimeLoop {
  /** The environment variable that makes the loop stop cleanly after that many invocations. */
  public static final String MAX_INVOCATIONS = "SWITCHBOARD_MAX_INVOCATIONS";

  /** Set by Lambda Managed Instances: how many invocations one execution environment serves at once. */
  static final String MAX_CONCURRENCY = "AWS_LAMBDA_MAX_CONCURRENCY";

  /** The system property that X-Ray's SDK reads the trace header from, as AWS's Java runtime sets it. */
  static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

  /** The {@code errorType} of a response that is over Lambda's payload limit. */
  static final String RESPONSE_TOO_LARGE = "Function.ResponseSizeTooLarge";

  private final RuntimeApiClient api;
  private final Handler handler;
  private final FunctionInfo function;
  private final RuntimeLogger logger;
  private final long maxInvocations;
  /**
   * Whether this loop is one of several workers (Lambda Managed Instances): then it sets no
   * process-wide trace property, and puts the trace id in the AWS SDK's thread-local when
   * {@link #sdkTraceId} says the SDK is there.
   */
  private final boolean worker;
  private final boolean sdkTraceId;
  private final ResponseBuffer response = new ResponseBuffer(Limits.MAX_SYNC_PAYLOAD_BYTES);

  private RuntimeLoop(
      RuntimeApiClient api, Handler handler, FunctionInfo function, RuntimeLogger logger, long maxInvocations) {
    this(api, handler, function, logger, maxInvocations, false, false);
  }

  /** One worker's loop, or (with {@code worker} false) the single loop of the main thread. */
  RuntimeLoop(RuntimeApiClient api, Handler handler, FunctionInfo function, RuntimeLogger logger,
      long maxInvocations, boolean worker, boolean sdkTraceId) {
    this.api = api;
    this.handler = handler;
    this.function = function;
    this.logger = logger;
    this.maxInvocations = maxInvocations;
    this.worker = worker;
    this.sdkTraceId = sdkTraceId;
  }

  /**
   * Runs the runtime for the handler named by {@code handlerArgument}, or by {@code _HANDLER} when
   * the argument is null, against the Runtime API at {@code runtimeApi}. Returns the process exit
   * status: 0 after {@value #MAX_INVOCATIONS} invocations, non-zero after an init error or when the
   * loop cannot go on.
   */
  public static int run(String runtimeApi, String handlerArgument) {
    String concurrency = System.getenv(MAX_CONCURRENCY);
    boolean concurrent = concurrency != null && !concurrency.isEmpty();
    RuntimeLogger logger = RuntimeLogger.fromEnvironment(System.out, concurrent);
    RuntimeApiClient api;
    try {
      api = new RuntimeApiClient(runtimeApi);
    } catch (IllegalArgumentException e) {
      logger.log("Switchboard: AWS_LAMBDA_RUNTIME_API is '" + runtimeApi + "', which is not a host:port ("
          + e.getMessage() + "). The runtime exits.", LogLevel.FATAL);
      return 1;
    }
    String name = handlerArgument != null && !handlerArgument.isEmpty() ? handlerArgument : System.getenv("_HANDLER");

    long maxInvocations = 0;
    String max = System.getenv(MAX_INVOCATIONS);
    if (max != null && !max.isEmpty()) {
      try {
        maxInvocations = Long.parseLong(max.trim());
      } catch (NumberFormatException e) {
        maxInvocations = -1;
      }
      if (maxInvocations <= 0) {
        return initError(api, logger, HandlerInitException.ERROR_TYPE,
            MAX_INVOCATIONS + " is '" + max + "'; it takes a positive number of invocations to serve"
                + " before exiting. Unset it to serve invocations until Lambda stops the function.",
            null);
      }
    }

    int workers = 0;
    if (concurrent) {
      try {
        workers = Integer.parseInt(concurrency.trim());
      } catch (NumberFormatException e) {
        workers = -1;
      }
      if (workers < 1) {
        return initError(api, logger, HandlerInitException.ERROR_TYPE,
            MAX_CONCURRENCY + " is '" + concurrency + "'; it takes the number of invocations to serve at"
                + " once, 1 or more (Lambda Managed Instances set it).",
            null);
      }
    }

    Handler handler;
    try {
      HandlerRegistry registry = HandlerRegistry.load();
      if (name == null || name.isBlank()) {
        return initError(api, logger, UnknownHandlerException.ERROR_TYPE,
            "No handler named: set the function's handler (its Handler setting, which Lambda passes"
                + " as _HANDLER) to one of: " + String.join(", ", registry.names()),
            null);
      }
      handler = registry.createHandler(name);
    } catch (Throwable t) {
      return initError(api, logger, ErrorResponse.errorType(t), describe(t), t);
    }
    FunctionInfo function = FunctionInfo.fromEnvironment(System.getenv(), name, 128);
    if ("snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
      int status = SnapStart.prepare(api, handler, function, logger);
      if (status != 0) {
        return status;
      }
    }
    if (concurrent) {
      return Workers.run(api, workers, handler, function, logger, maxInvocations);
    }
    return new RuntimeLoop(api, handler, function, logger, maxInvocations).loop();
  }

  private int loop() {
    try {
      for (long served = 0; maxInvocations == 0 || served < maxInvocations; served++) {
        serve(api.next());
      }
      return 0;
    } catch (IOException | VirtualMachineError e) {
      return ended(e);
    }
  }

  /**
   * A worker's loop: serves invocations while {@code workers} grants them (all of them, unless
   * {@value #MAX_INVOCATIONS} is set). Returns 0 when the grants run out, 1 when the loop cannot go on.
   */
  int loop(Workers workers) {
    try {
      while (workers.claim()) {
        serve(api.next());
      }
      return 0;
    } catch (IOException | VirtualMachineError e) {
      return ended(e);
    }
  }

  /** Logs why the loop ends, and returns the exit status 1. */
  private int ended(Throwable e) {
    if (e instanceof RuntimeApiException) {
      logger.log("Switchboard: " + e.getMessage() + ". The runtime exits.", LogLevel.FATAL);
    } else if (e instanceof IOException) {
      logger.log("Switchboard: lost the Runtime API at " + api.address() + " (" + e
          + "). The runtime exits.", LogLevel.FATAL);
    } else {
      logger.log("Switchboard: " + e + " leaves the JVM unfit to serve more invocations."
          + " The runtime exits, and Lambda starts a new one.", LogLevel.FATAL);
    }
    return 1;
  }

  /** Serves one invocation and delivers its outcome. Throws when the loop must end. */
  private void serve(Invocation invocation) throws IOException {
    String requestId = invocation.requestId;
    if (worker) {
      if (sdkTraceId) {
        SdkTraceId.set(invocation.traceId);
      }
    } else if (invocation.traceId != null) {
      System.setProperty(TRACE_HEADER_PROPERTY, invocation.traceId);
    } else {
      System.clearProperty(TRACE_HEADER_PROPERTY);
    }
    logger.setInvocation(requestId, invocation.tenantId);
    if (handler.streaming()) {
      serveStreaming(invocation);
      return;
    }
    response.reset();

    Throwable failure = null;
    try {
      handler.invoke(invocation.event, context(invocation), response);
    } catch (Throwable t) {
      failure = t;
    }
    System.out.flush();
    System.err.flush();
    // A handler that interrupted its own thread must not break the next request.
    Thread.interrupted();

    if (failure != null) {
      reportError(requestId, ErrorResponse.errorType(failure), describe(failure), failure, errorJson(failure));
      if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
        throw (VirtualMachineError) failure;
      }
      return;
    }
    if (response.isOverLimit()) {
      String message = "Response payload size (" + response.total() + " bytes) exceeded maximum allowed"
          + " payload size (" + Limits.MAX_SYNC_PAYLOAD_BYTES + " bytes).";
      reportError(requestId, RESPONSE_TOO_LARGE, message, null, ErrorResponse.toJson(RESPONSE_TOO_LARGE, message));
      return;
    }
    try {
      api.postResponse(requestId, response.array(), response.size());
    } catch (RuntimeApiException e) {
      if (e.isFatal()) {
        throw e;
      }
      if (e.status() == 413) {
        String message = "Response payload size (" + response.size() + " bytes) was refused as too large: "
            + e.getMessage();
        reportError(requestId, RESPONSE_TOO_LARGE, message, null, ErrorResponse.toJson(RESPONSE_TOO_LARGE, message));
      } else {
        logger.log("Switchboard: the response to request " + requestId + " was not delivered: "
            + e.getMessage(), LogLevel.ERROR);
      }
    }
  }

  /**
   * Serves one invocation of a streaming handler through {@link StreamedResponse}, which this method
   * alone names: a buffered handler never loads it. A failure before the first chunk goes to
   * {@code /error}, as a buffered handler's does.
   */
  private void serveStreaming(Invocation invocation) throws IOException {
    InvocationContext context;
    try {
      context = context(invocation);
    } catch (Throwable t) {
      reportError(invocation.requestId, ErrorResponse.errorType(t), describe(t), t, errorJson(t));
      return;
    }
    Throwable failure = StreamedResponse.serve(api, handler, invocation.event, context, invocation.requestId, logger);
    Thread.interrupted();
    if (failure != null) {
      reportError(invocation.requestId, ErrorResponse.errorType(failure), describe(failure), failure, errorJson(failure));
      if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
        throw (VirtualMachineError) failure;
      }
    }
  }

  private InvocationContext context(Invocation invocation) {
    return new InvocationContext(
        invocation.requestId,
        function,
        invocation.invokedFunctionArn,
        invocation.deadlineEpochMillis(),
        invocation.traceId,
        invocation.tenantId,
        invocation.cognitoIdentity == null ? null : identity(invocation.cognitoIdentity),
        invocation.clientContext == null ? null : clientContext(invocation.clientContext),
        logger);
  }

  private static dev.switchboard.CognitoIdentity identity(String json) {
    try {
      return ClientContexts.cognitoIdentity(json);
    } catch (EventBindingException e) {
      throw new EventBindingException(
          "The " + RuntimeApiClient.COGNITO_IDENTITY + " header is not a JSON object: " + e.getMessage(), e);
    }
  }

  private static dev.switchboard.ClientContext clientContext(String json) {
    try {
      return ClientContexts.clientContext(json);
    } catch (EventBindingException e) {
      throw new EventBindingException(
          "The " + RuntimeApiClient.CLIENT_CONTEXT + " header is not a JSON object: " + e.getMessage(), e);
    }
  }

  /**
   * Posts a failed invocation to the API, then logs it: the report comes first, so that nothing the
   * log does can keep it from Lambda. Only a 5xx answer from the API, or a lost connection, throws.
   */
  private void reportError(String requestId, String errorType, String message, Throwable error, byte[] json)
      throws IOException {
    try {
      api.postError(requestId, errorType, error == null ? null : XRayErrorCause.of(error), json);
    } catch (RuntimeApiException e) {
      if (e.isFatal()) {
        logError(logger, errorType, message, error);
        throw e;
      }
      logger.log("Switchboard: the error of request " + requestId + " was not delivered: " + e.getMessage(),
          LogLevel.ERROR);
    }
    logError(logger, errorType, message, error);
  }

  /** Logs a failure; a throwable that cannot be logged in full is logged by its type and message. */
  static void logError(RuntimeLogger logger, String errorType, String message, Throwable error) {
    try {
      logger.logError(errorType, message, error);
    } catch (RuntimeException | StackOverflowError e) {
      logger.logError(errorType, message, null);
    }
  }

  static int initError(
      RuntimeApiClient api, RuntimeLogger logger, String errorType, String message, Throwable error) {
    byte[] json = error == null ? ErrorResponse.toJson(errorType, message) : errorJson(error);
    try {
      api.postInitError(errorType, error == null ? null : XRayErrorCause.of(error), json);
    } catch (IOException e) {
      logger.log("Switchboard: the init error could not be reported to the Runtime API at " + api.address()
          + ": " + e.getMessage(), LogLevel.FATAL);
    }
    logError(logger, errorType, message, error);
    return 1;
  }

  /** Lambda's error shape for a throwable, even when the throwable fails to describe itself. */
  private static byte[] errorJson(Throwable error) {
    try {
      return ErrorResponse.toJson(error);
    } catch (RuntimeException | StackOverflowError e) {
      return ErrorResponse.toJson(ErrorResponse.errorType(error), describe(error));
    }
  }

  /** The message of a throwable, or a note of why it has none that can be read. */
  private static String describe(Throwable error) {
    return ErrorResponse.message(error);
  }
}
