package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What {@code AWS_LAMBDA_RUNTIME_API} may hold: a {@code host:port}, which goes into every request's Host header. */
class RuntimeApiClientTest {
  @Test
  void takesAHostAndPort() {
    for (String address : List.of("127.0.0.1:9001", "localhost:9001", "[::1]:9001", "localhost", "runtime.local:+80")) {
      assertEquals(address, new RuntimeApiClient(address).address());
    }
  }

  @Test
  void refusesWhatIsNoHostAndPort() {
    List<String> bad = List.of("127.0.0.1:abc", "127.0.0.1:0", "127.0.0.1:70000", "127.0.0.1:", ":9001", "host/x:1",
        "user@host:1", "a b:1", "127.0.0.1:9001\r\nX-Injected: yes", "127.0.0.1:9001\n", "h\u010A:9001",
        "h\u00e9te:9001", "\t127.0.0.1:9001");
    for (String address : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RuntimeApiClient(address),
          address);
      assertTrue(e.getMessage().contains("host:port"), e.getMessage());
    }
  }

  @Test
  void readsAnswersWhateverWayTheyArriveInPieces() throws Exception {
    String longValue = "v".repeat(20_000); // a header line longer than the client's buffer
    byte[] event = ("{\"text\":\"" + "x".repeat(30_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    answer.write(("HTTP/1.1 100 Continue\r\n\r\n"
        + "HTTP/1.1 200 OK\n" // a bare LF ends a line too
        + "Lambda-Runtime-Aws-Request-Id: r-1\r\n"
        + "X-Long: " + longValue + "\r\n"
        + "lambda-runtime-trace-id:   Root=1-abc  \r\n"
        + "Content-Length: " + event.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    answer.write(event);
    for (int piece : new int[] {1, 7, 8192, 100_000}) {
      Invocation invocation = nextFrom(answer.toByteArray(), piece);
      assertEquals("r-1", invocation.requestId, "in pieces of " + piece);
      assertEquals("Root=1-abc", invocation.traceId, "in pieces of " + piece);
      assertEquals(new String(event, StandardCharsets.UTF_8), new String(invocation.event, StandardCharsets.UTF_8),
          "in pieces of " + piece);
    }
  }

  @Test
  void readsChunkedAnswersAndAnswersThatEndWithTheConnection() throws Exception {
    String chunked = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r-2\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "4;ext=1\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nTrailer: x\r\n\r\n";
    String unframed = "HTTP/1.0 200 OK\r\nLambda-Runtime-Aws-Request-Id: r-3\r\n\r\n[1,2,3]";
    for (int piece : new int[] {1, 5, 1000}) {
      assertEquals("{\"a\":1}", new String(nextFrom(chunked.getBytes(StandardCharsets.ISO_8859_1), piece).event,
          StandardCharsets.UTF_8));
      assertEquals("[1,2,3]", new String(nextFrom(unframed.getBytes(StandardCharsets.ISO_8859_1), piece).event,
          StandardCharsets.UTF_8));
    }
  }

  @Test
  void anAnswerCutShortOrWithEndlessHeadersIsATransportError() throws Exception {
    String cut = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r-4\r\nContent-Length: 100\r\n\r\n{\"a\":";
    IOException shortBody = assertThrows(IOException.class, () -> nextFrom(cut.getBytes(StandardCharsets.ISO_8859_1), 3));
    assertTrue(shortBody.getMessage().contains("ended after 5 of its 100 bytes"), shortBody.getMessage());

    String endless = "HTTP/1.1 200 OK\r\n" + "X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(2_000);
    IOException headers = assertThrows(IOException.class, () -> nextFrom(endless.getBytes(StandardCharsets.ISO_8859_1), 4096));
    assertTrue(headers.getMessage().contains("bytes of headers"), headers.getMessage());
  }

  /**
   * Serves one connection: reads the request's head, then writes {@code answer} in pieces of
   * {@code piece} bytes, each flushed on its own, and closes; returns what the client made of it.
   */
  private static Invocation nextFrom(byte[] answer, int piece) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      AtomicReference<Exception> failure = new AtomicReference<>();
      Thread api = new Thread(() -> {
        try (Socket s = server.accept()) {
          s.setTcpNoDelay(true);
          InputStream in = s.getInputStream();
          int matched = 0;
          while (matched < 4) { // the end of the request's head
            int b = in.read();
            if (b < 0) {
              return;
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
          }
          OutputStream out = s.getOutputStream();
          for (int i = 0; i < answer.length; i += piece) {
            out.write(answer, i, Math.min(piece, answer.length - i));
            out.flush();
          }
        } catch (IOException e) {
          failure.set(e);
        }
      });
      api.start();
      try {
        return new RuntimeApiClient("127.0.0.1:" + server.getLocalPort()).next();
      } finally {
        api.join(10_000);
        if (failure.get() != null && !(failure.get() instanceof java.net.SocketException)) {
          throw failure.get();
        }
      }
    }
  }
}
