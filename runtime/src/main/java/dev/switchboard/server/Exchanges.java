package dev.switchboard.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes responses: every one carries the request id and {@code X-Amz-Executed-Version}. */
final class Exchanges {
  static final String EXECUTED_VERSION = "$LATEST";

  private Exchanges() {}

  /**
   * Sends a response and completes the exchange. {@code body} may be {@code null} or empty for none.
   * {@code headerPairs} are more headers, name then value.
   */
  static void send(HttpExchange exchange, int status, String requestId, byte[] body, String... headerPairs)
      throws IOException {
    try {
      Headers headers = exchange.getResponseHeaders();
      headers.set("x-amzn-RequestId", requestId);
      headers.set("X-Amz-Executed-Version", EXECUTED_VERSION);
      for (int i = 0; i + 1 < headerPairs.length; i += 2) {
        if (headerPairs[i + 1] != null) {
          headers.set(headerPairs[i], headerPairs[i + 1]);
        }
      }
      if (body == null || body.length == 0) {
        exchange.sendResponseHeaders(status, -1);
      } else {
        headers.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  /** Sends a service error: its status, {@code x-amzn-ErrorType} and JSON body. */
  static void sendError(HttpExchange exchange, ServiceError error, String requestId) throws IOException {
    send(exchange, error.status(), requestId, error.body(),
        "x-amzn-ErrorType", error.type(),
        "Retry-After", error.status() == 429 ? "1" : null);
  }
}
