package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Runtime API on raw sockets, for streamed responses: the JDK's {@code HttpServer} rejects a
 * request with trailers, so this one reads HTTP/1.1 itself. {@code GET invocation/next} hands out the
 * queued invocations (with a {@code Lambda-Runtime-Invocation-Id} of {@code invocation-of-REQUESTID}); a chunked {@code POST invocation/{id}/response} is recorded chunk by chunk as it
 * arrives ({@link Post#chunks}, which a test can watch while the handler still runs), with its
 * trailers and its raw bytes (the first {@value #RAW_KEPT} of them, for an independent parser); a post
 * with a {@code Content-Length} is recorded whole.
 */
final class StreamingRuntimeApi extends RawRuntimeApi {
  /** One post: a response, streamed or not, or an error. */
  static final class Post {
    final String method;
    final String path;
    final Map<String, String> headers;
    /** Each chunk as it arrives; an empty array marks the end of the body. */
    final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    final Map<String, String> trailers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    volatile long bodyBytes;
    volatile boolean complete;

    Post(String method, String path, Map<String, String> headers) {
      this.method = method;
      this.path = path;
      this.headers = headers;
    }

    /** {@code response} or {@code error}, from the path. */
    String kind() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String trailer(String name) {
      return trailers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return body.toString(StandardCharsets.UTF_8);
    }

    /** The next chunk within 30 seconds, or a failed test. */
    byte[] awaitChunk() throws InterruptedException {
      byte[] chunk = chunks.poll(30, TimeUnit.SECONDS);
      if (chunk == null) {
        fail("no chunk in 30 seconds; so far: " + this);
      }
      return chunk;
    }

    @Override
    public String toString() {
      String text = text();
      return method + " " + path + " " + headers + " trailers " + trailers + " complete " + complete + " "
          + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
  }

  private final BlockingQueue<String[]> pending = new LinkedBlockingQueue<>();
  private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger nextId = new AtomicInteger();

  StreamingRuntimeApi() throws IOException {
    super("streaming-runtime-api");
  }

  /** Queues an invocation of {@code event}; returns its request id. */
  String enqueue(String event) {
    String requestId = "request-" + nextId.incrementAndGet();
    pending.add(new String[] {requestId, event});
    return requestId;
  }

  /** The next post, as soon as its headers arrived (its body may still be coming); fails after 30 s. */
  Post awaitPost() throws InterruptedException {
    Post post = posts.poll(30, TimeUnit.SECONDS);
    if (post == null) {
      fail("The runtime posted nothing in 30 seconds");
    }
    return post;
  }

  /** Requests that broke the protocol as this API reads it. */
  List<String> violations() {
    return new ArrayList<>(violations);
  }

  @Override
  void serve(Socket socket) throws IOException, InterruptedException {
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    while (true) {
      String requestLine = line(in, null);
      if (requestLine == null || requestLine.isEmpty()) {
        return;
      }
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      raw.write((requestLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      String[] parts = requestLine.split(" ");
      Map<String, String> headers = headers(in, StandardCharsets.ISO_8859_1, raw);
      if (parts[0].equals("GET") && parts[1].endsWith("/invocation/next")) {
        next(out);
        continue;
      }
      Post post = new Post(parts[0], parts[1], headers);
      post.raw.write(raw.toByteArray());
      posts.add(post);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        readChunked(in, post);
      } else {
        String length = headers.get("content-length");
        byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
        post.body.write(body);
        post.raw.write(body);
        post.bodyBytes = body.length;
        post.chunks.add(body);
        post.chunks.add(new byte[0]);
      }
      post.complete = true;
      byte[] answer = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: " + answer.length
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(answer);
      out.flush();
      if ("close".equalsIgnoreCase(headers.get("connection"))) {
        return;
      }
    }
  }

  private void next(OutputStream out) throws IOException, InterruptedException {
    String[] invocation = pending.take();
    byte[] event = invocation[1].getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\n"
        + "Lambda-Runtime-Aws-Request-Id: " + invocation[0] + "\r\n"
        + "Lambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 60_000) + "\r\n"
        + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:streamer\r\n"
        + "Lambda-Runtime-Invocation-Id: invocation-of-" + invocation[0] + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + event.length + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(event);
    out.flush();
  }

  /** Reads a chunked body: each chunk goes to {@code post.chunks} as it arrives, then the trailers. */
  private void readChunked(InputStream in, Post post) throws IOException {
    while (true) {
      String size = line(in, post.raw);
      if (size == null) {
        violations.add("the connection closed inside the chunked body of " + post.path);
        throw new SocketException("cut short");
      }
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        break;
      }
      byte[] chunk = in.readNBytes(length);
      if (chunk.length < length) {
        violations.add("a chunk of " + post.path + " was cut short");
        throw new SocketException("cut short");
      }
      String end = line(in, null);
      if (end == null || !end.isEmpty()) {
        violations.add("a chunk of " + post.path + " did not end with CRLF");
      }
      if (post.raw.size() < RAW_KEPT) {
        post.raw.write(chunk);
        post.raw.write('\r');
        post.raw.write('\n');
      }
      if (post.body.size() < RAW_KEPT) {
        post.body.write(chunk);
      }
      post.bodyBytes += length;
      // Huge responses are counted, not kept chunk by chunk.
      post.chunks.add(post.bodyBytes <= RAW_KEPT ? chunk : new byte[] {'.'});
    }
    post.trailers.putAll(headers(in, StandardCharsets.ISO_8859_1, post.raw));
    post.chunks.add(new byte[0]);
  }

  /** One line of the request, as ISO-8859-1 (raw bytes copied to {@code raw} when given). */
  private static String line(InputStream in, ByteArrayOutputStream raw) throws IOException {
    return line(in, StandardCharsets.ISO_8859_1, raw);
  }
}
