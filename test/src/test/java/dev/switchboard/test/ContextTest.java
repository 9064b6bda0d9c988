package dev.switchboard.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SwitchboardExtension.class)
class ContextTest {
  @Test
  void eachInvocationHasAFreshRequestIdThatTheResultReports(LambdaInvoker lambda) {
    InvocationResult first = lambda.invoke("context", "{}");
    InvocationResult second = lambda.invoke("context", "{}");

    assertEquals(first.requestId(), first.tree().get("requestId").asText());
    assertEquals(second.requestId(), second.tree().get("requestId").asText());
    assertNotEquals(first.requestId(), second.requestId());
    assertEquals(first.requestId(), UUID.fromString(first.requestId()).toString());
  }

  @Test
  void remainingTimeCountsDownFromLambdasDefaultTimeout(LambdaInvoker lambda) {
    int remaining = lambda.invoke("context", "{}").tree().get("remaining").asInt();

    assertTrue(remaining > 0 && remaining <= 3000, "remaining " + remaining);
  }

  @Test
  void remainingTimeCountsDownFromTheTimeoutSet(LambdaInvoker lambda) {
    int remaining = lambda.withTimeout(Duration.ofSeconds(60)).invoke("context", "{}").tree().get("remaining").asInt();

    assertTrue(remaining > 3000 && remaining <= 60_000, "remaining " + remaining);
  }

  @Test
  void functionValuesAreLocalOnesNamedAfterTheHandler(LambdaInvoker lambda) {
    JsonNode context = lambda.invoke("context", "{}").tree();

    assertEquals("context", context.get("functionName").asText());
    assertEquals("$LATEST", context.get("functionVersion").asText());
    assertEquals("arn:aws:lambda:us-east-1:000000000000:function:context", context.get("arn").asText());
    assertEquals(128, context.get("memory").asInt());
    assertEquals("/aws/lambda/context", context.get("logGroup").asText());
    assertTrue(context.get("logStream").asText().matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST\\][0-9a-f]{32}"),
        context.get("logStream").asText());
    assertEquals("switchboard-test-invoke", context.get("thread").asText(), "the handler runs on a thread of its own");
  }

  @Test
  void functionNameAndMemoryCanBeSet(LambdaInvoker lambda) {
    JsonNode context = lambda.withFunctionName("orders-api").withMemoryLimit(1024).invoke("context", "{}").tree();

    assertEquals("orders-api", context.get("functionName").asText());
    assertEquals("arn:aws:lambda:us-east-1:000000000000:function:orders-api", context.get("arn").asText());
    assertEquals("/aws/lambda/orders-api", context.get("logGroup").asText());
    assertEquals(1024, context.get("memory").asInt());
  }

  @Test
  void oneInvokerIsOneEnvironmentAndCreateGivesAFreshOne(LambdaInvoker lambda) {
    LambdaInvoker environment = LambdaInvoker.create();
    JsonNode first = environment.invoke("context", "{}").tree();
    JsonNode second = environment.withTimeout(Duration.ofSeconds(5)).invoke("context", "{}").tree();
    JsonNode fresh = LambdaInvoker.create().invoke("context", "{}").tree();

    assertEquals(1, first.get("invocation").asInt());
    assertEquals(2, second.get("invocation").asInt(), "the handler instance is kept, as in a warm environment");
    assertEquals(first.get("logStream"), second.get("logStream"));
    assertEquals(1, fresh.get("invocation").asInt(), "a new environment creates the handler again");
    assertNotEquals(first.get("logStream"), fresh.get("logStream"));
  }
}
