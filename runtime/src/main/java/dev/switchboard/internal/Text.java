package dev.switchboard.internal;

import java.nio.charset.Charset;

/** Text on the cold path. */
public final class Text {
  /**
   * UTF-8, found by name: {@code java.nio.charset.StandardCharsets} would load eight charset classes
   * (UTF-16 and UTF-32 among them) for this one, which the JVM has loaded already.
   */
  public static final Charset UTF_8 = Charset.forName("UTF-8");

  private Text() {}
}
