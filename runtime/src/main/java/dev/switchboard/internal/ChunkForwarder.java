package dev.switchboard.internal;

import dev.switchboard.ResponseStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@link ResponseStream} that writes each chunk to an {@code OutputStream} and flushes it: a
 * streaming handler's response in the local modes, and in modes that buffer it. The bytes are those
 * Lambda would stream (the HTTP prelude and its eight NUL bytes first, when the handler sets one).
 */
public final class ChunkForwarder extends ResponseStream {
  private final OutputStream out;
  private volatile String contentType;

  public ChunkForwarder(OutputStream out) {
    this.out = out;
  }

  /** The response's content type once the first chunk was sent (or the stream closed); else null. */
  public String committedContentType() {
    return contentType;
  }

  @Override
  protected void begin(String contentType) {
    this.contentType = contentType;
  }

  @Override
  protected void writeChunk(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
    out.flush();
  }
}
