package dev.switchboard.test.handlers;

import dev.switchboard.LambdaHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Handlers that fail in each way Lambda reports. */
public class Failures {
  /** Counted down when {@code slow} is interrupted. */
  public static volatile CountDownLatch interrupted = new CountDownLatch(1);

  @LambdaHandler("fail")
  public static String fail(Map<String, Object> event) {
    System.out.println("checking stock for " + event.get("sku"));
    throw new IllegalStateException("no stock for " + event.get("sku"),
        new UncheckedIOException(new IOException("warehouse unreachable")));
  }

  @LambdaHandler("slow")
  public static String slow(Map<String, Object> event) {
    try {
      TimeUnit.MILLISECONDS.sleep(((Number) event.get("millis")).longValue());
      return "done";
    } catch (InterruptedException e) {
      interrupted.countDown();
      return "interrupted";
    }
  }

  @LambdaHandler("huge")
  public static void huge(InputStream in, OutputStream out) throws IOException {
    byte[] chunk = new byte[1024 * 1024];
    for (int i = 0; i < 7; i++) {
      out.write(chunk);
    }
  }
}
