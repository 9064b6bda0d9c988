package dev.switchboard.test;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds event and response files as aws-lambda-java-tests' {@code EventLoader} does: a class-path
 * resource first, then a file, relative to the working directory; and binds them to a type.
 */
final class EventFiles {
  private EventFiles() {}

  /** A file found, named as the test named it. */
  record Found(String name, byte[] bytes) {}

  /**
   * The bytes of the class-path resource {@code location} (a leading {@code /} is ignored), or else of
   * the file {@code location}.
   *
   * @throws IllegalArgumentException when neither exists
   */
  static byte[] read(String location, ClassLoader loader) {
    if (location.isEmpty()) {
      throw new IllegalArgumentException("An event or response location is empty: name a class-path resource or file");
    }
    String resource = location.startsWith("/") ? location.substring(1) : location;
    try {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          return in.readAllBytes();
        }
      }
      Path file = Path.of(location);
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("No class-path resource or file " + location
        + " (a resource is looked for on the test's class path, such as src/test/resources/" + resource
        + "; a file relative to " + Path.of("").toAbsolutePath() + ")");
  }

  /**
   * The regular files of the class-path folder {@code folder}, or else of the directory
   * {@code folder}, sorted by name; each named {@code folder/file}.
   *
   * @throws IllegalArgumentException when neither exists, or it holds no file
   */
  static List<Found> folder(String folder, ClassLoader loader) {
    if (folder.isEmpty()) {
      throw new IllegalArgumentException("A folder of events or responses is empty: name a class-path folder or directory");
    }
    String resource = folder.startsWith("/") ? folder.substring(1) : folder;
    Path directory = null;
    String prefix = folder;
    URL url = loader.getResource(resource);
    if (url != null) {
      if (!url.getProtocol().equals("file")) {
        throw new IllegalArgumentException("The folder " + folder + " is at " + url
            + ", not in a directory: only folders of a directory on the class path can be listed");
      }
      try {
        directory = Path.of(url.toURI());
        prefix = resource;
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("The folder " + folder + " is at " + url + ", which is not a path", e);
      }
    } else if (Files.isDirectory(Path.of(folder))) {
      directory = Path.of(folder);
    }
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IllegalArgumentException("No class-path folder or directory " + folder
          + " (a folder is looked for on the test's class path, such as src/test/resources/" + resource
          + "; a directory relative to " + Path.of("").toAbsolutePath() + ")");
    }
    prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    List<Found> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        found.add(new Found(prefix + file.getFileName(), Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("The folder " + folder + " (" + directory + ") holds no file");
    }
    return found;
  }

  /**
   * The value of a file for a test parameter: its text for {@code Void.class} (the annotations'
   * default), else the JSON bound to {@code type} as the runtime binds it with jackson-databind
   * (AWS's event classes by AWS's rules).
   *
   * @throws IllegalArgumentException when the JSON does not fit the type
   */
  static Object value(Found file, Class<?> type) {
    if (type == Void.class) {
      return new String(file.bytes(), StandardCharsets.UTF_8);
    }
    Codec<?> codec = DatabindCodec.of(type);
    try {
      return Json.readEvent(codec, file.bytes());
    } catch (EventBindingException e) {
      String said = "Event does not fit " + codec.typeName() + ": ";
      String reason = e.getMessage().startsWith(said) ? e.getMessage().substring(said.length()) : e.getMessage();
      throw new IllegalArgumentException(file.name() + " cannot be read as " + codec.typeName() + ": " + reason, e);
    }
  }
}
