package dev.switchboard.internal;

import dev.switchboard.Context;
import java.io.OutputStream;

/**
 * A handler that takes a JSON event and returns a value written as JSON. Generated tables subclass it
 * once per handler, and {@link #handle} calls the handler method directly.
 *
 * @param <E> the event type
 * @param <R> the result type ({@code Void} for a void method)
 */
public abstract class ObjectHandler<E, R> implements Handler {
  private final String name;
  private final Codec<E> eventCodec;
  private final Codec<R> resultCodec;

  protected ObjectHandler(String name, Codec<E> eventCodec, Codec<R> resultCodec) {
    this.name = name;
    this.eventCodec = eventCodec;
    this.resultCodec = resultCodec;
  }

  /** Calls the handler method. */
  protected abstract R handle(E event, Context context) throws Throwable;

  @Override
  public final String name() {
    return name;
  }

  /** The codec that reads this handler's events. */
  public final Codec<E> eventCodec() {
    return eventCodec;
  }

  /** The codec that writes this handler's results. */
  public final Codec<R> resultCodec() {
    return resultCodec;
  }

  @Override
  public final void invoke(byte[] event, Context context, OutputStream out) throws Throwable {
    E value = Json.readEvent(eventCodec, event);
    R result = handle(value, context);
    Json.writeResult(resultCodec, result, out, name);
  }
}
