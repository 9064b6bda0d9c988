package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.HostileRuntimeApi.Reply;
import dev.switchboard.lambda.HostileRuntimeApi.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Runtime API's newer headers: {@code Lambda-Runtime-Invocation-Id}, when {@code /next} sends it,
 * comes back on that invocation's post; errors carry {@code Lambda-Runtime-Function-XRay-Error-Cause}.
 */
class NewerHeadersIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theInvocationIdIsEchoedAndErrorsCarryTheirXRayCause() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi()) {
      api.next(invocation("request-1", "inv-1", "{}"))
          .next(invocation("request-2", "inv-2", "{\"overflow\":true}"))
          .next(Reply.invocation("request-3", "{}"));
      try (RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("lambda-stack-overflow").start()) {
        List<Request> posts = awaitPosts(api, 3);
        assertEquals(3, posts.size(), runtime.describe());
        assertEquals("/2018-06-01/runtime/invocation/request-1/response", posts.get(0).rawPath());
        assertEquals("inv-1", posts.get(0).headers().get("lambda-runtime-invocation-id"));
        assertEquals("/2018-06-01/runtime/invocation/request-2/error", posts.get(1).rawPath());
        assertEquals("inv-2", posts.get(1).headers().get("lambda-runtime-invocation-id"));
        assertEquals("/2018-06-01/runtime/invocation/request-3/response", posts.get(2).rawPath());
        assertNull(posts.get(2).headers().get("lambda-runtime-invocation-id"), "an id is echoed only when sent");

        assertNull(posts.get(0).headers().get("lambda-runtime-function-xray-error-cause"), "no cause on a response");
        JsonNode cause = JSON.readTree(posts.get(1).headers().get("lambda-runtime-function-xray-error-cause"));
        assertEquals(System.getProperty("user.dir"), cause.get("working_directory").asText());
        JsonNode exception = cause.get("exceptions").get(0);
        assertEquals("java.lang.StackOverflowError", exception.get("type").asText());
        JsonNode top = exception.get("stack").get(0);
        assertEquals("recurse", top.get("label").asText(), top::toString);
        assertEquals("Failures.java", top.get("path").asText());
        assertTrue(top.get("line").asInt() > 0, top::toString);
        assertEquals("[\"Failures.java\"]", cause.get("paths").toString());
      }
    }
  }

  private static Reply invocation(String requestId, String invocationId, String event) {
    byte[] body = event.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\n"
        + "Lambda-Runtime-Aws-Request-Id: " + requestId + "\r\n"
        + "Lambda-Runtime-Invocation-Id: " + invocationId + "\r\n"
        + "Lambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 30_000) + "\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] head8859 = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head8859.length + body.length];
    System.arraycopy(head8859, 0, all, 0, head8859.length);
    System.arraycopy(body, 0, all, head8859.length, body.length);
    return new Reply(all, false);
  }

  private static List<Request> awaitPosts(HostileRuntimeApi api, int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (api.posts("/invocation/").size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    return api.posts("/invocation/");
  }
}
