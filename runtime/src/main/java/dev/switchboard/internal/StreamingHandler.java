package dev.switchboard.internal;

import dev.switchboard.Context;
import dev.switchboard.ResponseStream;
import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * A streaming handler, one that writes its response to a {@link ResponseStream} while it runs: the
 * table calls the method with the bound event (or the event's {@code InputStream}) and the stream.
 * Modes that buffer responses call {@link #invoke}, which passes a stream that writes each chunk to
 * their {@code OutputStream}.
 */
public final class StreamingHandler implements Handler {
  private final String name;
  private final HandlerTable table;
  private final int number;
  private final Object target;
  private final Codec<?> eventCodec;

  /**
   * @param name the handler's name
   * @param table the table whose {@link HandlerTable#callStreaming} calls the method
   * @param number the handler's number in that table
   * @param target the handler's instance, {@code null} for a static method
   * @param eventCodec reads the event as the method's first parameter type; {@code null} when the
   *     method takes the event's {@code InputStream}
   */
  public StreamingHandler(String name, HandlerTable table, int number, Object target, Codec<?> eventCodec) {
    this.name = name;
    this.table = table;
    this.number = number;
    this.target = target;
    this.eventCodec = eventCodec;
  }

  @Override
  public String name() {
    return name;
  }

  /** The codec that reads this handler's events, or {@code null} for an {@code InputStream} event. */
  public Codec<?> eventCodec() {
    return eventCodec;
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public void invokeStreaming(byte[] event, Context context, ResponseStream out) throws Throwable {
    Object value = eventCodec == null ? new ByteArrayInputStream(event) : Json.readEvent(eventCodec, event);
    table.callStreaming(number, target, value, out, context);
    out.close();
  }

  @Override
  public void invoke(byte[] event, Context context, OutputStream out) throws Throwable {
    invokeStreaming(event, context, new ChunkForwarder(out));
  }
}
