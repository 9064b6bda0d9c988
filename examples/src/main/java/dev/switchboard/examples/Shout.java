package dev.switchboard.examples;

import dev.switchboard.LambdaHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A stream handler: reads the raw event bytes and writes them back in upper case. */
public class Shout {
  @LambdaHandler("shout")
  public void handle(InputStream in, OutputStream out) throws IOException {
    String event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    out.write(event.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }
}
