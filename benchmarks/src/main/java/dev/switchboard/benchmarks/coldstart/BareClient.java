package dev.switchboard.benchmarks.coldstart;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;

/**
 * The floor of the benchmark: a JVM that does the Runtime API exchange with a bare
 * {@link HttpURLConnection} and no JSON at all (it answers every event with {@code {}}). Its cold
 * start is what any runtime on this JVM adds to; its throughput shows what the fake API can take.
 */
public final class BareClient {
  private BareClient() {}

  public static void main(String[] args) throws Exception {
    // String.concat rather than +, which would spin invokedynamic classes and raise the floor.
    String base = "http://".concat(System.getenv("AWS_LAMBDA_RUNTIME_API")).concat("/2018-06-01/runtime/invocation/");
    URL next = new URL(base.concat("next"));
    byte[] answer = {'{', '}'};
    while (true) {
      HttpURLConnection get = (HttpURLConnection) next.openConnection(Proxy.NO_PROXY);
      String id = get.getHeaderField("Lambda-Runtime-Aws-Request-Id");
      try (InputStream in = get.getInputStream()) {
        in.readAllBytes();
      }
      HttpURLConnection post = (HttpURLConnection) new URL(base.concat(id).concat("/response")).openConnection(Proxy.NO_PROXY);
      post.setRequestMethod("POST");
      post.setDoOutput(true);
      try (OutputStream out = post.getOutputStream()) {
        out.write(answer);
      }
      try (InputStream in = post.getInputStream()) {
        in.readAllBytes();
      }
    }
  }
}
