package dev.switchboard.benchmarks.codecs;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Read and write throughput of a generated codec against jackson-databind (a {@code DatabindCodec},
 * as the runtime binds a type without a generated codec), on the runtime's own paths
 * ({@code Json.readEvent}, {@code Json.writeResult}), for a purchase of about 1 KB and a batch of
 * about 100 KB. {@link #main} runs it and prints each pair side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecThroughputBenchmark {
  @Param({"1KB", "100KB"})
  public String size;

  private byte[] json;
  private Object value;
  private Codec<Object> generated;
  private Codec<Object> databind;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() throws Exception {
    if (size.equals("1KB")) {
      value = Purchases.purchase(7);
      generated = (Codec<Object>) (Codec<?>) Purchases_PurchaseJsonCodec.INSTANCE;
      databind = (Codec<Object>) (Codec<?>) DatabindCodec.of(Purchases.Purchase.class);
    } else {
      value = Purchases.batch(100);
      generated = (Codec<Object>) (Codec<?>) Purchases_BatchJsonCodec.INSTANCE;
      databind = (Codec<Object>) (Codec<?>) DatabindCodec.of(Purchases.Batch.class);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Json.writeResult(databind, value, bytes, "bench");
    json = bytes.toByteArray();
    ByteArrayOutputStream check = new ByteArrayOutputStream();
    Json.writeResult(generated, value, check, "bench");
    if (!java.util.Arrays.equals(json, check.toByteArray())) {
      throw new IllegalStateException("the generated codec writes other JSON than databind");
    }
  }

  @Benchmark
  public Object readGenerated() {
    return Json.readEvent(generated, json);
  }

  @Benchmark
  public Object readDatabind() {
    return Json.readEvent(databind, json);
  }

  @Benchmark
  public int writeGenerated() {
    out.reset();
    Json.writeResult(generated, value, out, "bench");
    return out.size();
  }

  @Benchmark
  public int writeDatabind() {
    out.reset();
    Json.writeResult(databind, value, out, "bench");
    return out.size();
  }

  /**
   * Runs the benchmark (JMH options may be given, as to JMH's own main; the default is a short run:
   * two forks, 3 warm-up and 5 measured iterations of 1 s) and prints generated against databind.
   */
  public static void main(String[] args) throws Exception {
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(CodecThroughputBenchmark.class.getName())
        .shouldFailOnError(true)
        .forks(2)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .build();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> errors = new LinkedHashMap<>();
    for (RunResult result : new Runner(options).run()) {
      String benchmark = result.getParams().getBenchmark();
      String key = result.getParams().getParam("size") + " " + benchmark.substring(benchmark.lastIndexOf('.') + 1);
      scores.put(key, result.getPrimaryResult().getScore());
      errors.put(key, result.getPrimaryResult().getScoreError());
    }
    System.out.printf(Locale.ROOT, "%nGenerated codecs against databind (ops/s, higher is better; JDK %s)%n",
        System.getProperty("java.version"));
    for (String size : new String[] {"1KB", "100KB"}) {
      for (String operation : new String[] {"read", "write"}) {
        Double generated = scores.get(size + " " + operation + "Generated");
        Double databind = scores.get(size + " " + operation + "Databind");
        if (generated != null && databind != null) {
          System.out.printf(Locale.ROOT, "  %-6s %-5s  generated %,12.0f ± %,9.0f   databind %,12.0f ± %,9.0f   %.2fx%n",
              size, operation, generated, errors.get(size + " " + operation + "Generated"), databind,
              errors.get(size + " " + operation + "Databind"), generated / databind);
        }
      }
    }
  }
}
