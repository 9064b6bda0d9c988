package dev.switchboard.internal;

import dev.switchboard.Context;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * A handler that reads the raw event bytes and writes the raw response bytes itself: the table calls
 * the method with the event as an {@code InputStream} and the response's {@code OutputStream}.
 */
public final class StreamHandler implements Handler {
  private final String name;
  private final HandlerTable table;
  private final int number;
  private final Object target;

  /**
   * @param name the handler's name
   * @param table the table whose {@link HandlerTable#callStream} calls the method
   * @param number the handler's number in that table
   * @param target the handler's instance, {@code null} for a static method
   */
  public StreamHandler(String name, HandlerTable table, int number, Object target) {
    this.name = name;
    this.table = table;
    this.number = number;
    this.target = target;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void invoke(byte[] event, Context context, OutputStream out) throws Throwable {
    table.callStream(number, target, new ByteArrayInputStream(event), out, context);
  }
}
