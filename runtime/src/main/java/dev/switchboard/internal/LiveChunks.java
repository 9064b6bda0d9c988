package dev.switchboard.internal;

import dev.switchboard.Context;
import dev.switchboard.ResponseStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A streaming handler's response in {@code invoke}: each chunk is written to the caller's stream and
 * flushed as it comes, up to Lambda's 200 MiB; chunks sent after the caller stopped waiting (the
 * timeout) are dropped. A class of its own, so that buffered handlers never load it.
 */
final class LiveChunks extends ResponseStream {
  private final LocalInvocation invocation;
  private final OutputStream live;

  private LiveChunks(LocalInvocation invocation, OutputStream live) {
    this.invocation = invocation;
    this.live = live;
  }

  static void invoke(Handler handler, byte[] event, Context context, LocalInvocation invocation, OutputStream live)
      throws Throwable {
    invocation.streamed = true;
    LiveChunks out = new LiveChunks(invocation, live);
    try {
      handler.invokeStreaming(event, context, out);
    } catch (Throwable t) {
      // What the handler wrote before it failed precedes the error, once its response has started.
      try {
        out.flushIfCommitted();
      } catch (IOException e) {
        // Over the limit, or the invocation is over.
      }
      throw t;
    }
  }

  @Override
  protected void writeChunk(byte[] bytes, int offset, int length) throws IOException {
    if (invocation.over) {
      throw new IOException("the invocation is over (it timed out): the chunk is dropped");
    }
    if (invocation.streamOverLimit || invocation.streamedBytes + length > Limits.MAX_STREAMED_RESPONSE_BYTES) {
      invocation.streamOverLimit = true;
      throw new IOException("Response payload size exceeded maximum allowed payload size ("
          + Limits.MAX_STREAMED_RESPONSE_BYTES + " bytes): a streamed response is cut short after "
          + invocation.streamedBytes + " bytes.");
    }
    invocation.streamedBytes += length;
    live.write(bytes, offset, length);
    live.flush();
  }
}
