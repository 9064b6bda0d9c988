package dev.switchboard.internal.json.aws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules table {@code aws-events.rules}: which classes AWS's Java runtime registers as events, with
 * which options, and the JSON names its mix-ins give to members. The file says the format.
 */
public final class AwsEventRules {
  /** The package of aws-lambda-java-events; class names in the table are relative to it. */
  public static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events";

  /** One event: its options, and the JSON names of members of the classes it lists, by class and method. */
  public record Event(String name, boolean upperCamelCase, boolean s3,
      Map<String, Map<String, String>> names) {}

  /**
   * A member Switchboard binds where AWS's runtime loses it: its JSON name, another name it is also
   * read from, and the pattern its Joda DateTime is written in.
   */
  public record Kept(String json, String alias, String format) {}

  private final Map<String, Event> events;
  private final Map<String, Map<String, Kept>> kept;

  private AwsEventRules(Map<String, Event> events, Map<String, Map<String, Kept>> kept) {
    this.events = events;
    this.kept = kept;
  }

  /** The kept members, by class (binary name) and method name. */
  public Map<String, Map<String, Kept>> kept() {
    return kept;
  }

  private static final class Holder {
    static final AwsEventRules RULES = load();
  }

  /** The table shipped in the runtime jar. */
  public static AwsEventRules get() {
    return Holder.RULES;
  }

  /** Whether {@code className} (a binary name) is a class of aws-lambda-java-events. */
  private static boolean isEventsClass(String className) {
    return className.startsWith(EVENTS_PACKAGE + ".");
  }

  /** The event registered under {@code className} (a binary name), or {@code null} when AWS registers none. */
  public Event event(String className) {
    return isEventsClass(className) ? events.get(className.substring(EVENTS_PACKAGE.length() + 1)) : null;
  }

  static AwsEventRules load() {
    try (InputStream in = AwsEventRules.class.getResourceAsStream("aws-events.rules")) {
      if (in == null) {
        throw new IllegalStateException("aws-events.rules is missing from the Switchboard runtime jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AwsEventRules parse(BufferedReader reader) throws IOException {
    Map<String, Map<String, String>> classes = new HashMap<>();
    Map<String, Event> events = new LinkedHashMap<>();
    Map<String, Map<String, Kept>> kept = new LinkedHashMap<>();
    Map<String, String> current = null;
    Map<String, Kept> keeping = null;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("keep ")) {
        current = null;
        keeping = new LinkedHashMap<>();
        kept.put(EVENTS_PACKAGE + "." + text.substring("keep ".length()).strip(), keeping);
      } else if (text.startsWith("class ")) {
        keeping = null;
        current = new LinkedHashMap<>();
        classes.put(text.substring("class ".length()).strip(), current);
      } else if (text.startsWith("event ")) {
        current = null;
        keeping = null;
        int colon = text.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException("aws-events.rules line " + lineNumber + ": an event line ends its options with ':'");
        }
        List<String> head = List.of(text.substring("event ".length(), colon).strip().split("\\s+"));
        String name = head.get(0);
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (String listed : text.substring(colon + 1).strip().split("\\s+")) {
          if (listed.isEmpty()) {
            continue;
          }
          Map<String, String> members = classes.get(listed);
          if (members == null) {
            throw new IllegalStateException("aws-events.rules line " + lineNumber + ": no class line for " + listed);
          }
          names.put(EVENTS_PACKAGE + "." + listed, members);
        }
        events.put(name, new Event(name, head.contains("naming=UpperCamelCase"), head.contains("serializer=s3"), names));
      } else if (current != null) {
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        String json = words.remove(0);
        for (String method : words) {
          current.put(method, json);
        }
      } else if (keeping != null) {
        String format = null;
        int at = text.indexOf(" format=");
        if (at >= 0) {
          format = text.substring(at + " format=".length());
          text = text.substring(0, at);
        }
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        String json = words.remove(0);
        String alias = null;
        for (String word : List.copyOf(words)) {
          if (word.startsWith("alias=")) {
            alias = word.substring("alias=".length());
            words.remove(word);
          }
        }
        for (String method : words) {
          keeping.put(method, new Kept(json, alias, format));
        }
      } else {
        throw new IllegalStateException("aws-events.rules line " + lineNumber + ": a member line outside a class");
      }
    }
    return new AwsEventRules(events, kept);
  }
}
