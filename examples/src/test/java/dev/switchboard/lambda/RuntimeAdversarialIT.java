package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.fixtures.hostile.HostileExceptions;
import dev.switchboard.lambda.FakeRuntimeApi.Result;
import dev.switchboard.lambda.HostileRuntimeApi.Reply;
import dev.switchboard.lambda.HostileRuntimeApi.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Lambda loop against a Runtime API that misbehaves and handlers whose exceptions do: whatever
 * happens, every invocation is reported once, to the right request, or the runtime exits saying why.
 */
class RuntimeAdversarialIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The {@code errorType} each kind of {@link HostileExceptions} must be reported with. */
  private static final Map<String, String> ERROR_TYPES = Map.of(
      "cause-message-throws", "java.lang.IllegalStateException",
      "message-throws", HostileExceptions.MessageThrows.class.getName(),
      "trace-throws", HostileExceptions.TraceThrows.class.getName(),
      "trace-null", HostileExceptions.TraceNull.class.getName(),
      "trace-null-frame", HostileExceptions.TraceNullFrame.class.getName(),
      "cause-throws", HostileExceptions.CauseThrows.class.getName(),
      "cause-cycle", HostileExceptions.CycleA.class.getName(),
      "to-string-throws", HostileExceptions.ToStringThrows.class.getName());

  @ParameterizedTest
  @ValueSource(strings = {"Text", "JSON"})
  void exceptionsThatCannotDescribeThemselvesAreReportedAndTheLoopGoesOn(String format) throws Exception {
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hostile-throw")
            .env("AWS_LAMBDA_LOG_FORMAT", format).start()) {
      for (String kind : HostileExceptions.KINDS) {
        FakeRuntimeApi.Invocation invocation = api.enqueue("{\"kind\":\"" + kind + "\"}");
        Result result = api.awaitResult();
        assertEquals("error", result.kind, () -> kind + ": " + result + describe(runtime));
        assertEquals(invocation.requestId, result.requestId, kind);
        assertEquals(ERROR_TYPES.get(kind), result.errorType, kind);
        JsonNode error = JSON.readTree(result.body);
        assertEquals(ERROR_TYPES.get(kind), error.get("errorType").asText(), () -> kind + ": " + result);
        assertTrue(error.get("stackTrace").isArray(), () -> kind + ": " + result);
      }
      api.enqueue("{\"kind\":\"none\"}");
      Result after = api.awaitResult();
      assertEquals("response", after.kind, after::toString);
      assertEquals("\"no such kind: none\"", after.text());
      assertTrue(runtime.isAlive(), runtime.describe());
      String log = runtime.stdout();
      for (String kind : HostileExceptions.KINDS) {
        assertTrue(log.contains(ERROR_TYPES.get(kind)), () -> kind + " is not in the log:\n" + log);
      }
    }
  }

  @Test
  void anEventCutShortIsATransportErrorNotAnEvent() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout")
            .env(RuntimeLoop.MAX_INVOCATIONS, "1").start()) {
      // Content-Length 9, and only the 4 bytes of a complete JSON string before the close.
      api.next(Reply.shortInvocation("short-1", 9, "\"ab\""));

      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertEquals(List.of(), api.posts("short-1"), "nothing may be posted for an event that never fully came");
      assertTrue(runtime.stdout().contains("lost the Runtime API"), runtime.describe());
      assertTrue(runtime.stdout().contains("ended after 4 of its 9 bytes"), runtime.describe());
    }
  }

  @Test
  void aChunkedEventIsReadWhole() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout")
            .env(RuntimeLoop.MAX_INVOCATIONS, "1").start()) {
      String head = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: chunked-1\r\nLambda-Runtime-Deadline-Ms: "
          + (System.currentTimeMillis() + 30_000) + "\r\nTransfer-Encoding: chunked\r\n\r\n";
      api.next(new Reply((head + "4;ext=1\r\n\"abc\r\n3\r\nde\"\r\n0\r\nTrailer: x\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8), false));

      assertEquals(0, runtime.awaitExit(), runtime.describe());
      List<Request> posts = api.posts("chunked-1");
      assertEquals(1, posts.size(), () -> api.requests().toString());
      assertEquals("\"ABCDE\"", posts.get(0).text());
    }
  }

  @Test
  void aKeptAliveConnectionClosedByTheApiIsOpenedAgainForTheNextEvent() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout")
            .env(RuntimeLoop.MAX_INVOCATIONS, "2").start()) {
      // Each post is answered, then the connection closes without a word: the next GET finds it dead.
      api.onPost(request -> new Reply(Reply.accepted().bytes(), true));
      api.next(Reply.invocation("alive-1", "\"one\""));
      api.next(Reply.invocation("alive-2", "\"two\""));

      assertEquals(0, runtime.awaitExit(), runtime.describe());
      assertEquals(List.of("\"ONE\""), api.posts("alive-1").stream().map(Request::text).toList());
      assertEquals(List.of("\"TWO\""), api.posts("alive-2").stream().map(Request::text).toList());
    }
  }

  @Test
  void aResponseWhoseConnectionClosesUnansweredIsNotPostedTwice() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout")
            .env(RuntimeLoop.MAX_INVOCATIONS, "1").start()) {
      api.onPost(request -> Reply.hangUp());
      api.next(Reply.invocation("once-1", "\"quiet\""));

      assertEquals(1, runtime.awaitExit(), runtime.describe());
      List<Request> posts = api.posts("once-1");
      assertEquals(1, posts.size(), () -> "the response was posted " + posts.size() + " times: " + posts);
      assertEquals("\"QUIET\"", posts.get(0).text());
      assertTrue(runtime.stdout().contains("lost the Runtime API"), runtime.describe());
    }
  }

  @Test
  void anErrorWhoseConnectionClosesUnansweredIsNotPostedTwice() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("lambda-throw")
            .env(RuntimeLoop.MAX_INVOCATIONS, "1").start()) {
      api.onPost(request -> Reply.hangUp());
      api.next(Reply.invocation("once-2", "{\"message\":\"no\"}"));

      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertEquals(1, api.posts("once-2").size(), () -> api.requests().toString());
    }
  }

  @Test
  void requestIdsArePathSegmentsThatNameNoOtherResource() throws Exception {
    String[] ids = {"../../init/error", "id with spaces/and?query#fragment", "id;with=odd&chars%41", ".."};
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout")
            .env(RuntimeLoop.MAX_INVOCATIONS, Integer.toString(ids.length)).start()) {
      for (String id : ids) {
        api.next(Reply.invocation(id, "\"quiet\""));
      }

      assertEquals(0, runtime.awaitExit(), runtime.describe());
      List<Request> posts = api.posts("/");
      assertEquals(List.of(
              "/2018-06-01/runtime/invocation/%2E%2E%2F%2E%2E%2Finit%2Ferror/response",
              "/2018-06-01/runtime/invocation/id%20with%20spaces%2Fand%3Fquery%23fragment/response",
              "/2018-06-01/runtime/invocation/id%3Bwith%3Dodd%26chars%2541/response",
              "/2018-06-01/runtime/invocation/%2E%2E/response"),
          posts.stream().map(Request::rawPath).toList(), () -> api.requests().toString());
    }
  }

  @Test
  void goneOnNextEndsTheRuntimeSayingSo() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout").start()) {
      api.next(Reply.status(410, "{\"errorMessage\":\"gone\"}"));

      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertTrue(runtime.stdout().contains("answered 410 to GET invocation/next"), runtime.describe());
    }
  }

  @Test
  void aServerErrorToAResponseEndsTheRuntimeAfterOnePost() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("shout").start()) {
      api.onPost(request -> Reply.status(500, "{\"errorMessage\":\"broken\"}"));
      api.next(Reply.invocation("five-hundred", "\"quiet\""));

      assertEquals(1, runtime.awaitExit(), runtime.describe());
      assertEquals(1, api.posts("five-hundred").size(), () -> api.requests().toString());
      assertTrue(runtime.stdout().contains("answered 500"), runtime.describe());
    }
  }

  @Test
  void aRefusedErrorIsLoggedAndTheLoopGoesOn() throws Exception {
    try (HostileRuntimeApi api = new HostileRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("lambda-throw")
            .env(RuntimeLoop.MAX_INVOCATIONS, "2").start()) {
      api.onPost(request -> request.rawPath().contains("refused")
          ? Reply.status(400, "{\"errorMessage\":\"invalid request id\"}") : Reply.accepted());
      api.next(Reply.invocation("refused", "{\"message\":\"one\"}"));
      api.next(Reply.invocation("accepted", "{\"message\":\"two\"}"));

      assertEquals(0, runtime.awaitExit(), runtime.describe());
      assertEquals(1, api.posts("accepted/error").size(), () -> api.requests().toString());
      assertTrue(runtime.stdout().contains("the error of request refused was not delivered"), runtime.describe());
    }
  }

  private static String describe(RuntimeProcess runtime) {
    try {
      return runtime.describe();
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
