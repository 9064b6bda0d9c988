package dev.switchboard.test.handlers;

import dev.switchboard.LambdaHandler;
import java.util.Map;

/** A handler whose constructor fails: Lambda's init error. */
public class Broken {
  public Broken() {
    throw new IllegalArgumentException("missing setting TABLE_NAME");
  }

  @LambdaHandler("broken")
  public String handle(Map<String, Object> event) {
    return "never";
  }
}
