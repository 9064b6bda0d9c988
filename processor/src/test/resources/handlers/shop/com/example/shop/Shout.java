package com.example.shop;

import dev.switchboard.LambdaHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A stream handler: writes the raw event back in upper case. */
public class Shout {
  @LambdaHandler("shout")
  public static void shout(InputStream in, OutputStream out) throws IOException {
    String event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    out.write(event.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }
}
