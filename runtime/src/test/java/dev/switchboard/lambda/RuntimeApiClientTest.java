package dev.switchboard.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
