package dev.switchboard.processor;

import com.google.testing.compile.JavaFileObjects;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A realistic set of handlers, like the examples module's, kept as sources under
 * {@code src/test/resources/handlers/shop/}: JSON-natural and databind types, records, a stream
 * handler, default and explicit names, static and instance, void, primitive and raw types.
 */
final class ShopHandlers {
  static final List<String> FILES = List.of(
      "com/example/shop/Admin.java",
      "com/example/shop/Calculator.java",
      "com/example/shop/Echo.java",
      "com/example/shop/Greeter.java",
      "com/example/shop/Shout.java",
      "com/example/shop/Ticker.java",
      "com/example/shop/orders/Orders.java");

  static final String TABLE = "com.example.shop.SwitchboardHandlers";

  private ShopHandlers() {}

  /** The sources, in {@link #FILES} order. */
  static List<JavaFileObject> sources() {
    return sources(FILES);
  }

  /** The sources of {@code files}, in that order. */
  static List<JavaFileObject> sources(List<String> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String file : files) {
      URL url = ShopHandlers.class.getClassLoader().getResource("handlers/shop/" + file);
      if (url == null) {
        throw new IllegalStateException("missing test resource handlers/shop/" + file);
      }
      sources.add(JavaFileObjects.forResource(url));
    }
    return sources;
  }
}
