package dev.switchboard.maven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The handler manifests ({@code META-INF/switchboard/handlers.json}) of class path entries, jars or
 * class directories: which handler names each one defines.
 */
final class HandlerManifests {
  static final String PATH = "META-INF/switchboard/handlers.json";

  private static final JsonFactory JSON = new JsonFactory();

  private HandlerManifests() {}

  /**
   * One manifest: where it was found, its handlers' scalar fields, by handler, in file order, and their
   * event sources ({@code events}, from {@code dev.switchboard.deploy}) by handler name, each one's
   * fields as text (a list of values joined with commas). A manifest of an older processor has no events.
   */
  record Manifest(Path source, List<Map<String, String>> handlers, Map<String, List<Map<String, String>>> events) {
    List<String> names() {
      List<String> names = new ArrayList<>();
      for (Map<String, String> handler : handlers) {
        names.add(handler.get("name"));
      }
      return names;
    }
  }

  /** The manifests of the entries that have one, in class path order. */
  static List<Manifest> read(List<Path> classPath) throws ManifestException {
    List<Manifest> manifests = new ArrayList<>();
    for (Path entry : classPath) {
      Manifest manifest = read(entry);
      if (manifest != null) {
        manifests.add(manifest);
      }
    }
    return manifests;
  }

  /** The manifest of one class path entry, or null when it has none. */
  static Manifest read(Path entry) throws ManifestException {
    try {
      if (Files.isDirectory(entry)) {
        Path file = entry.resolve(PATH);
        if (!Files.isRegularFile(file)) {
          return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
          return parse(entry, in);
        }
      }
      if (!Files.isRegularFile(entry)) {
        return null;
      }
      try (ZipFile zip = new ZipFile(entry.toFile())) {
        ZipEntry file = zip.getEntry(PATH);
        if (file == null) {
          return null;
        }
        try (InputStream in = zip.getInputStream(file)) {
          return parse(entry, in);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new ManifestException(Messages.badManifest(entry.toString(), String.valueOf(e.getMessage())), e);
    }
  }

  private static Manifest parse(Path entry, InputStream in) throws IOException {
    List<Map<String, String>> handlers = new ArrayList<>();
    Map<String, List<Map<String, String>>> events = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT, parser);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!field.equals("handlers")) {
          parser.skipChildren();
          continue;
        }
        expect(value, JsonToken.START_ARRAY, parser);
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          Map<String, String> handler = new LinkedHashMap<>();
          List<Map<String, String>> sources = new ArrayList<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (key.equals("events") && token == JsonToken.START_ARRAY) {
              while (parser.nextToken() == JsonToken.START_OBJECT) {
                sources.add(eventSource(parser));
              }
            } else if (token.isScalarValue()) {
              handler.put(key, parser.getText());
            } else {
              parser.skipChildren();
            }
          }
          if (handler.get("name") == null) {
            throw new IOException("a handler without a name at " + parser.currentLocation());
          }
          handlers.add(handler);
          events.put(handler.get("name"), List.copyOf(sources));
        }
      }
    }
    return new Manifest(entry, handlers, events);
  }

  /** One event source object: scalar fields, and arrays of scalars joined with commas. */
  private static Map<String, String> eventSource(JsonParser parser) throws IOException {
    Map<String, String> source = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY) {
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          values.add(parser.getText());
        }
        source.put(key, String.join(",", values));
      } else if (token.isScalarValue()) {
        source.put(key, parser.getText());
      } else {
        parser.skipChildren();
      }
    }
    return source;
  }

  private static void expect(JsonToken found, JsonToken expected, JsonParser parser) throws IOException {
    if (found != expected) {
      throw new IOException("expected " + expected + ", found " + found + " at " + parser.currentLocation());
    }
  }

  /** A manifest that exists and cannot be read. */
  static final class ManifestException extends Exception {
    private static final long serialVersionUID = 1L;

    ManifestException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
