package dev.switchboard.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the raw-socket Runtime APIs of these tests share: a loopback server whose connections are each
 * served on a daemon thread of their own, closed with the API, and the reading of a request's head,
 * byte by byte, so that a subclass sees exactly what the runtime sent.
 */
abstract class RawRuntimeApi implements AutoCloseable {
  /** How much of a request's raw bytes a subclass keeps (a streamed body is counted beyond it). */
  static final int RAW_KEPT = 1024 * 1024;
  /** The longest line a request's head may have before the connection is dropped. */
  private static final int MAX_LINE = 64 * 1024;

  private final ServerSocket server;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final String name;

  RawRuntimeApi(String name) throws IOException {
    this.name = name;
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, name);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The {@code host:port} for {@code AWS_LAMBDA_RUNTIME_API}. */
  final String address() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /** Serves one connection until it ends; the socket is closed and forgotten after. */
  abstract void serve(Socket socket) throws IOException, InterruptedException;

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Thread connection = new Thread(() -> serveAndClose(socket), name + "-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serveAndClose(Socket socket) {
    try (socket) {
      serve(socket);
    } catch (IOException | InterruptedException | RuntimeException e) {
      // The runtime or the test closed the connection.
    } finally {
      sockets.remove(socket);
    }
  }

  /**
   * The header lines up to the blank line that ends a head, by lower-case name (raw bytes copied to
   * {@code raw} when given).
   */
  static Map<String, String> headers(InputStream in, Charset charset, ByteArrayOutputStream raw) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String header;
    while ((header = line(in, charset, raw)) != null && !header.isEmpty()) {
      int colon = header.indexOf(':');
      headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
    }
    return headers;
  }

  /**
   * One line without its CR and LF (raw bytes, with CRLF, copied to {@code raw} when given), or null
   * at the end of the stream.
   */
  static String line(InputStream in, Charset charset, ByteArrayOutputStream raw) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
      if (line.size() > MAX_LINE) {
        throw new SocketException("line too long");
      }
    }
    if (raw != null && raw.size() < RAW_KEPT) {
      raw.write(line.toByteArray());
      raw.write('\r');
      raw.write('\n');
    }
    return b < 0 && line.size() == 0 ? null : line.toString(charset);
  }
}
