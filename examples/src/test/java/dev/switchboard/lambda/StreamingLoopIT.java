package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lambda.StreamingRuntimeApi.Post;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming handlers in the Lambda loop, against a Runtime API that reads the chunked posts off a raw
 * socket ({@link StreamingRuntimeApi}); the trailers are checked again with Netty's HTTP decoder.
 */
@SuppressWarnings("try") // Some tests only need the runtime running, and closed after.
class StreamingLoopIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  @Test
  void theFirstChunkReachesTheApiWhileTheHandlerStillRuns() throws Exception {
    Path release = temp.resolve("release");
    try (StreamingRuntimeApi api = new StreamingRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("stream-wait").start()) {
      String requestId = api.enqueue("{\"release\":" + JSON.writeValueAsString(release.toString()) + "}");
      Post post = api.awaitPost();
      assertEquals("/2018-06-01/runtime/invocation/" + requestId + "/response", post.path);
      assertEquals("streaming", post.header("Lambda-Runtime-Function-Response-Mode"));
      assertEquals("chunked", post.header("Transfer-Encoding"));
      assertEquals("text/plain; charset=utf-8", post.header("Content-Type"));
      assertEquals("Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body", post.header("Trailer"));
      assertEquals("invocation-of-" + requestId, post.header("Lambda-Runtime-Invocation-Id"));

      assertEquals("first\n", new String(post.awaitChunk(), StandardCharsets.UTF_8));
      // The handler is waiting for the release file: nothing more comes until it exists.
      Thread.sleep(500);
      assertFalse(post.complete, post::toString);
      assertTrue(post.chunks.isEmpty(), post::toString);

      Files.writeString(release, "go");
      assertEquals("second, for " + requestId + "\n", new String(post.awaitChunk(), StandardCharsets.UTF_8));
      assertEquals(0, post.awaitChunk().length, "the end of the body");
      assertTrue(post.trailers.isEmpty(), post::toString);
      assertEquals("first\nsecond, for " + requestId + "\n", post.text());

      // The loop goes on to the next invocation.
      String second = api.enqueue("{\"release\":" + JSON.writeValueAsString(release.toString()) + "}");
      Post next = api.awaitPost();
      assertEquals("first\n", new String(next.awaitChunk(), StandardCharsets.UTF_8));
      assertEquals("second, for " + second + "\n", new String(next.awaitChunk(), StandardCharsets.UTF_8));
      assertTrue(api.violations().isEmpty(), api.violations()::toString);
    }
  }

  @Test
  void anErrorAfterTheFirstChunkGoesInTheTrailers() throws Exception {
    try (StreamingRuntimeApi api = new StreamingRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("stream-fail-midway").start()) {
      api.enqueue("{\"why\":\"disk\"}");
      Post post = api.awaitPost();
      assertEquals("response", post.kind());
      assertEquals("partial", new String(post.awaitChunk(), StandardCharsets.UTF_8));
      // What the handler wrote and did not flush before it failed still precedes the error.
      assertEquals(", unflushed", new String(post.awaitChunk(), StandardCharsets.UTF_8));
      assertEquals(0, post.awaitChunk().length, "the end of the body");
      assertEquals("java.lang.IllegalStateException", post.trailer("Lambda-Runtime-Function-Error-Type"), post::toString);
      JsonNode error = JSON.readTree(Base64.getDecoder().decode(post.trailer("Lambda-Runtime-Function-Error-Body")));
      assertEquals("broke after the first chunk: disk", error.get("errorMessage").asText());
      assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
      assertTrue(error.get("stackTrace").size() > 0, error::toString);

      // An independent HTTP/1.1 parser reads the same bytes: the chunks and both trailers.
      EmbeddedChannel channel = new EmbeddedChannel(new HttpRequestDecoder());
      channel.writeInbound(Unpooled.wrappedBuffer(post.raw.toByteArray()));
      HttpRequest request = channel.readInbound();
      assertTrue(request.decoderResult().isSuccess(), request.decoderResult()::toString);
      assertTrue(HttpUtil.isTransferEncodingChunked(request));
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      LastHttpContent last = null;
      for (HttpObject part = channel.readInbound(); part != null; part = channel.readInbound()) {
        assertTrue(part.decoderResult().isSuccess(), part.decoderResult()::toString);
        ByteBuf content = ((HttpContent) part).content();
        byte[] bytes = new byte[content.readableBytes()];
        content.readBytes(bytes);
        body.write(bytes);
        content.release();
        if (part instanceof LastHttpContent) {
          last = (LastHttpContent) part;
        }
      }
      channel.finishAndReleaseAll();
      assertEquals("partial, unflushed", body.toString(StandardCharsets.UTF_8));
      assertEquals("java.lang.IllegalStateException",
          last.trailingHeaders().get("Lambda-Runtime-Function-Error-Type"));
      assertEquals(post.trailer("Lambda-Runtime-Function-Error-Body"),
          last.trailingHeaders().get("Lambda-Runtime-Function-Error-Body"));

      RuntimeLoggingWait.until(() -> runtime.stdout().contains("broke after the first chunk: disk"), runtime);
    }
  }

  @Test
  void anErrorBeforeTheFirstByteGoesToTheErrorResource() throws Exception {
    try (StreamingRuntimeApi api = new StreamingRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("stream-fail-early").start()) {
      String requestId = api.enqueue("{}");
      Post post = api.awaitPost();
      assertEquals("/2018-06-01/runtime/invocation/" + requestId + "/error", post.path);
      assertNull(post.header("Lambda-Runtime-Function-Response-Mode"));
      assertEquals("java.lang.IllegalArgumentException", post.header("Lambda-Runtime-Function-Error-Type"));
      assertEquals("invocation-of-" + requestId, post.header("Lambda-Runtime-Invocation-Id"));
      post.awaitChunk();
      assertEquals("no stream today", JSON.readTree(post.text()).get("errorMessage").asText());
    }
  }

  @Test
  void theHttpPreludeComesFirst() throws Exception {
    try (StreamingRuntimeApi api = new StreamingRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("stream-http").start()) {
      api.enqueue("\"hi\"");
      Post post = api.awaitPost();
      assertEquals("application/vnd.awslambda.http-integration-response", post.header("Content-Type"));
      while (post.awaitChunk().length > 0) {
        // Until the end of the body.
      }
      String prelude = "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/plain\"},"
          + "\"cookies\":[\"session=abc; Secure\"]}";
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      expected.write(prelude.getBytes(StandardCharsets.UTF_8));
      expected.write(new byte[8]);
      expected.write("echo: \"hi\"".getBytes(StandardCharsets.UTF_8));
      assertArrayEquals(expected.toByteArray(), post.body.toByteArray(), post::toString);
      assertEquals(201, JSON.readTree(prelude).get("statusCode").asInt());
    }
  }

  @Test
  void aResponseOver200MiBIsCutShortWithAClearError() throws Exception {
    long limit = 200L * 1024 * 1024;
    try (StreamingRuntimeApi api = new StreamingRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builderAt(api.address()).handler("stream-bytes").start()) {
      api.enqueue("{\"bytes\":" + limit + "}");
      Post exact = api.awaitPost();
      while (exact.awaitChunk().length > 0) {
        // Until the end of the body.
      }
      assertEquals(limit, exact.bodyBytes);
      assertTrue(exact.trailers.isEmpty(), "200 MiB is within the limit: " + exact);

      api.enqueue("{\"bytes\":" + (limit + 1) + "}");
      Post over = api.awaitPost();
      while (over.awaitChunk().length > 0) {
        // Until the end of the body.
      }
      assertEquals(limit, over.bodyBytes, "the chunks up to the limit are sent");
      assertEquals("Function.ResponseSizeTooLarge", over.trailer("Lambda-Runtime-Function-Error-Type"), over::toString);
      JsonNode error = JSON.readTree(Base64.getDecoder().decode(over.trailer("Lambda-Runtime-Function-Error-Body")));
      assertTrue(error.get("errorMessage").asText().startsWith(
          "Response payload size exceeded maximum allowed payload size (209715200 bytes)"), error::toString);
      RuntimeLoggingWait.until(() -> runtime.stdout().contains("Function.ResponseSizeTooLarge"), runtime);
    }
  }

  @Test
  void aBufferedHandlerLoadsNoStreamingClass() throws Exception {
    Path log = temp.resolve("classes.log");
    try (FakeRuntimeApi api = new FakeRuntimeApi();
        RuntimeProcess runtime = RuntimeProcess.builder(api).handler("hello")
            .env("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log)
            .start()) {
      api.enqueue("{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}");
      assertEquals("response", api.awaitResult().kind);
    }
    String classes = Files.readString(log);
    assertTrue(classes.contains("dev.switchboard.lambda.RuntimeLoop "), "the class-load log works");
    for (String streaming : new String[] {"dev.switchboard.ResponseStream ", "dev.switchboard.lambda.StreamedResponse",
        "dev.switchboard.internal.StreamingHandler ", "dev.switchboard.internal.ChunkForwarder "}) {
      assertFalse(classes.contains(streaming), streaming + "was loaded for a buffered handler");
    }
  }

  /** Waits for the runtime's log, which follows its post. */
  private static final class RuntimeLoggingWait {
    interface Check {
      boolean ok() throws Exception;
    }

    static void until(Check check, RuntimeProcess runtime) throws Exception {
      long deadline = System.currentTimeMillis() + 10_000;
      while (!check.ok()) {
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError("not in the runtime's log after 10 s: " + runtime.describe());
        }
        Thread.sleep(50);
      }
    }
  }
}
