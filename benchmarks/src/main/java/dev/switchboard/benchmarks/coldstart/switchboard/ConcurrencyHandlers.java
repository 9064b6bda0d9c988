package dev.switchboard.benchmarks.coldstart.switchboard;

import dev.switchboard.LambdaHandler;
import dev.switchboard.ResponseStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

/** The handlers of {@code ConcurrencyBenchmark}: an I/O-bound wait, and 1 MB written over one second. */
public final class ConcurrencyHandlers {
  private static final int PIECES = 32;
  private static final byte[] PIECE = new byte[1024 * 1024 / PIECES];

  static {
    Arrays.fill(PIECE, (byte) 'x');
  }

  private ConcurrencyHandlers() {}

  /** Waits 50 ms, as a handler waiting on a downstream call does. */
  @LambdaHandler("bench-wait-50ms")
  public static String waitFifty(Map<String, Object> event) throws InterruptedException {
    Thread.sleep(50);
    return "waited";
  }

  /** Streams 1 MB in 32 pieces, one every ~31 ms. */
  @LambdaHandler("bench-stream-1mb")
  public static void stream(InputStream in, ResponseStream out) throws IOException, InterruptedException {
    writeOverOneSecond(out);
  }

  /** The same bytes at the same pace, buffered: Lambda gets them when the handler returns. */
  @LambdaHandler("bench-buffered-1mb")
  public static void buffered(InputStream in, OutputStream out) throws IOException, InterruptedException {
    writeOverOneSecond(out);
  }

  private static void writeOverOneSecond(OutputStream out) throws IOException, InterruptedException {
    for (int i = 0; i < PIECES; i++) {
      out.write(PIECE);
      out.flush();
      Thread.sleep(1000 / PIECES);
    }
  }
}
