package dev.switchboard.benchmarks.codecs;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The same comparison as {@link CodecThroughputBenchmark}, measured in pairs: short alternating
 * slices of the generated codec and of databind, the ratio taken per pair and the median reported.
 * On a machine shared with other work, load changes between JMH's separate runs of each benchmark;
 * a pair sees the same load, so its ratio is steadier. JMH's figures remain the throughput figures.
 *
 * <p>Arguments: {@code [pairs]} (default 41).
 */
public final class CodecPairedComparison {
  private CodecPairedComparison() {}

  private interface Operation {
    void run(Codec<Object> codec);
  }

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    System.out.printf(Locale.ROOT, "Generated codecs against databind, paired (JDK %s, %d pairs; median ratio [p25-p75])%n",
        System.getProperty("java.version"), pairs);
    for (String size : new String[] {"1KB", "100KB"}) {
      Object value = size.equals("1KB") ? Purchases.purchase(7) : Purchases.batch(100);
      Codec<Object> generated = cast(size.equals("1KB") ? Purchases_PurchaseJsonCodec.INSTANCE : Purchases_BatchJsonCodec.INSTANCE);
      Codec<Object> databind = cast(DatabindCodec.of(value.getClass()));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Json.writeResult(databind, value, bytes, "bench");
      byte[] json = bytes.toByteArray();
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      int batch = size.equals("1KB") ? 10_000 : 100;
      compare(size, "read", pairs, batch, generated, databind, codec -> Json.readEvent(codec, json));
      compare(size, "write", pairs, batch, generated, databind, codec -> {
        out.reset();
        Json.writeResult(codec, value, out, "bench");
      });
    }
  }

  private static void compare(String size, String name, int pairs, int batch, Codec<Object> generated,
      Codec<Object> databind, Operation operation) {
    for (int i = 0; i < 20; i++) {
      time(operation, generated, batch);
      time(operation, databind, batch);
    }
    List<Double> ratios = new ArrayList<>();
    double generatedBest = Double.MAX_VALUE;
    for (int pair = 0; pair < pairs; pair++) {
      double g;
      double d;
      if (pair % 2 == 0) {
        g = time(operation, generated, batch);
        d = time(operation, databind, batch);
      } else {
        d = time(operation, databind, batch);
        g = time(operation, generated, batch);
      }
      ratios.add(d / g);
      generatedBest = Math.min(generatedBest, g);
    }
    ratios.sort(null);
    System.out.printf(Locale.ROOT, "  %-6s %-5s  generated %.2fx databind  [%.2f-%.2f]  (best generated %,.0f ns/op)%n",
        size, name, ratios.get(pairs / 2), ratios.get(pairs / 4), ratios.get(pairs * 3 / 4), generatedBest);
  }

  /** Nanoseconds per operation over one slice. */
  private static double time(Operation operation, Codec<Object> codec, int batch) {
    long start = System.nanoTime();
    for (int i = 0; i < batch; i++) {
      operation.run(codec);
    }
    return (System.nanoTime() - start) / (double) batch;
  }

  @SuppressWarnings("unchecked")
  private static Codec<Object> cast(Codec<?> codec) {
    return (Codec<Object>) codec;
  }
}
