package dev.switchboard.internal;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * AWS's {@code Context} (aws-lambda-java-core) over Switchboard's, for handlers written for AWS's Java
 * runtime: every getter forwards to the invocation's {@link dev.switchboard.Context}, and
 * {@link #getLogger()} writes to the same log as Switchboard's logger, in the same format and with the
 * same request id.
 *
 * <p>Generated tables call {@link #of} only in the case of a handler that takes AWS's Context, so
 * neither this class nor any {@code com.amazonaws} class is loaded for other handlers. {@code of} is
 * declared to return AWS's {@code Context}, the type the handler method takes, so that verifying the
 * table needs no class loaded to check the argument's type.
 */
public final class AwsContext implements Context {
  private final dev.switchboard.Context context;

  private AwsContext(dev.switchboard.Context context) {
    this.context = context;
  }

  /** AWS's Context for this invocation's Context. */
  public static Context of(dev.switchboard.Context context) {
    return new AwsContext(context);
  }

  @Override
  public String getAwsRequestId() {
    return context.getAwsRequestId();
  }

  @Override
  public String getLogGroupName() {
    return context.getLogGroupName();
  }

  @Override
  public String getLogStreamName() {
    return context.getLogStreamName();
  }

  @Override
  public String getFunctionName() {
    return context.getFunctionName();
  }

  @Override
  public String getFunctionVersion() {
    return context.getFunctionVersion();
  }

  @Override
  public String getInvokedFunctionArn() {
    return context.getInvokedFunctionArn();
  }

  @Override
  public CognitoIdentity getIdentity() {
    dev.switchboard.CognitoIdentity identity = context.getIdentity();
    return identity == null ? null : new Identity(identity);
  }

  @Override
  public ClientContext getClientContext() {
    dev.switchboard.ClientContext client = context.getClientContext();
    return client == null ? null : new Caller(client);
  }

  @Override
  public int getRemainingTimeInMillis() {
    return context.getRemainingTimeInMillis();
  }

  @Override
  public int getMemoryLimitInMB() {
    return context.getMemoryLimitInMB();
  }

  @Override
  public LambdaLogger getLogger() {
    return new Logger(context.getLogger());
  }

  @Override
  public String getTenantId() {
    return context.getTenantId();
  }

  @Override
  public String getXrayTraceId() {
    return context.getXrayTraceId();
  }

  @Override
  public String toString() {
    return "AwsContext[" + context.getAwsRequestId() + "]";
  }

  /** AWS's logger over Switchboard's: each call is the same record Switchboard's logger writes. */
  private static final class Logger implements LambdaLogger {
    private final dev.switchboard.LambdaLogger logger;

    Logger(dev.switchboard.LambdaLogger logger) {
      this.logger = logger;
    }

    @Override
    public void log(String message) {
      logger.log(message);
    }

    @Override
    public void log(byte[] message) {
      logger.log(message);
    }

    @Override
    public void log(String message, LogLevel level) {
      logger.log(message, level(level));
    }

    @Override
    public void log(byte[] message, LogLevel level) {
      logger.log(new String(message, StandardCharsets.UTF_8), level(level));
    }

    /** The two enums have the same constants: UNDEFINED, TRACE, DEBUG, INFO, WARN, ERROR, FATAL. */
    private static dev.switchboard.LogLevel level(LogLevel level) {
      return level == null ? dev.switchboard.LogLevel.UNDEFINED : dev.switchboard.LogLevel.valueOf(level.name());
    }
  }

  private static final class Identity implements CognitoIdentity {
    private final dev.switchboard.CognitoIdentity identity;

    Identity(dev.switchboard.CognitoIdentity identity) {
      this.identity = identity;
    }

    @Override
    public String getIdentityId() {
      return identity.getIdentityId();
    }

    @Override
    public String getIdentityPoolId() {
      return identity.getIdentityPoolId();
    }
  }

  private static final class Caller implements ClientContext {
    private final dev.switchboard.ClientContext client;

    Caller(dev.switchboard.ClientContext client) {
      this.client = client;
    }

    @Override
    public Client getClient() {
      dev.switchboard.Client app = client.getClient();
      return app == null ? null : new App(app);
    }

    @Override
    public Map<String, String> getCustom() {
      return client.getCustom();
    }

    @Override
    public Map<String, String> getEnvironment() {
      return client.getEnvironment();
    }
  }

  private static final class App implements Client {
    private final dev.switchboard.Client app;

    App(dev.switchboard.Client app) {
      this.app = app;
    }

    @Override
    public String getInstallationId() {
      return app.getInstallationId();
    }

    @Override
    public String getAppTitle() {
      return app.getAppTitle();
    }

    @Override
    public String getAppVersionName() {
      return app.getAppVersionName();
    }

    @Override
    public String getAppVersionCode() {
      return app.getAppVersionCode();
    }

    @Override
    public String getAppPackageName() {
      return app.getAppPackageName();
    }
  }
}
