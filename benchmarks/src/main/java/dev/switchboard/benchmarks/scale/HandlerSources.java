package dev.switchboard.benchmarks.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark's application: {@code classes} handler classes of {@code perClass} handlers each,
 * spread over ten packages under {@code com.example.bench}, mixing every signature form and codec
 * kind as a real code base would (maps, records through databind, streams, primitives, void, default
 * and explicit names, static and instance).
 */
final class HandlerSources {
  static final String ROOT_PACKAGE = "com.example.bench";
  private static final int PACKAGES = 10;

  private HandlerSources() {}

  /**
   * Writes the sources under {@code dir}; returns the files. With {@code bodyLines > 0} each handler
   * gets a private helper of that many statements (string, map, stream and branch code), so the
   * handlers carry some logic of their own; with {@code 0} they are a line or two each.
   */
  static List<Path> write(Path dir, int classes, int perClass, int bodyLines) throws IOException {
    if (perClass < 1 || perClass > 10) {
      throw new IllegalArgumentException("perClass must be 1 to 10, was " + perClass);
    }
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      String pkg = ROOT_PACKAGE + ".p" + (c % PACKAGES);
      String name = className(c);
      Path file = dir.resolve(pkg.replace('.', '/')).resolve(name + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source(pkg, name, c, perClass, bodyLines), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  static String className(int c) {
    return String.format("Service%03d", c);
  }

  /** The explicit name of handler {@code h} of class {@code c}: {@code svc-007-3}. */
  static String handlerName(int c, int h) {
    return String.format("svc-%03d-%d", c, h);
  }

  /** A helper of {@code lines} statements, standing in for a handler's own logic. */
  private static String helper(int h, int lines) {
    StringBuilder s = new StringBuilder();
    s.append("  static Map<String, Object> logic").append(h).append("(Map<String, Object> in) {\n");
    s.append("    Map<String, Object> out = new HashMap<>(in);\n");
    s.append("    List<String> notes = new ArrayList<>();\n");
    for (int i = 0; i < lines; i++) {
      switch (i % 4) {
        case 0 -> s.append(String.format("    String s%d = String.valueOf(in.get(\"f%d\")).trim();%n", i, i));
        case 1 -> s.append(String.format(
            "    if (s%d.length() > %d) { out.put(\"f%d\", s%d.substring(0, %d)); } else { notes.add(\"short f%d\"); }%n",
            i - 1, i, i, i - 1, i, i));
        case 2 -> s.append(String.format(
            "    long n%d = in.keySet().stream().filter(k -> k.startsWith(\"f%d\")).count();%n", i, i));
        default -> s.append(String.format("    out.put(\"n%d\", n%d + notes.size() * %d);%n", i, i - 1, i));
      }
    }
    s.append("    out.put(\"notes\", notes);\n");
    s.append("    return out;\n");
    s.append("  }\n");
    return s.toString();
  }

  private static String source(String pkg, String name, int c, int perClass, int bodyLines) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    s.append("import com.fasterxml.jackson.databind.JsonNode;\n");
    s.append("import dev.switchboard.Context;\n");
    s.append("import dev.switchboard.LambdaHandler;\n");
    s.append("import java.io.IOException;\n");
    s.append("import java.io.InputStream;\n");
    s.append("import java.io.OutputStream;\n");
    s.append("import java.math.BigDecimal;\n");
    s.append("import java.util.ArrayList;\n");
    s.append("import java.util.HashMap;\n");
    s.append("import java.util.List;\n");
    s.append("import java.util.Map;\n\n");
    s.append("/** Generated benchmark service ").append(c).append(". */\n");
    s.append("public class ").append(name).append(" {\n");
    s.append("  public record Item(String sku, int quantity, BigDecimal price) {}\n\n");
    s.append("  public record Order(String orderId, List<Item> items, String note) {}\n\n");
    s.append("  private int calls;\n");
    String[] handlers = {
        // 0: static, String in and out.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public static String ping(String event) {\n"
            + "    return \"pong \" + event;\n"
            + "  }\n",
        // 1: instance, map and Context.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public Map<String, Object> hello(Map<String, Object> event, Context context) {\n"
            + "    calls++;\n"
            + "    Map<String, Object> out = new HashMap<>();\n"
            + "    out.put(\"message\", \"Hello \" + event.get(\"name\"));\n"
            + "    out.put(\"calls\", calls);\n"
            + "    return out;\n"
            + "  }\n",
        // 2: instance, record in, BigDecimal out (databind).
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public BigDecimal total(Order order, Context context) {\n"
            + "    BigDecimal total = BigDecimal.ZERO;\n"
            + "    for (Item item : order.items()) {\n"
            + "      total = total.add(item.price().multiply(BigDecimal.valueOf(item.quantity())));\n"
            + "    }\n"
            + "    return total;\n"
            + "  }\n",
        // 3: static, list of maps.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public static int count(List<Map<String, Object>> events) {\n"
            + "    return events.size();\n"
            + "  }\n",
        // 4: instance stream handler.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public void copy(InputStream in, OutputStream out, Context context) throws IOException {\n"
            + "    in.transferTo(out);\n"
            + "  }\n",
        // 5: default name, static, String in and out.
        "  @LambdaHandler\n"
            + "  public static String inspect(String event) {\n"
            + "    return event;\n"
            + "  }\n",
        // 6: primitives.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public static long increment(long event) {\n"
            + "    return event + 1;\n"
            + "  }\n",
        // 7: void with Context.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public void audit(Map<String, Object> event, Context context) {\n"
            + "    context.getLogger().log(\"audit \" + event.size());\n"
            + "  }\n",
        // 8: generic databind type, JsonNode result.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public static JsonNode items(List<Item> items) {\n"
            + "    return null;\n"
            + "  }\n",
        // 9: bytes in, String out.
        "  @LambdaHandler(\"%1$s\")\n"
            + "  public static String size(byte[] event) {\n"
            + "    return Integer.toString(event.length);\n"
            + "  }\n",
    };
    for (int h = 0; h < perClass; h++) {
      s.append('\n').append(String.format(handlers[h], handlerName(c, h)));
      if (bodyLines > 0) {
        s.append('\n').append(helper(h, bodyLines));
      }
    }
    s.append("}\n");
    return s.toString();
  }
}
