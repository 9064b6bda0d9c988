package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads and checks the deployment annotations ({@code @FunctionConfig} and the triggers of
 * {@code dev.switchboard.deploy}) of a handler: on its method, or on its class for a class annotated
 * with {@code @LambdaHandler}. Reports each bad value on its annotation (SB022 to SB029).
 */
public final class DeploymentReader {
  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");

  private final Elements elements;
  private final Reporter reporter;

  public DeploymentReader(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** Reports a deployment annotation on an element that is no handler (SB024). */
  public void checkPlacement(Element element, String annotation) {
    if (Reporter.handlerAnnotation(element) == null) {
      AnnotationMirror mirror = find(element, annotation);
      String what = (element instanceof TypeElement type) ? type.getQualifiedName().toString()
          : element.getEnclosingElement() + "." + element.getSimpleName();
      reporter.error(element, mirror, Message.DEPLOY_NOT_ON_HANDLER, simpleName(annotation), what);
    }
  }

  /** The handler's settings; {@link Deployment#DEFAULT}'s where it has none. Bad values are reported. */
  public Deployment read(HandlerSite site) {
    Element on = site.annotated();
    String who = site.describe();
    int memory = Deployment.DEFAULT.memory();
    int timeout = Deployment.DEFAULT.timeout();
    String architecture = Deployment.DEFAULT.architecture();
    AnnotationMirror config = find(on, Names.FUNCTION_CONFIG);
    if (config != null) {
      memory = (Integer) value(config, "memory");
      timeout = (Integer) value(config, "timeout");
      architecture = value(config, "architecture").toString().toLowerCase(java.util.Locale.ROOT);
      if (memory < 128 || memory > 10240) {
        reporter.error(on, config, Message.MEMORY_OUT_OF_RANGE, who, memory);
      }
      if (timeout < 1 || timeout > 900) {
        reporter.error(on, config, Message.TIMEOUT_OUT_OF_RANGE, who, timeout);
      }
    }
    List<Map<String, Object>> events = new ArrayList<>();
    for (String trigger : Names.TRIGGERS) {
      AnnotationMirror mirror = find(on, trigger);
      if (mirror != null) {
        events.add(event(on, who, simpleName(trigger), mirror));
      }
    }
    return new Deployment(memory, timeout, architecture, List.copyOf(events));
  }

  private Map<String, Object> event(Element on, String who, String annotation, AnnotationMirror mirror) {
    Map<String, Object> event = new LinkedHashMap<>();
    switch (annotation) {
      case "SqsTrigger" -> {
        event.put("type", "sqs");
        event.put("queue", source(on, who, annotation, mirror, "queue"));
        event.put("batchSize", batchSize(on, who, annotation, mirror));
        int window = (Integer) value(mirror, "batchingWindow");
        if (window < 0 || window > 300) {
          reporter.error(on, mirror, Message.BAD_BATCH_SETTING, annotation, who, "batchingWindow " + window);
        }
        event.put("batchingWindow", window);
      }
      case "HttpApiTrigger" -> {
        String method = (String) value(mirror, "method");
        String path = (String) value(mirror, "path");
        if (!HTTP_METHODS.contains(method) || !path.startsWith("/")) {
          reporter.error(on, mirror, Message.BAD_HTTP_ROUTE, who, method, path);
        }
        event.put("type", "httpApi");
        event.put("method", method);
        event.put("path", path);
      }
      case "ScheduleTrigger" -> {
        String expression = (String) value(mirror, "value");
        if (!(expression.startsWith("rate(") || expression.startsWith("cron(")) || !expression.endsWith(")")) {
          reporter.error(on, mirror, Message.BAD_SCHEDULE, who, expression);
        }
        event.put("type", "schedule");
        event.put("expression", expression);
      }
      case "S3Trigger" -> {
        String bucket = (String) value(mirror, "bucket");
        if (!LOGICAL_ID.matcher(bucket).matches()) {
          reporter.error(on, mirror, Message.S3_BUCKET_ARN, who, bucket);
        }
        List<String> types = new ArrayList<>();
        for (Object type : (List<?>) value(mirror, "events")) {
          types.add((String) ((AnnotationValue) type).getValue());
        }
        event.put("type", "s3");
        event.put("bucket", bucket);
        event.put("events", List.copyOf(types));
      }
      case "SnsTrigger" -> {
        event.put("type", "sns");
        event.put("topic", source(on, who, annotation, mirror, "topic"));
      }
      default -> { // DynamoDbTrigger, KinesisTrigger
        event.put("type", annotation.equals("DynamoDbTrigger") ? "dynamodb" : "kinesis");
        event.put("stream", source(on, who, annotation, mirror, "stream"));
        String position = (String) value(mirror, "startingPosition");
        if (!position.equals("LATEST") && !position.equals("TRIM_HORIZON")) {
          reporter.error(on, mirror, Message.BAD_BATCH_SETTING, annotation, who, "startingPosition '" + position + "'");
        }
        event.put("startingPosition", position);
        event.put("batchSize", batchSize(on, who, annotation, mirror));
      }
    }
    return event;
  }

  private String source(Element on, String who, String annotation, AnnotationMirror mirror, String name) {
    String value = (String) value(mirror, name);
    if (!value.startsWith("arn:") && !LOGICAL_ID.matcher(value).matches()) {
      reporter.error(on, mirror, Message.BAD_SOURCE_REFERENCE, annotation, name, who, value);
    }
    return value;
  }

  private int batchSize(Element on, String who, String annotation, AnnotationMirror mirror) {
    int size = (Integer) value(mirror, "batchSize");
    if (size < 1 || size > 10000) {
      reporter.error(on, mirror, Message.BAD_BATCH_SETTING, annotation, who, "batchSize " + size);
    }
    return size;
  }

  private Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalStateException("@" + mirror.getAnnotationType() + " has no " + name);
  }

  private static AnnotationMirror find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  private static String simpleName(String annotation) {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }
}
