package dev.switchboard.internal;

import dev.switchboard.internal.json.Codecs;
import dev.switchboard.Context;

/** Listed in this module's test {@code META-INF/services}, so {@link HandlerRegistry#load()} finds it. */
public final class ServiceLoadedTable implements HandlerTable {
  @Override
  public String[] names() {
    return new String[] {"rt-service-loaded"};
  }

  @Override
  public Handler create(String name) {
    if (!name.equals("rt-service-loaded")) {
      return null;
    }
    return new ObjectHandler(name, this, 0, null, Codecs.OBJECT, Codecs.STRING);
  }

  @Override
  public Object call(int handler, Object target, Object event, Context context) {
    return "found";
  }
}
