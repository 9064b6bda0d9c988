package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.switchboard.LogLevel;
import dev.switchboard.internal.AwsContext;
import dev.switchboard.internal.ClientContexts;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.InvocationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AWS's Context over Switchboard's: every getter gives the invocation's value, and AWS's logger writes
 * the very records Switchboard's logger writes, in the Lambda loop's Text and JSON formats, with the
 * request id, and honours the log level.
 */
class AwsContextTest {
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:orders:live";

  @Test
  void everyGetterForwardsTheInvocationsValues() {
    InvocationContext switchboard = context(
        new RuntimeLogger(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false,
            LogLevel.UNDEFINED),
        "tenant-7");
    Context aws = AwsContext.of(switchboard);

    assertEquals("request-1", aws.getAwsRequestId());
    assertEquals("/aws/lambda/orders", aws.getLogGroupName());
    assertEquals("2026/01/31/[12]0123abcd", aws.getLogStreamName());
    assertEquals("orders", aws.getFunctionName());
    assertEquals("12", aws.getFunctionVersion());
    assertEquals(ARN, aws.getInvokedFunctionArn());
    assertEquals(512, aws.getMemoryLimitInMB());
    int remaining = aws.getRemainingTimeInMillis();
    assertTrue(remaining > 50_000 && remaining <= 60_000, "remaining " + remaining);
    assertEquals("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", aws.getXrayTraceId());
    assertEquals("tenant-7", aws.getTenantId());

    assertEquals("us-east-1:identity", aws.getIdentity().getIdentityId());
    assertEquals("us-east-1:pool", aws.getIdentity().getIdentityPoolId());
    ClientContext client = aws.getClientContext();
    assertEquals(Map.of("tier", "gold"), client.getCustom());
    assertEquals(Map.of("platform", "Android"), client.getEnvironment());
    Client app = client.getClient();
    assertEquals("install-1", app.getInstallationId());
    assertEquals("Shop", app.getAppTitle());
    assertEquals("1.2", app.getAppVersionName());
    assertEquals("12", app.getAppVersionCode());
    assertEquals("com.example.shop", app.getAppPackageName());
  }

  @Test
  void missingValuesStayMissing() {
    InvocationContext bare = new InvocationContext("request-2",
        new FunctionInfo("f", "$LATEST", 128, "/aws/lambda/f", "s"), ARN, Long.MAX_VALUE, null, null, null,
        new RuntimeLogger(System.out, false, LogLevel.UNDEFINED));
    Context aws = AwsContext.of(bare);
    assertNull(aws.getIdentity());
    assertNull(aws.getClientContext());
    assertNull(aws.getXrayTraceId());
    assertNull(aws.getTenantId());
  }

  @Test
  void awsLoggerWritesWhatSwitchboardsLoggerWritesInJson() {
    assertSameRecords(true);
  }

  @Test
  void awsLoggerWritesWhatSwitchboardsLoggerWritesInText() {
    assertSameRecords(false);
  }

  /** The same calls through both loggers, into two logs of the same format: the same lines, but the time. */
  private static void assertSameRecords(boolean json) {
    ByteArrayOutputStream viaSwitchboard = new ByteArrayOutputStream();
    ByteArrayOutputStream viaAws = new ByteArrayOutputStream();
    RuntimeLogger switchboardLog = new RuntimeLogger(new PrintStream(viaSwitchboard, true, StandardCharsets.UTF_8),
        json, LogLevel.INFO);
    RuntimeLogger awsLog = new RuntimeLogger(new PrintStream(viaAws, true, StandardCharsets.UTF_8), json,
        LogLevel.INFO);
    switchboardLog.setInvocation("request-1", null);
    awsLog.setInvocation("request-1", null);

    dev.switchboard.LambdaLogger switchboard = context(switchboardLog, null).getLogger();
    switchboard.log("plain");
    switchboard.log("two\nlines", LogLevel.WARN);
    switchboard.log("dropped below INFO", LogLevel.DEBUG);
    switchboard.log("bytes".getBytes(StandardCharsets.UTF_8));
    switchboard.log("failed", LogLevel.ERROR);

    LambdaLogger aws = AwsContext.of(context(awsLog, null)).getLogger();
    aws.log("plain");
    aws.log("two\nlines", com.amazonaws.services.lambda.runtime.logging.LogLevel.WARN);
    aws.log("dropped below INFO", com.amazonaws.services.lambda.runtime.logging.LogLevel.DEBUG);
    aws.log("bytes".getBytes(StandardCharsets.UTF_8));
    aws.log("failed".getBytes(StandardCharsets.UTF_8), com.amazonaws.services.lambda.runtime.logging.LogLevel.ERROR);

    String expected = withoutTimestamps(viaSwitchboard.toString(StandardCharsets.UTF_8));
    assertEquals(expected, withoutTimestamps(viaAws.toString(StandardCharsets.UTF_8)));
    assertEquals(4, expected.split("\n").length, expected);
    if (json) {
      assertTrue(expected.contains("\"level\":\"WARN\",\"message\":\"two\\nlines\",\"AWSRequestId\":\"request-1\""),
          expected);
      assertTrue(expected.contains("\"level\":\"UNDEFINED\",\"message\":\"plain\""), expected);
    } else {
      assertTrue(expected.contains("[WARN] two\rlines"), expected);
      assertTrue(expected.contains("[ERROR] failed"), expected);
    }
  }

  private static String withoutTimestamps(String log) {
    return log.replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"T\"");
  }

  private static InvocationContext context(dev.switchboard.LambdaLogger logger, String tenantId) {
    return new InvocationContext(
        "request-1",
        new FunctionInfo("orders", "12", 512, "/aws/lambda/orders", "2026/01/31/[12]0123abcd"),
        ARN,
        System.currentTimeMillis() + 60_000,
        "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
        tenantId,
        ClientContexts.cognitoIdentity("{\"cognitoIdentityId\":\"us-east-1:identity\",\"cognitoIdentityPoolId\":\"us-east-1:pool\"}"),
        ClientContexts.clientContext("{\"client\":{\"installation_id\":\"install-1\",\"app_title\":\"Shop\","
            + "\"app_version_name\":\"1.2\",\"app_version_code\":\"12\",\"app_package_name\":\"com.example.shop\"},"
            + "\"custom\":{\"tier\":\"gold\"},\"env\":{\"platform\":\"Android\"}}"),
        logger);
  }
}
