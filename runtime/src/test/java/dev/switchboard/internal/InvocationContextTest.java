package dev.switchboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.ClientContext;
import dev.switchboard.CognitoIdentity;
import dev.switchboard.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Context a handler sees: function facts from the environment, the deadline, and the logger. */
class InvocationContextTest {

  @Test
  void functionInfoFallsBackToLocalValues() {
    FunctionInfo info = FunctionInfo.fromEnvironment(Map.of(), "hello", 128);

    assertEquals(new FunctionInfo("hello", "$LATEST", 128, "/aws/lambda/hello", "local"), info);
  }

  @Test
  void functionInfoReadsLambdasEnvironment() {
    FunctionInfo info = FunctionInfo.fromEnvironment(Map.of(
        "AWS_LAMBDA_FUNCTION_NAME", "orders-prod",
        "AWS_LAMBDA_FUNCTION_VERSION", "7",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", " 512 ",
        "AWS_LAMBDA_LOG_GROUP_NAME", "/custom/group",
        "AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[7]abc"), "orders", 128);

    assertEquals(new FunctionInfo("orders-prod", "7", 512, "/custom/group", "2026/01/01/[7]abc"), info);
  }

  @Test
  void unreadableMemorySizeFallsBack() {
    assertEquals(256, FunctionInfo.fromEnvironment(
        Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "lots"), "f", 256).memoryMb());
  }

  @Test
  void contextReportsWhatItWasGiven() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ClientContext client = ClientContexts.clientContext("{\"custom\": {\"k\": \"v\"}}");
    CognitoIdentity identity = ClientContexts.cognitoIdentity("{\"cognitoIdentityId\": \"id\"}");
    PrintStreamLogger logger = new PrintStreamLogger(new PrintStream(log, true, StandardCharsets.UTF_8));
    InvocationContext context = new InvocationContext("req-1",
        new FunctionInfo("fn", "3", 1024, "/aws/lambda/fn", "stream"),
        "arn:aws:lambda:eu-west-1:123456789012:function:fn:3",
        System.currentTimeMillis() + 60_000,
        "Root=1-abc",
        identity,
        client,
        logger);

    assertEquals("req-1", context.getAwsRequestId());
    assertEquals("fn", context.getFunctionName());
    assertEquals("3", context.getFunctionVersion());
    assertEquals(1024, context.getMemoryLimitInMB());
    assertEquals("/aws/lambda/fn", context.getLogGroupName());
    assertEquals("stream", context.getLogStreamName());
    assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:fn:3", context.getInvokedFunctionArn());
    assertEquals("Root=1-abc", context.getXrayTraceId());
    assertSame(identity, context.getIdentity());
    assertSame(client, context.getClientContext());
    assertSame(logger, context.getLogger());
    int remaining = context.getRemainingTimeInMillis();
    assertTrue(remaining > 0 && remaining <= 60_000, "remaining " + remaining);
  }

  @Test
  void remainingTimeIsNeverNegative() {
    InvocationContext late = new InvocationContext("r", new FunctionInfo("f", "$LATEST", 128, "g", "s"), "arn",
        System.currentTimeMillis() - 5_000, null, null, null, new PrintStreamLogger(System.err));

    assertEquals(0, late.getRemainingTimeInMillis());
    assertNull(late.getXrayTraceId());
    assertNull(late.getIdentity());
    assertNull(late.getClientContext());
  }

  @Test
  void loggerWritesOneLinePerRecordWithItsLevel() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStreamLogger logger = new PrintStreamLogger(new PrintStream(log, true, StandardCharsets.UTF_8));

    logger.log("plain");
    logger.log("calculated", LogLevel.INFO);
    logger.log("unknown action", LogLevel.ERROR);
    logger.log("no level", LogLevel.UNDEFINED);
    logger.log("bytes ✓".getBytes(StandardCharsets.UTF_8));

    String n = System.lineSeparator();
    assertEquals("plain" + n + "[INFO] calculated" + n + "[ERROR] unknown action" + n + "no level" + n + "bytes ✓" + n,
        log.toString(StandardCharsets.UTF_8));
  }

  @Test
  void limitsAreLambdas() {
    assertEquals(6 * 1024 * 1024, Limits.MAX_SYNC_PAYLOAD_BYTES);
    assertEquals(1024 * 1024, Limits.MAX_ASYNC_PAYLOAD_BYTES);
  }
}
