package dev.switchboard.benchmarks.scale;

import dev.switchboard.internal.HandlerTable;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Times {@link HandlerTable#create} on the generated table beside a linear scan over the same names,
 * for the first, a middle, the last and a missing name. A lookup that does not depend on where the
 * name sorts is no linear scan; the scan's own figures show what one would cost.
 */
final class TableLookup implements AutoCloseable {
  private final URLClassLoader loader;
  private final HandlerTable table;
  private final String[] names;
  private static final int QUERIES = 1024;
  /** Where results go, so that neither loop's work is dead code. */
  private final Object[] created = new Object[QUERIES];
  private final int[] scanned = new int[QUERIES];

  TableLookup(Path classes) throws IOException {
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, TableLookup.class.getClassLoader());
    List<HandlerTable> found = new ArrayList<>();
    for (HandlerTable candidate : ServiceLoader.load(HandlerTable.class, loader)) {
      if (candidate.getClass().getClassLoader() == loader) {
        found.add(candidate);
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException("expected one generated table in " + classes + ", found " + found.size());
    }
    table = found.get(0);
    names = table.names();
  }

  /**
   * What a process pays once: the median, over {@code repeats} fresh class loaders, of finding the table
   * through {@link ServiceLoader} (which loads, verifies and creates it) and creating the handler
   * {@code name} (which loads its class), in milliseconds.
   */
  static double coldCreateMillis(Path classes, String name, int repeats) throws Throwable {
    double[] millis = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes.toUri().toURL()}, TableLookup.class.getClassLoader())) {
        for (HandlerTable candidate : ServiceLoader.load(HandlerTable.class, fresh)) {
          if (candidate.getClass().getClassLoader() == fresh && candidate.create(name) != null) {
            millis[r] = (System.nanoTime() - start) / 1e6;
          }
        }
      }
      if (millis[r] == 0) {
        throw new IllegalStateException("no generated table in " + classes + " creates " + name);
      }
    }
    return median(millis);
  }

  String[] names() {
    return names.clone();
  }

  String tableClass() {
    return table.getClass().getName();
  }

  /** One timed case: median nanoseconds per call of the table and of the scan. */
  record Figures(String label, String name, int index, double tableNs, double scanNs) {}

  Figures measure(String label, String name, int calls, int repeats) throws Throwable {
    int index = Arrays.asList(names).indexOf(name);
    // Distinct String objects with the name's text, cycled through, so the JIT cannot treat the
    // looked-up name as a loop constant and hoist the lookup out of the loop.
    String[] queries = new String[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = new String(name.toCharArray());
    }
    double[] tableNs = new double[repeats];
    double[] scanNs = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        created[i & (QUERIES - 1)] = table.create(queries[i & (QUERIES - 1)]);
      }
      tableNs[r] = (System.nanoTime() - start) / (double) calls;
      start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        scanned[i & (QUERIES - 1)] = linearScan(names, queries[i & (QUERIES - 1)]);
      }
      scanNs[r] = (System.nanoTime() - start) / (double) calls;
    }
    return new Figures(label, name, index, median(tableNs), median(scanNs));
  }

  /** The reference: what a table that scans its names would do for each lookup. */
  private static int linearScan(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
