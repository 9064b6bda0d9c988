package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.FakeRuntimeApi.Invocation;
import dev.switchboard.lambda.FakeRuntimeApi.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A handler written for AWS's Java runtime in the Lambda loop: {@code _HANDLER} may be the class name
 * alone, as on AWS's runtime; AWS's Context carries the headers' values (the tenant id included) and its
 * logger writes the loop's JSON records with the request id.
 */
class AwsHandlerLoopIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REPORT = "dev.switchboard.fixtures.lambda.AwsContextReport";

  @Test
  void theClassNameAloneServesItsHandleRequestWithAwsContext() throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api)
            .handler(REPORT)
            .env("AWS_LAMBDA_FUNCTION_NAME", "report-fn")
            .env("AWS_LAMBDA_FUNCTION_VERSION", "3")
            .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
            .env("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/report-fn")
            .env("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[3]abc")
            .env("AWS_LAMBDA_LOG_FORMAT", "JSON")
            .start()) {
      String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1";
      Invocation invocation = api.enqueue(new Invocation("aws-request-1", "{\"id\":1}")
          .header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:report-fn")
          .header("Lambda-Runtime-Trace-Id", trace)
          .header("Lambda-Runtime-Aws-Tenant-Id", "tenant-42")
          .header("Lambda-Runtime-Client-Context", "{\"client\":{\"app_title\":\"Orders\"},\"custom\":{},\"env\":{}}")
          .header("Lambda-Runtime-Cognito-Identity", "{\"cognitoIdentityId\":\"eu-west-1:identity\"}"));
      Result result = api.awaitResult();
      assertEquals("response", result.kind, result::toString);
      JsonNode report = JSON.readTree(result.body);
      assertEquals(invocation.requestId, report.get("awsRequestId").asText());
      assertEquals("report-fn", report.get("functionName").asText());
      assertEquals("3", report.get("functionVersion").asText());
      assertEquals(1024, report.get("memoryLimitInMB").asInt());
      assertEquals("/aws/lambda/report-fn", report.get("logGroupName").asText());
      assertEquals("2026/01/01/[3]abc", report.get("logStreamName").asText());
      assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:report-fn", report.get("invokedFunctionArn").asText());
      assertTrue(report.get("remainingTimeInMillis").asInt() > 0, report::toString);
      assertEquals(trace, report.get("xrayTraceId").asText());
      assertEquals("tenant-42", report.get("tenantId").asText());
      assertEquals("eu-west-1:identity", report.get("identityId").asText());
      assertEquals("Orders", report.get("appTitle").asText());

      // AWS's logger writes the loop's JSON records, attributed to the request.
      List<JsonNode> records = runtime.stdout().lines().filter(line -> line.contains("aws logger"))
          .map(AwsHandlerLoopIT::parse).toList();
      assertEquals(2, records.size(), runtime.describe());
      assertEquals("WARN", records.get(0).get("level").asText());
      assertEquals("aws logger 1", records.get(0).get("message").asText());
      assertEquals("aws-request-1", records.get(0).get("AWSRequestId").asText());
      assertEquals("UNDEFINED", records.get(1).get("level").asText());
      assertEquals("aws-request-1", records.get(1).get("AWSRequestId").asText());

      // No tenant header on the next invocation: none leaks from the first.
      api.enqueue(new Invocation("aws-request-2", "{\"id\":2}"));
      JsonNode next = JSON.readTree(api.awaitResult().body);
      assertTrue(next.get("tenantId").isNull(), next::toString);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not a JSON record: " + line, e);
    }
  }
}
