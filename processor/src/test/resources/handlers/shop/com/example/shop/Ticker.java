package com.example.shop;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.ResponseStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Streaming handlers: one takes a bound event and a Context, one the raw event bytes. */
public class Ticker {
  public record Countdown(int from) {}

  @LambdaHandler("countdown")
  public void countdown(Countdown event, ResponseStream out, Context context) throws IOException {
    out.setContentType("text/plain");
    for (int i = event.from(); i > 0; i--) {
      out.write((i + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  @LambdaHandler("page")
  public static void page(InputStream in, ResponseStream out) throws IOException {
    out.setHttpPrelude(200, Map.of("Content-Type", "text/html"), List.of());
    out.write("<p>".getBytes(StandardCharsets.UTF_8));
    in.transferTo(out);
    out.write("</p>".getBytes(StandardCharsets.UTF_8));
  }
}
