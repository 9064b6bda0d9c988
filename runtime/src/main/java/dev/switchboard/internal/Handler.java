package dev.switchboard.internal;

import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.ResultSerializationException;
import dev.switchboard.Context;
import dev.switchboard.ResponseStream;
import java.io.OutputStream;

/** One handler, ready to serve invocations: created by a {@link HandlerTable}. */
public interface Handler {
  /** The handler's name. */
  String name();

  /**
   * Serves one invocation: binds the event, calls the handler and writes its response to
   * {@code out}. Throws {@link EventBindingException} when the event does not bind,
   * {@link ResultSerializationException} when the result cannot be written, and whatever the
   * handler throws, as it is. After a throw, what {@code out} holds is to be discarded.
   */
  void invoke(byte[] event, Context context, OutputStream out) throws Throwable;

  /**
   * Whether this is a streaming handler, which writes its response to a {@link ResponseStream}
   * through {@link #invokeStreaming}. The Lambda loop asks before each invocation, so that a buffered
   * handler's process never loads a streaming class.
   */
  default boolean streaming() {
    return false;
  }

  /**
   * Serves one invocation of a streaming handler, writing to {@code out} as it runs; throws as
   * {@link #invoke} does. Only for handlers whose {@link #streaming()} is true.
   */
  default void invokeStreaming(byte[] event, Context context, ResponseStream out) throws Throwable {
    throw new UnsupportedOperationException(name() + " is not a streaming handler");
  }
}
