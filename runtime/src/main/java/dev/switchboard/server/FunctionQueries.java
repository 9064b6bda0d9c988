package dev.switchboard.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code ListFunctions} ({@code GET /2015-03-31/functions/}), {@code GetFunction} ({@code GET
 * /2015-03-31/functions/{FunctionName}}) and {@code GetFunctionConfiguration} ({@code .../configuration}),
 * so that tools that look a function up before they invoke it work against {@code serve}. Each served
 * handler is a function of the custom runtime {@code provided.al2023} whose {@code Handler} is the
 * handler's name, with the server's memory and timeout.
 */
final class FunctionQueries {
  static final String PREFIX = "/2015-03-31/functions";
  private static final String CONFIGURATION = "/configuration";
  /** {@code ListFunctions}' default and largest page. */
  private static final int MAX_ITEMS = 50;
  private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

  private final FunctionDirectory directory;
  private final long timeoutMillis;
  private final String lastModified = LAST_MODIFIED.format(Instant.now().atOffset(ZoneOffset.UTC));

  FunctionQueries(FunctionDirectory directory, long timeoutMillis) {
    this.directory = directory;
    this.timeoutMillis = timeoutMillis;
  }

  /** Whether this is one of the queries: a {@code GET} under {@value #PREFIX}, but not of {@code .../invocations}. */
  static boolean isQuery(String method, String rawPath) {
    return method.equals("GET") && (rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/"))
        && !rawPath.endsWith(InvokeEndpoint.SUFFIX);
  }

  /** Answers the query; throws the service error for an unknown function or path. */
  void answer(HttpExchange exchange, String requestId) throws IOException, ServiceError {
    String path = exchange.getRequestURI().getRawPath();
    String rest = path.length() <= PREFIX.length() + 1 ? "" : path.substring(PREFIX.length() + 1);
    String query = exchange.getRequestURI().getRawQuery();
    if (rest.isEmpty()) {
      Exchanges.send(exchange, 200, requestId, list(query));
      return;
    }
    boolean configurationOnly = rest.endsWith(CONFIGURATION);
    String name = configurationOnly ? rest.substring(0, rest.length() - CONFIGURATION.length()) : rest;
    if (name.isEmpty() || name.contains("/")) {
      throw ServiceError.unknownOperation(404, "No such operation: GET " + FunctionDirectory.abbreviate(path)
          + ". This local server answers GET " + PREFIX + "/ (ListFunctions), GET " + PREFIX + "/{FunctionName}"
          + " (GetFunction) and GET " + PREFIX + "/{FunctionName}/configuration (GetFunctionConfiguration)");
    }
    FunctionDirectory.Target target = directory.resolve(InvokeEndpoint.percentDecode(name),
        InvokeEndpoint.queryParameter(query, "Qualifier"));
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = Json.generator(out)) {
      if (configurationOnly) {
        configuration(g, target.function());
      } else {
        g.writeStartObject();
        g.writeFieldName("Configuration");
        configuration(g, target.function());
        g.writeObjectFieldStart("Code");
        g.writeStringField("RepositoryType", "S3");
        g.writeStringField("Location", "file:local-switchboard-serve");
        g.writeEndObject();
        g.writeObjectFieldStart("Tags");
        g.writeEndObject();
        g.writeEndObject();
      }
    }
    Exchanges.send(exchange, 200, requestId, out.toByteArray());
  }

  /** One page of functions; {@code Marker} is the index to start from, as this server hands it out. */
  private byte[] list(String query) throws IOException, ServiceError {
    int maxItems = MAX_ITEMS;
    String max = InvokeEndpoint.queryParameter(query, "MaxItems");
    if (max != null) {
      try {
        maxItems = Integer.parseInt(max);
      } catch (NumberFormatException e) {
        maxItems = 0;
      }
      if (maxItems < 1 || maxItems > 10_000) {
        throw ServiceError.invalidParameterValue("MaxItems '" + FunctionDirectory.abbreviate(max)
            + "' is not a number from 1 to 10000");
      }
      maxItems = Math.min(maxItems, MAX_ITEMS);
    }
    List<String> names = directory.names();
    int from = 0;
    String marker = InvokeEndpoint.queryParameter(query, "Marker");
    if (marker != null) {
      try {
        from = Integer.parseInt(marker);
      } catch (NumberFormatException e) {
        from = -1;
      }
      if (from < 0 || from > names.size()) {
        throw ServiceError.invalidParameterValue("Marker '" + FunctionDirectory.abbreviate(marker)
            + "' is not one this server handed out (NextMarker of a previous page)");
      }
    }
    int to = Math.min(names.size(), from + maxItems);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * (to - from) + 64);
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("Functions");
      for (String name : names.subList(from, to)) {
        configuration(g, directory.resolve(name, null).function());
      }
      g.writeEndArray();
      if (to < names.size()) {
        g.writeStringField("NextMarker", Integer.toString(to));
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private void configuration(JsonGenerator g, FunctionDirectory.Function function) throws IOException {
    g.writeStartObject();
    g.writeStringField("FunctionName", function.name());
    g.writeStringField("FunctionArn", directory.arn(function));
    g.writeStringField("Runtime", "provided.al2023");
    g.writeStringField("Role", "arn:aws:iam::" + FunctionDirectory.ACCOUNT + ":role/local-switchboard-serve");
    g.writeStringField("Handler", function.name());
    g.writeNumberField("CodeSize", 0);
    g.writeStringField("Description", "Switchboard handler " + function.name() + ", served locally");
    g.writeNumberField("Timeout", (timeoutMillis + 999) / 1000);
    g.writeNumberField("MemorySize", function.info().memoryMb());
    g.writeStringField("LastModified", lastModified);
    g.writeStringField("Version", "$LATEST");
    g.writeStringField("State", "Active");
    g.writeStringField("LastUpdateStatus", "Successful");
    g.writeStringField("PackageType", "Zip");
    g.writeArrayFieldStart("Architectures");
    g.writeString(System.getProperty("os.arch").equals("aarch64") ? "arm64" : "x86_64");
    g.writeEndArray();
    g.writeObjectFieldStart("LoggingConfig");
    g.writeStringField("LogFormat", "Text");
    g.writeStringField("LogGroup", function.info().logGroupName());
    g.writeEndObject();
    g.writeEndObject();
  }
}
