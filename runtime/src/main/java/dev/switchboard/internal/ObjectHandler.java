package dev.switchboard.internal;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.Codecs;
import dev.switchboard.internal.json.Json;
import dev.switchboard.Context;
import java.io.OutputStream;

/**
 * A handler that takes a JSON event and returns a value written as JSON: it binds the event with the
 * codec its table chose at compile time, has the table call the method, and writes the result with the
 * other codec.
 */
public final class ObjectHandler implements Handler {
  private final String name;
  private final Codec<?> eventCodec;
  private final Codec<Object> resultCodec;
  private final HandlerTable table;
  private final int number;
  private final Object target;

  /**
   * @param name the handler's name
   * @param table the table whose {@link HandlerTable#call} calls the method
   * @param number the handler's number in that table
   * @param target the handler's instance, {@code null} for a static method
   * @param eventCodec reads the event as the method's parameter type
   * @param resultCodec writes the method's return type ({@link Codecs#VOID} for {@code void})
   */
  @SuppressWarnings("unchecked")
  public ObjectHandler(
      String name, HandlerTable table, int number, Object target, Codec<?> eventCodec, Codec<?> resultCodec) {
    this.name = name;
    this.eventCodec = eventCodec;
    this.resultCodec = (Codec<Object>) resultCodec;
    this.table = table;
    this.number = number;
    this.target = target;
  }

  @Override
  public String name() {
    return name;
  }

  /** The codec that reads this handler's events. */
  public Codec<?> eventCodec() {
    return eventCodec;
  }

  /** The codec that writes this handler's results. */
  public Codec<?> resultCodec() {
    return resultCodec;
  }

  @Override
  public void invoke(byte[] event, Context context, OutputStream out) throws Throwable {
    Object value = Json.readEvent(eventCodec, event);
    Object result = table.call(number, target, value, context);
    Json.writeResult(resultCodec, result, out, name);
  }
}
