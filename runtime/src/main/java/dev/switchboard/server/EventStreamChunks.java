package dev.switchboard.server;

import dev.switchboard.ResponseStream;
import dev.switchboard.internal.Limits;
import java.io.IOException;

/**
 * A streaming handler's response in {@code serve}'s {@code InvokeWithResponseStream}: each chunk
 * becomes a {@code PayloadChunk} event as it is sent, up to Lambda's 200 MiB.
 */
final class EventStreamChunks extends ResponseStream {
  private final EventStreamWriter writer;
  private long total;
  private boolean overLimit;

  EventStreamChunks(EventStreamWriter writer) {
    this.writer = writer;
  }

  /** Whether the handler tried to stream more than {@link Limits#MAX_STREAMED_RESPONSE_BYTES}. */
  boolean overLimit() {
    return overLimit;
  }

  /** After the handler failed: sends what it wrote and did not flush, if its response has started. */
  void flushAfterFailure() {
    try {
      flushIfCommitted();
    } catch (IOException e) {
      // The stream is over (timed out, or over the limit): nothing more to send.
    }
  }

  @Override
  protected void writeChunk(byte[] bytes, int offset, int length) throws IOException {
    if (overLimit || total + length > Limits.MAX_STREAMED_RESPONSE_BYTES) {
      overLimit = true;
      throw new IOException("Response payload size exceeded maximum allowed payload size ("
          + Limits.MAX_STREAMED_RESPONSE_BYTES + " bytes): a streamed response is cut short after " + total + " bytes.");
    }
    total += length;
    writer.chunk(bytes, offset, length);
  }
}
