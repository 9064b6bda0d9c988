package dev.switchboard.test.handlers;

import dev.switchboard.LambdaHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A stream handler: writes the event's bytes back in upper case. */
public class Upper {
  @LambdaHandler("upper")
  public void handle(InputStream in, OutputStream out) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    out.write(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }
}
