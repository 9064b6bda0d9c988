package dev.switchboard.internal;

import dev.switchboard.Context;
import dev.switchboard.internal.json.Codecs;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A table shaped as the processor generates it now: its static initializer hands its instance to
 * {@link HandlerTables#register}. It counts its instances, so a test can tell that none was created
 * reflectively.
 */
public final class SelfRegisteringTable implements HandlerTable {
  static final AtomicInteger INSTANCES = new AtomicInteger();

  static {
    HandlerTables.register(new SelfRegisteringTable());
  }

  public SelfRegisteringTable() {
    INSTANCES.incrementAndGet();
  }

  @Override
  public String[] names() {
    return new String[] {"rt-self-registered"};
  }

  @Override
  public Handler create(String name) {
    return name.equals("rt-self-registered") ? new ObjectHandler(name, this, 0, null, Codecs.OBJECT, Codecs.STRING) : null;
  }

  @Override
  public Object call(int handler, Object target, Object event, Context context) {
    return "registered";
  }
}
