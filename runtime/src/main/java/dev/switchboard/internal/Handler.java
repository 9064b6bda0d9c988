package dev.switchboard.internal;

import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.ResultSerializationException;
import dev.switchboard.Context;
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
}
