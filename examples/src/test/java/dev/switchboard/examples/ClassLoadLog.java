package dev.switchboard.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's class-load log, as {@code -Xlog:class+load=info,class+resolve=debug:file=PATH:tags} writes
 * it: which classes were loaded, in order, and which class's constant pool resolved which class.
 * The second part tells who referred to a class: generated dispatch code, {@code Class.forName}, or
 * a core-reflection accessor that the JVM spun for a {@code Method.invoke}.
 */
final class ClassLoadLog {
  /** Core reflection's generated accessors ({@code GeneratedMethodAccessor12}, {@code GeneratedConstructorAccessor3}...). */
  static final Pattern REFLECTION_ACCESSOR =
      Pattern.compile("jdk\\.internal\\.reflect\\.Generated(Serialization)?(Method|Constructor)Accessor\\d+");

  private static final Pattern LINE = Pattern.compile("^\\[class,(load|resolve)\\s*\\] (\\S+)(?: (\\S+))?");

  private final List<String> loaded = new ArrayList<>();
  private final List<Resolution> resolutions = new ArrayList<>();

  /** One constant-pool resolution: {@code from} referred to {@code to}. */
  record Resolution(String from, String to) {
    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  /** The JVM options that write the log this class reads. */
  static String[] jvmOptions(Path file) {
    return new String[] {"-Xlog:class+load=info,class+resolve=debug:file=" + file + ":tags"};
  }

  static ClassLoadLog read(Path file) {
    ClassLoadLog log = new ClassLoadLog();
    try {
      for (String line : Files.readAllLines(file)) {
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
          continue;
        }
        if (m.group(1).equals("load")) {
          log.loaded.add(m.group(2));
        } else if (m.group(3) != null) {
          log.resolutions.add(new Resolution(m.group(2), m.group(3)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (log.loaded.isEmpty()) {
      throw new AssertionError("No class+load lines in " + file + ": was the JVM started with " + String.join(" ",
          jvmOptions(file)) + "?");
    }
    return log;
  }

  /**
   * The classes loaded before the JVM began to shut down ({@code java.lang.Shutdown}): what a path
   * loaded, without what the exit loads (on JDK 25, {@code Runtime.exit} looks up a {@code System.Logger}
   * through {@code ServiceLoader}, after the result is out).
   */
  ClassLoadLog beforeShutdown() {
    ClassLoadLog cut = new ClassLoadLog();
    for (String name : loaded) {
      if (name.equals("java.lang.Shutdown")) {
        break;
      }
      cut.loaded.add(name);
    }
    cut.resolutions.addAll(resolutions);
    return cut;
  }

  boolean isLoaded(String className) {
    return loaded.contains(className);
  }

  /** The loaded classes whose names match, in load order. */
  List<String> loaded(Predicate<String> which) {
    return loaded.stream().filter(which).toList();
  }

  /** The classes, other than those {@code ignoring} allows, whose constant pools resolved {@code className}. */
  Set<String> resolversOf(String className, Predicate<String> ignoring) {
    Set<String> from = new LinkedHashSet<>();
    for (Resolution r : resolutions) {
      if (r.to().equals(className) && !ignoring.test(r.from())) {
        from.add(r.from());
      }
    }
    return from;
  }

  /** Reflection accessors the JVM generated whose code refers to a class that matches {@code target}. */
  List<Resolution> reflectionAccessorsFor(Predicate<String> target) {
    return resolutions.stream()
        .filter(r -> REFLECTION_ACCESSOR.matcher(r.from()).matches() && target.test(r.to()))
        .toList();
  }

  /** How many reflection accessors the JVM generated at all, for whatever target. */
  long reflectionAccessorCount() {
    return loaded.stream().filter(name -> REFLECTION_ACCESSOR.matcher(name).matches()).count();
  }
}
