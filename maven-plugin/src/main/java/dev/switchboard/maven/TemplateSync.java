package dev.switchboard.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a SAM template's text in step with the handlers: one {@code AWS::Serverless::Function} per
 * handler and one {@code AWS::Serverless::LayerVersion} for the Java runtime, each marked
 * {@code Metadata: {Tool: Switchboard}}. The YAML is edited as text, line by line, never parsed and
 * written again: every line of the template that does not belong to a property the plugin owns is kept
 * byte for byte (comments, tags such as {@code !Ref} and {@code !Sub}, the user's own resources, and
 * properties the user added to a generated function). The plugin owns, in a resource it generated, the
 * properties {@link #FUNCTION_KEYS} (a function) and {@link #LAYER_KEYS} (the layer); in a function's
 * {@code Events}, only the entries it names ({@link #EVENT_NAMES}), so events written by hand stay.
 */
final class TemplateSync {
  static final String TOOL = "Metadata: {Tool: Switchboard}";
  static final String LAYER_ID = "SwitchboardJavaLayer";
  static final String SERVERLESS_TRANSFORM = "AWS::Serverless-2016-10-31";
  static final List<String> FUNCTION_KEYS = List.of(
      "Handler", "Runtime", "CodeUri", "Architectures", "MemorySize", "Timeout", "Layers", "Environment", "Events");
  /** The runtimes the functions may run on: the custom runtime with the Java layer, or AWS's own Java. */
  static final List<String> RUNTIMES = List.of("provided.al2023", "java21", "java25");
  /** On a managed Java runtime, the environment variable that makes Lambda start the wrapper script. */
  static final String WRAPPER_VARIABLE = "AWS_LAMBDA_EXEC_WRAPPER";
  static final String WRAPPER_PATH = "/var/task/switchboard-wrapper";
  static final List<String> LAYER_KEYS = List.of("ContentUri", "CompatibleRuntimes");
  /** The names of the Events entries the plugin writes (a number is added for a second of one kind). */
  static final List<String> EVENT_NAMES = eventNames();

  private static final Pattern KEY = Pattern.compile("^( *)([^\\s#:'\"-][^:]*?|\"[^\"]*\"|'[^']*'):(?:[ \\t]+(.*))?$");
  private static final Pattern GENERATED = Pattern.compile("^\\s*(Metadata:\\s*\\{\\s*Tool:\\s*Switchboard\\s*}|Tool:\\s*Switchboard)\\s*(#.*)?$");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/.$][A-Za-z0-9_/.$:*-]*");

  /**
   * What the plugin owns inside a mapping it merges entry by entry rather than replaces: the entries it
   * wants (rendered at indent 0, key line first), the keys it owns, and mappings nested in turn.
   */
  private record Nested(Map<String, List<String>> wanted, List<String> owned, Map<String, Nested> nested) {}

  /** One handler as its function is written: from its manifest entry. */
  record Function(String handler, int memory, int timeout, String architecture, String returnType,
      List<Map<String, String>> events) {}

  /** The new text, and the logical IDs of the resources added, changed and removed. */
  record Result(String text, List<String> added, List<String> updated, List<String> removed) {
    boolean changed() {
      return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
    }
  }

  private static List<String> eventNames() {
    List<String> names = new ArrayList<>();
    for (String name : List.of("Sqs", "HttpApi", "Schedule", "S3", "Sns", "DynamoDb", "Kinesis")) {
      names.add(name);
      for (int n = 2; n <= 9; n++) {
        names.add(name + n);
      }
    }
    return List.copyOf(names);
  }

  private final List<String> lines;
  private final String nl;
  private final String codeUri;
  private final String layerContentUri;
  private final String runtime;
  private final List<String> added = new ArrayList<>();
  private final List<String> updated = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();

  private TemplateSync(String yaml, String codeUri, String layerContentUri, String runtime) {
    this.runtime = runtime;
    this.lines = split(yaml);
    this.nl = yaml.contains("\r\n") ? "\r\n" : "\n";
    this.codeUri = codeUri;
    this.layerContentUri = layerContentUri;
  }

  /**
   * The template with {@code functions} in it. {@code yaml} is the template's text (empty when there is
   * none); {@code codeUri} is the Lambda zip and {@code layerContentUri} the Java layer's directory,
   * relative to the template.
   */
  static Result sync(String yaml, List<Function> functions, String codeUri, String layerContentUri) {
    return sync(yaml, functions, codeUri, layerContentUri, RUNTIMES.get(0));
  }

  /**
   * As {@link #sync(String, List, String, String)}, for functions on {@code runtime}, one of
   * {@link #RUNTIMES}: on {@code java21} or {@code java25} they get no layer, and Lambda starts the
   * Switchboard loop through {@link #WRAPPER_PATH}.
   */
  static Result sync(String yaml, List<Function> functions, String codeUri, String layerContentUri, String runtime) {
    TemplateSync sync = new TemplateSync(yaml, codeUri, layerContentUri, runtime);
    sync.run(functions);
    return new Result(String.join("", sync.lines), List.copyOf(sync.added), List.copyOf(sync.updated),
        List.copyOf(sync.removed));
  }

  /** A resource of the template: its logical ID, its lines [start, end), and what the plugin needs of it. */
  private record Resource(String id, int start, int end, String type, boolean generated, String handler) {}

  private void run(List<Function> functions) {
    if (lines.stream().allMatch(l -> l.isBlank())) {
      lines.clear();
      lines.add("AWSTemplateFormatVersion: '2010-09-09'" + nl);
      lines.add("Transform: " + SERVERLESS_TRANSFORM + nl);
      lines.add("Description: Lambda functions written by switchboard:template from the handlers' annotations" + nl);
    } else if (topLevel("Transform") < 0 && !functions.isEmpty()) {
      int at = topLevel("AWSTemplateFormatVersion");
      lines.add(at + 1, "Transform: " + SERVERLESS_TRANSFORM + nl);
    }
    if (topLevel("Resources") < 0) {
      if (functions.isEmpty()) {
        return;
      }
      endWithNewline();
      lines.add("Resources:" + nl);
    }
    int resourcesLine = topLevel("Resources");
    int sectionEnd = sectionEnd(resourcesLine);
    List<Resource> resources = resources(resourcesLine, sectionEnd);
    int indent = resources.isEmpty() ? 2 : indent(lines.get(resources.get(0).start()));

    Set<String> ids = new LinkedHashSet<>();
    for (Resource resource : resources) {
      ids.add(resource.id());
    }
    Resource layer = null;
    Map<String, Resource> existing = new LinkedHashMap<>();
    List<Resource> stale = new ArrayList<>();
    Map<String, Function> wanted = new LinkedHashMap<>();
    for (Function function : functions) {
      wanted.put(function.handler(), function);
    }
    for (Resource resource : resources) {
      if (!resource.generated()) {
        continue;
      }
      if ("AWS::Serverless::LayerVersion".equals(resource.type()) && layer == null && !functions.isEmpty()
          && !managed()) {
        layer = resource;
      } else if ("AWS::Serverless::Function".equals(resource.type()) && resource.handler() != null
          && wanted.containsKey(resource.handler()) && !existing.containsKey(resource.handler())) {
        existing.put(resource.handler(), resource);
      } else {
        stale.add(resource);
      }
    }
    String layerId = layer != null ? layer.id() : unique(LAYER_ID, ids);

    // New resources go after the last one; edits below happen above them, from the bottom up.
    int insertAt = resources.isEmpty() ? resourcesLine + 1 : resources.get(resources.size() - 1).end();
    List<String> block = new ArrayList<>();
    if (layer == null && !functions.isEmpty() && !managed()) {
      block.addAll(resource(layerId, "AWS::Serverless::LayerVersion", layerProperties(indent + 4), indent));
      added.add(layerId);
    }
    for (Function function : functions) {
      if (!existing.containsKey(function.handler())) {
        String id = unique(logicalId(function.handler()), ids);
        block.addAll(resource(id, "AWS::Serverless::Function", functionProperties(function, layerId, indent + 4), indent));
        added.add(id);
      }
    }
    if (!block.isEmpty()) {
      if (insertAt == resourcesLine + 1) {
        block.remove(0); // no blank line right under Resources:
      }
      if (insertAt > 0 && !lines.get(insertAt - 1).endsWith("\n") && !lines.get(insertAt - 1).endsWith("\r")) {
        lines.set(insertAt - 1, lines.get(insertAt - 1) + nl);
      }
      lines.addAll(insertAt, block);
    }
    for (int i = resources.size() - 1; i >= 0; i--) {
      Resource resource = resources.get(i);
      if (stale.contains(resource)) {
        delete(resource.start(), resource.end());
        removed.add(0, resource.id());
      } else if (resource == layer) {
        if (merge(resource, layerProperties(0), LAYER_KEYS, Map.of())) {
          updated.add(0, resource.id());
        }
      } else if (resource.generated() && existing.get(resource.handler()) == resource) {
        Function function = wanted.get(resource.handler());
        if (merge(resource, functionProperties(function, layerId, 0), FUNCTION_KEYS, nested(function))) {
          updated.add(0, resource.id());
        }
      }
    }
  }

  /** The lines of a new resource, a blank line before it. */
  private List<String> resource(String id, String type, Map<String, List<String>> properties, int indent) {
    List<String> out = new ArrayList<>();
    String pad = " ".repeat(indent);
    out.add(nl);
    out.add(pad + id + ":" + nl);
    out.add(pad + "  Type: " + type + nl);
    out.add(pad + "  " + TOOL + nl);
    out.add(pad + "  Properties:" + nl);
    for (List<String> property : properties.values()) {
      out.addAll(property);
    }
    return out;
  }

  /**
   * Rewrites the owned properties of a generated resource where they differ from {@code properties}
   * (rendered at indent 0), adds the missing ones after the last property and removes the owned ones
   * no longer wanted; in {@code Events}, the same for the entries the plugin names ({@link #EVENT_NAMES}),
   * given in {@code events}. Returns whether it changed anything.
   */
  private boolean merge(Resource resource, Map<String, List<String>> properties, List<String> owned,
      Map<String, Nested> nested) {
    int childIndent = -1;
    int propertiesLine = -1;
    for (int i = resource.start() + 1; i < resource.end(); i++) {
      if (content(lines.get(i))) {
        if (childIndent < 0) {
          childIndent = indent(lines.get(i));
        }
        if (indent(lines.get(i)) == childIndent && "Properties".equals(key(lines.get(i)))) {
          propertiesLine = i;
          break;
        }
      }
    }
    if (propertiesLine < 0) {
      List<String> add = new ArrayList<>();
      add.add(" ".repeat(childIndent) + "Properties:" + nl);
      for (List<String> property : properties.values()) {
        add.addAll(indented(property, childIndent + 2));
      }
      insert(resource.end(), add);
      return true;
    }
    return mergeMapping(propertiesLine, resource.end(), new Nested(properties, owned, nested), childIndent + 2);
  }

  /**
   * Merges {@code wanted} (entries rendered at indent 0, key line first) into the mapping that the key
   * at {@code keyLine} opens, for the keys in {@code owned}; the others are left as they are. An entry
   * with a {@link Nested} spec is merged entry by entry in turn, and dropped when nothing is left in it.
   */
  private boolean mergeMapping(int keyLine, int limit, Nested spec, int defaultIndent) {
    Map<String, List<String>> wanted = spec.wanted();
    List<String> owned = spec.owned();
    int end = blockEnd(keyLine, limit);
    int indent = -1;
    List<int[]> entries = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = keyLine + 1; i < end; i++) {
      String line = lines.get(i);
      if (!content(line) || line.strip().startsWith("#")) {
        continue;
      }
      if (indent < 0) {
        indent = indent(line);
      }
      if (indent(line) == indent && key(line) != null) {
        int entryEnd = blockEnd(i, end);
        entries.add(new int[] {i, entryEnd});
        keys.add(key(line));
        i = entryEnd - 1;
      }
    }
    if (indent < 0) {
      indent = defaultIndent;
    }
    boolean changed = false;
    List<String> add = new ArrayList<>();
    for (String key : owned) {
      if (wanted.containsKey(key) && !keys.contains(key)) {
        add.addAll(indented(wanted.get(key), indent));
      }
    }
    if (!add.isEmpty()) {
      insert(end, add);
      changed = true;
    }
    for (int e = entries.size() - 1; e >= 0; e--) {
      String key = keys.get(e);
      if (!owned.contains(key)) {
        continue;
      }
      int from = entries.get(e)[0];
      int to = entries.get(e)[1];
      Nested nested = spec.nested() == null ? null : spec.nested().get(key);
      if (nested != null) {
        int size = lines.size();
        boolean nestedChanged = mergeMapping(from, to, nested, indent + 2);
        int newTo = to + lines.size() - size;
        if (blockEnd(from, newTo) == from + 1 && strip(lines.get(from)).strip().endsWith(":")) {
          lines.subList(from, newTo).clear(); // a mapping with nothing left in it
          nestedChanged = true;
        }
        changed |= nestedChanged;
        continue;
      }
      List<String> want = wanted.containsKey(key) ? indented(wanted.get(key), indent) : List.of();
      List<String> have = new ArrayList<>(lines.subList(from, to));
      if (!have.equals(want)) {
        lines.subList(from, to).clear();
        lines.addAll(from, want);
        changed = true;
      }
    }
    return changed;
  }

  /** Inserts {@code add} at {@code at}, giving the line before it a line break if it lacks one. */
  private void insert(int at, List<String> add) {
    if (at > 0 && !lines.get(at - 1).endsWith("\n") && !lines.get(at - 1).endsWith("\r")) {
      lines.set(at - 1, lines.get(at - 1) + nl);
    }
    lines.addAll(at, add);
  }

  /** A function's owned properties, each rendered at {@code indent}, in order. */
  private Map<String, List<String>> functionProperties(Function f, String layerId, int indent) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String pad = " ".repeat(indent);
    out.put("Handler", List.of(pad + "Handler: " + scalar(f.handler()) + nl));
    out.put("Runtime", List.of(pad + "Runtime: " + runtime + nl));
    out.put("CodeUri", List.of(pad + "CodeUri: " + scalar(codeUri) + nl));
    out.put("Architectures", List.of(pad + "Architectures:" + nl, pad + "  - " + f.architecture() + nl));
    out.put("MemorySize", List.of(pad + "MemorySize: " + f.memory() + nl));
    out.put("Timeout", List.of(pad + "Timeout: " + f.timeout() + nl));
    if (!managed()) {
      out.put("Layers", List.of(pad + "Layers:" + nl, pad + "  - !Ref " + layerId + nl));
    } else {
      out.put("Environment", List.of(pad + "Environment:" + nl, pad + "  Variables:" + nl,
          pad + "    " + WRAPPER_VARIABLE + ": " + WRAPPER_PATH + nl));
    }
    if (!f.events().isEmpty()) {
      List<String> events = new ArrayList<>();
      events.add(pad + "Events:" + nl);
      for (List<String> event : eventEntries(f).values()) {
        events.addAll(indented(event, indent + 2));
      }
      out.put("Events", events);
    }
    return out;
  }

  /** What the plugin owns inside a function's Events and Environment. */
  private Map<String, Nested> nested(Function f) {
    Map<String, List<String>> wrapper = managed()
        ? Map.of(WRAPPER_VARIABLE, List.of(WRAPPER_VARIABLE + ": " + WRAPPER_PATH + nl))
        : Map.of();
    Map<String, List<String>> variables = managed()
        ? Map.of("Variables", List.of("Variables:" + nl, "  " + WRAPPER_VARIABLE + ": " + WRAPPER_PATH + nl))
        : Map.of();
    return Map.of(
        "Events", new Nested(eventEntries(f), EVENT_NAMES, null),
        "Environment", new Nested(variables, List.of("Variables"),
            Map.of("Variables", new Nested(wrapper, List.of(WRAPPER_VARIABLE), null))));
  }

  /** Whether the functions run on one of AWS's managed Java runtimes, through the wrapper script. */
  private boolean managed() {
    return runtime.startsWith("java");
  }

  /** A function's event entries, by name, rendered at indent 0. */
  private Map<String, List<String>> eventEntries(Function f) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map<String, String> event : f.events()) {
      List<String> rendered = event(event, f.returnType(), "");
      String kind = key(rendered.get(0));
      String name = kind;
      for (int n = 2; out.containsKey(name); n++) {
        name = kind + n;
      }
      rendered.set(0, name + ":" + nl);
      out.put(name, rendered);
    }
    return out;
  }

  private Map<String, List<String>> layerProperties(int indent) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String pad = " ".repeat(indent);
    out.put("ContentUri", List.of(pad + "ContentUri: " + scalar(layerContentUri) + nl));
    out.put("CompatibleRuntimes", List.of(pad + "CompatibleRuntimes:" + nl, pad + "  - provided.al2023" + nl));
    return out;
  }

  /** One entry of Events, named after its source: SAM's event type and properties. */
  private List<String> event(Map<String, String> event, String returnType, String pad) {
    List<String> out = new ArrayList<>();
    String p = pad + "    ";
    String type = event.getOrDefault("type", "");
    boolean reportsFailures = false;
    switch (type) {
      case "sqs" -> {
        out.add(pad + "Sqs:" + nl);
        out.add(pad + "  Type: SQS" + nl);
        out.add(pad + "  Properties:" + nl);
        out.add(p + "Queue: " + reference(event.get("queue"), "!GetAtt %s.Arn") + nl);
        out.add(p + "BatchSize: " + event.get("batchSize") + nl);
        String window = event.getOrDefault("batchingWindow", "0");
        if (!window.equals("0")) {
          out.add(p + "MaximumBatchingWindowInSeconds: " + window + nl);
        }
        reportsFailures = "com.amazonaws.services.lambda.runtime.events.SQSBatchResponse".equals(returnType);
      }
      case "httpApi" -> {
        out.add(pad + "HttpApi:" + nl);
        out.add(pad + "  Type: HttpApi" + nl);
        out.add(pad + "  Properties:" + nl);
        out.add(p + "Method: " + scalar(event.get("method")) + nl);
        out.add(p + "Path: " + scalar(event.get("path")) + nl);
      }
      case "schedule" -> {
        out.add(pad + "Schedule:" + nl);
        out.add(pad + "  Type: Schedule" + nl);
        out.add(pad + "  Properties:" + nl);
        out.add(p + "Schedule: " + scalar(event.get("expression")) + nl);
      }
      case "s3" -> {
        out.add(pad + "S3:" + nl);
        out.add(pad + "  Type: S3" + nl);
        out.add(pad + "  Properties:" + nl);
        out.add(p + "Bucket: !Ref " + event.get("bucket") + nl);
        out.add(p + "Events:" + nl);
        for (String s3Event : event.getOrDefault("events", "s3:ObjectCreated:*").split(",")) {
          out.add(p + "  - " + scalar(s3Event) + nl);
        }
      }
      case "sns" -> {
        out.add(pad + "Sns:" + nl);
        out.add(pad + "  Type: SNS" + nl);
        out.add(pad + "  Properties:" + nl);
        out.add(p + "Topic: " + reference(event.get("topic"), "!Ref %s") + nl);
      }
      case "dynamodb", "kinesis" -> {
        boolean dynamo = type.equals("dynamodb");
        out.add(pad + (dynamo ? "DynamoDb:" : "Kinesis:") + nl);
        out.add(pad + "  Type: " + (dynamo ? "DynamoDB" : "Kinesis") + nl);
        out.add(pad + "  Properties:" + nl);
        out.add(p + "Stream: " + reference(event.get("stream"), dynamo ? "!GetAtt %s.StreamArn" : "!GetAtt %s.Arn") + nl);
        out.add(p + "StartingPosition: " + scalar(event.get("startingPosition")) + nl);
        out.add(p + "BatchSize: " + event.get("batchSize") + nl);
        reportsFailures = "com.amazonaws.services.lambda.runtime.events.StreamsEventResponse".equals(returnType);
      }
      default -> throw new IllegalArgumentException("unknown event source type '" + type + "' in a handler manifest");
    }
    if (reportsFailures) {
      out.add(p + "FunctionResponseTypes:" + nl);
      out.add(p + "  - ReportBatchItemFailures" + nl);
    }
    return out;
  }

  /** An ARN as is; a logical ID through {@code format} ({@code !Ref} or {@code !GetAtt}). */
  private static String reference(String value, String format) {
    return value.startsWith("arn:") ? scalar(value) : String.format(format, value);
  }

  /** A plain scalar where YAML reads it back as the same string, else a single-quoted one. */
  static String scalar(String value) {
    boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(":")
        && !value.matches("(?i)true|false|yes|no|on|off|null|~|[-+.0-9][0-9._eE+-]*|\\.(inf|nan)");
    return plain ? value : "'" + value.replace("'", "''") + "'";
  }

  /**
   * A CloudFormation logical ID from a handler name: its letters and digits, in UpperCamelCase, then
   * Function; a Java handler string ({@code pkg.Class::method}) without its package.
   */
  static String logicalId(String handler) {
    if (handler.matches("[\\w.$]+::[\\w$]+")) {
      handler = handler.substring(handler.lastIndexOf('.', handler.indexOf("::")) + 1);
    }
    StringBuilder id = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < handler.length(); i++) {
      char c = handler.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        id.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (id.length() == 0 || !Character.isLetter(id.charAt(0))) {
      id.insert(0, "Handler");
    }
    return id.append("Function").toString();
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = id + n;
    }
    taken.add(candidate);
    return candidate;
  }

  private List<Resource> resources(int resourcesLine, int sectionEnd) {
    List<Resource> resources = new ArrayList<>();
    int indent = -1;
    for (int i = resourcesLine + 1; i < sectionEnd; i++) {
      String line = lines.get(i);
      if (!content(line) || line.strip().startsWith("#")) {
        continue;
      }
      if (indent < 0) {
        indent = indent(line);
      }
      if (indent(line) == indent && key(line) != null) {
        int end = blockEnd(i, sectionEnd);
        resources.add(describe(unquote(key(line)), i, end));
        i = end - 1;
      }
    }
    return resources;
  }

  private Resource describe(String id, int start, int end) {
    String type = null;
    String handler = null;
    boolean generated = false;
    int childIndent = -1;
    boolean inProperties = false;
    int propertyIndent = -1;
    for (int i = start + 1; i < end; i++) {
      String line = lines.get(i);
      if (!content(line) || line.strip().startsWith("#")) {
        continue;
      }
      int indent = indent(line);
      if (childIndent < 0) {
        childIndent = indent;
      }
      String key = key(line);
      if (GENERATED.matcher(strip(line)).matches()) {
        generated = true;
      }
      if (indent == childIndent) {
        inProperties = "Properties".equals(key);
        propertyIndent = -1;
        if ("Type".equals(key)) {
          type = value(line);
        }
      } else if (inProperties) {
        if (propertyIndent < 0) {
          propertyIndent = indent;
        }
        if (indent == propertyIndent && "Handler".equals(key)) {
          handler = value(line);
        }
      }
    }
    return new Resource(id, start, end, type, generated, handler);
  }

  /**
   * The end (exclusive) of the block that the key at {@code start} opens: its last line that is more
   * indented than the key, before {@code limit}. Blank lines and comments after it are left outside.
   */
  private int blockEnd(int start, int limit) {
    int indent = indent(lines.get(start));
    int last = start;
    for (int i = start + 1; i < limit; i++) {
      String line = lines.get(i);
      if (!content(line)) {
        continue;
      }
      if (indent(line) <= indent) {
        break;
      }
      last = i;
    }
    return last + 1;
  }

  /** The index of a top-level key, or -1. */
  private int topLevel(String key) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (content(line) && indent(line) == 0 && key.equals(key(line))) {
        return i;
      }
    }
    return -1;
  }

  private int sectionEnd(int start) {
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (content(line) && indent(line) == 0 && !line.startsWith("#")) {
        return i;
      }
    }
    return lines.size();
  }

  private void delete(int start, int end) {
    // Take the blank line before the block with it, so that removing a resource leaves no double gap.
    if (start > 0 && lines.get(start - 1).isBlank()) {
      start--;
    }
    lines.subList(start, end).clear();
  }

  private void endWithNewline() {
    if (!lines.isEmpty()) {
      String last = lines.get(lines.size() - 1);
      if (!last.endsWith("\n") && !last.endsWith("\r")) {
        lines.set(lines.size() - 1, last + nl);
      }
    }
  }

  private static List<String> indented(List<String> rendered, int indent) {
    String pad = " ".repeat(indent);
    List<String> out = new ArrayList<>();
    for (String line : rendered) {
      out.add(pad + line);
    }
    return out;
  }

  /** Whether a line is not blank. */
  private static boolean content(String line) {
    return !line.isBlank();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String strip(String line) {
    return line.replaceAll("[\\r\\n]+$", "");
  }

  /** The key a line opens, or null (a list item, a scalar, a comment). */
  static String key(String line) {
    String text = strip(line);
    if (text.strip().startsWith("#") || text.strip().startsWith("- ")) {
      return null;
    }
    Matcher m = KEY.matcher(text);
    return m.matches() ? unquote(m.group(2).strip()) : null;
  }

  /** The scalar value of a key line, without quotes and comment. */
  private static String value(String line) {
    Matcher m = KEY.matcher(strip(line));
    if (!m.matches() || m.group(3) == null) {
      return null;
    }
    String text = m.group(3).strip();
    if (text.startsWith("'")) {
      int end = text.indexOf('\'', 1);
      while (end > 0 && end + 1 < text.length() && text.charAt(end + 1) == '\'') {
        end = text.indexOf('\'', end + 2);
      }
      return (end < 0 ? text.substring(1) : text.substring(1, end)).replace("''", "'");
    }
    if (text.startsWith("\"")) {
      int end = text.indexOf('"', 1);
      return end < 0 ? text.substring(1) : text.substring(1, end);
    }
    int comment = text.indexOf(" #");
    return (comment < 0 ? text : text.substring(0, comment)).strip();
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  /** The lines of {@code text}, each with its line break. */
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
