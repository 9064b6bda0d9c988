package dev.switchboard.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.internal.json.Json;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The file of accepted {@code Event} invocations that a stop could not run in its {@code --drain}
 * time, {@code switchboard-abandoned-<epoch-ms>.jsonl}: one JSON object per line, with
 * {@code requestId}, {@code function}, {@code qualifier}, {@code clientContext} (the header as sent,
 * base64) and {@code payload} (base64). {@code serve --replay FILE} queues them again.
 */
final class AbandonedInvocations {
  /** One line of the file. */
  record Entry(String requestId, String function, String qualifier, String clientContext, byte[] payload) {}

  private AbandonedInvocations() {}

  /** Writes the invocations to a new file in {@code directory} and returns it. */
  static Path write(List<Invocation> invocations, Path directory) throws IOException {
    Path file = directory.resolve("switchboard-abandoned-" + System.currentTimeMillis() + ".jsonl");
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      for (Invocation invocation : invocations) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(invocation.payload.length * 4 / 3 + 256);
        try (JsonGenerator g = Json.generator(line)) {
          g.writeStartObject();
          g.writeStringField("requestId", invocation.requestId);
          g.writeStringField("function", invocation.functionName());
          g.writeStringField("qualifier", invocation.qualifier);
          g.writeStringField("clientContext", invocation.clientContextHeader);
          g.writeStringField("payload", Base64.getEncoder().encodeToString(invocation.payload));
          g.writeEndObject();
        }
        line.write('\n');
        line.writeTo(out);
      }
    }
    return file;
  }

  /**
   * Reads a file that {@link #write} wrote.
   *
   * @throws IllegalArgumentException naming the line that is not an abandoned invocation
   */
  static List<Entry> read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      for (int number = 1; (line = in.readLine()) != null; number++) {
        if (line.isBlank()) {
          continue;
        }
        try {
          entries.add(entry(line));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(file + " line " + number + " is not an abandoned invocation ("
              + e.getMessage() + ")");
        }
      }
    }
    return entries;
  }

  private static Entry entry(String line) throws IOException {
    String requestId = null;
    String function = null;
    String qualifier = null;
    String clientContext = null;
    String payload = null;
    try (JsonParser p = Json.factory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        String text = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
        switch (field) {
          case "requestId" -> requestId = text;
          case "function" -> function = text;
          case "qualifier" -> qualifier = text;
          case "clientContext" -> clientContext = text;
          case "payload" -> payload = text;
          default -> p.skipChildren();
        }
      }
    }
    if (requestId == null || function == null || payload == null) {
      throw new IllegalArgumentException("requestId, function and payload are required");
    }
    return new Entry(requestId, function, qualifier, clientContext, Base64.getDecoder().decode(payload));
  }
}
