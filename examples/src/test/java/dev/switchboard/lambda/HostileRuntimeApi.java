package dev.switchboard.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A Runtime API that misbehaves, on raw sockets so that it can do what no HTTP server library lets
 * it do: cut a body short, close a connection without an answer, hand out odd request ids. Each
 * {@code GET invocation/next} takes the next {@link Reply} the test queued (or, after a minute
 * without one, 410 Gone, so a runtime left waiting exits); each POST gets what {@link #onPost} says,
 * 202 by default. Every request is recorded as it arrived, raw path included.
 */
final class HostileRuntimeApi extends RawRuntimeApi {
  /** One request, as received. */
  record Request(String method, String rawPath, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return method + " " + rawPath + " " + headers + " " + text();
    }
  }

  /** What the API writes back to one request, and whether it closes the connection after. */
  record Reply(byte[] bytes, boolean close) {
    /** An invocation, as Lambda hands one out. */
    static Reply invocation(String requestId, String event) {
      byte[] body = event.getBytes(StandardCharsets.UTF_8);
      return new Reply(concat(head(200, requestId, body.length), body), false);
    }

    /** An invocation whose {@code Content-Length} promises {@code declared} bytes; {@code sent} come, then a close. */
    static Reply shortInvocation(String requestId, int declared, String sent) {
      return new Reply(concat(head(200, requestId, declared), sent.getBytes(StandardCharsets.UTF_8)), true);
    }

    /** A status with a JSON body. */
    static Reply status(int status, String json) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      return new Reply(concat(head(status, null, body.length), body), false);
    }

    static Reply accepted() {
      return status(202, "{\"status\":\"OK\"}");
    }

    /** No answer at all: the connection closes. */
    static Reply hangUp() {
      return new Reply(new byte[0], true);
    }

    private static byte[] head(int status, String requestId, int length) {
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Status\r\n");
      if (requestId != null) {
        head.append("Lambda-Runtime-Aws-Request-Id: ").append(requestId).append("\r\n");
        head.append("Lambda-Runtime-Deadline-Ms: ").append(System.currentTimeMillis() + 30_000).append("\r\n");
        head.append("Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:f\r\n");
      }
      head.append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n\r\n");
      return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
      byte[] all = new byte[a.length + b.length];
      System.arraycopy(a, 0, all, 0, a.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      return all;
    }
  }

  private final BlockingQueue<Reply> nextReplies = new LinkedBlockingQueue<>();
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private volatile Function<Request, Reply> onPost = request -> Reply.accepted();

  HostileRuntimeApi() throws IOException {
    super("hostile-runtime-api");
  }

  /** Queues what the next {@code GET invocation/next} gets. */
  HostileRuntimeApi next(Reply reply) {
    nextReplies.add(reply);
    return this;
  }

  /** Sets what every POST gets from now on. */
  HostileRuntimeApi onPost(Function<Request, Reply> replies) {
    onPost = replies;
    return this;
  }

  /** Every request received so far, in order. */
  List<Request> requests() {
    return new ArrayList<>(requests);
  }

  /** The POSTs received so far whose raw path contains {@code part}. */
  List<Request> posts(String part) {
    List<Request> posts = new ArrayList<>();
    for (Request request : requests) {
      if (request.method().equals("POST") && request.rawPath().contains(part)) {
        posts.add(request);
      }
    }
    return posts;
  }

  @Override
  void serve(Socket socket) throws IOException, InterruptedException {
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    while (true) {
      Request request = read(in);
      if (request == null) {
        return;
      }
      requests.add(request);
      Reply reply;
      if (request.method().equals("GET") && request.rawPath().endsWith("/invocation/next")) {
        reply = nextReplies.poll(60, TimeUnit.SECONDS);
        if (reply == null) {
          reply = Reply.status(410, "{\"errorMessage\":\"no more invocations\"}");
        }
      } else {
        reply = onPost.apply(request);
      }
      out.write(reply.bytes());
      out.flush();
      if (reply.close()) {
        return;
      }
    }
  }

  /** Reads one request (headers and a {@code Content-Length} body), or null at the end of the stream. */
  private static Request read(InputStream in) throws IOException {
    String requestLine = line(in, StandardCharsets.UTF_8, null);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    Map<String, String> headers = headers(in, StandardCharsets.UTF_8, null);
    String length = headers.get("content-length");
    byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    return new Request(parts[0], parts[1], headers, body);
  }
}
