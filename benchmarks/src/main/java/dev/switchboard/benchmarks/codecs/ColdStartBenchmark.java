package dev.switchboard.benchmarks.codecs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Cold start of one handler, three ways, in fresh JVMs: {@code java -cp ... dev.switchboard.Main
 * invoke} of a record-typed handler with generated codecs, of the same handler compiled with
 * {@code -Aswitchboard.json=databind}, and of the same logic on {@code Map}s (the reference). The
 * handler source is compiled twice here, by the real processor, so the only difference between the
 * record runs is how JSON binds. Runs are interleaved; the figures are medians of wall-clock time
 * from process start to exit.
 *
 * <p>Arguments: {@code [rounds]} (default 21).
 */
public final class ColdStartBenchmark {
  private static final String EVENT = "{\"orderId\":\"o-1842\",\"customerId\":\"c-77\",\"items\":["
      + "{\"sku\":\"A-1\",\"quantity\":2,\"price\":12.50},{\"sku\":\"B-2\",\"quantity\":1,\"price\":3.99},"
      + "{\"sku\":\"C-3\",\"quantity\":4,\"price\":0.25}],\"attributes\":{\"channel\":\"web\",\"coupon\":\"SPRING\"},"
      + "\"placedAt\":\"2026-03-01T10:15:30Z\",\"note\":\"leave at the door\"}";

  private ColdStartBenchmark() {}

  private record Variant(String label, String classesDir, String handler) {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    Path work = Files.createTempDirectory("switchboard-coldstart");
    Path source = work.resolve("src/bench/ColdStartHandlers.java");
    Files.createDirectories(source.getParent());
    try (InputStream in = ColdStartBenchmark.class.getResourceAsStream("ColdStartHandlers.java.txt")) {
      Files.write(source, in.readAllBytes());
    }
    String runtimePath = String.join(File.pathSeparator, locations(
        dev.switchboard.Main.class, JsonFactory.class, ObjectMapper.class, JsonInclude.class,
        JavaTimeModule.class, Jdk8Module.class));
    Path generated = compile(source, work.resolve("generated"), runtimePath, "auto");
    Path databind = compile(source, work.resolve("databind"), runtimePath, "databind");
    Path event = work.resolve("event.json");
    Files.writeString(event, EVENT);

    List<Variant> variants = List.of(
        new Variant("Map handler (reference)", generated.toString(), "orders-map"),
        new Variant("record, generated codecs", generated.toString(), "orders"),
        new Variant("record, databind", databind.toString(), "orders"));
    Map<Variant, List<Double>> times = new LinkedHashMap<>();
    for (Variant variant : variants) {
      times.put(variant, new ArrayList<>());
      run(variant, runtimePath, event); // warms the OS file cache; not counted
    }
    for (int round = 0; round < rounds; round++) {
      for (Variant variant : variants) {
        times.get(variant).add(run(variant, runtimePath, event));
      }
    }

    System.out.printf(Locale.ROOT, "Cold start of `invoke` (JDK %s, %d cores, %d rounds, median [p10-p90] ms)%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), rounds);
    double reference = median(times.get(variants.get(0)));
    for (Variant variant : variants) {
      List<Double> sorted = new ArrayList<>(times.get(variant));
      sorted.sort(null);
      double median = median(sorted);
      System.out.printf(Locale.ROOT, "  %-28s %6.1f ms  [%5.1f-%5.1f]  %.2fx the Map handler%n", variant.label(),
          median, sorted.get(sorted.size() / 10), sorted.get(sorted.size() * 9 / 10), median / reference);
    }
  }

  private static Path compile(Path source, Path out, String runtimePath, String json) throws Exception {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String processorPath = String.join(File.pathSeparator, locations(
        dev.switchboard.processor.SwitchboardProcessor.class, com.palantir.javapoet.JavaFile.class));
    int status = javac.run(null, null, null, "-d", out.toString(), "-cp", runtimePath,
        "-processorpath", processorPath, "-processor", "dev.switchboard.processor.SwitchboardProcessor",
        "-Aswitchboard.json=" + json, "--release", "17", "-Xlint:-options", source.toString());
    if (status != 0) {
      throw new IllegalStateException("javac failed on " + source + " with -Aswitchboard.json=" + json);
    }
    return out;
  }

  /** One cold invocation: milliseconds from process start to exit. */
  private static double run(Variant variant, String runtimePath, Path event) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(Arrays.asList(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", variant.classesDir() + File.pathSeparator + runtimePath,
        "dev.switchboard.Main", "invoke", variant.handler(), "--event", "@" + event));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(variant.label() + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static List<String> locations(Class<?>... classes) throws URISyntaxException {
    List<String> paths = new ArrayList<>();
    for (Class<?> type : classes) {
      String path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    return paths;
  }
}
