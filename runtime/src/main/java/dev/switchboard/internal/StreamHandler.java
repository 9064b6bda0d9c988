package dev.switchboard.internal;

import dev.switchboard.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A handler that reads the raw event bytes and writes the raw response bytes itself. Generated tables
 * subclass it once per stream handler.
 */
public abstract class StreamHandler implements Handler {
  private final String name;

  protected StreamHandler(String name) {
    this.name = name;
  }

  /** Calls the handler method. */
  protected abstract void handle(InputStream in, OutputStream out, Context context) throws Throwable;

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final void invoke(byte[] event, Context context, OutputStream out) throws Throwable {
    handle(new ByteArrayInputStream(event), out, context);
  }
}
