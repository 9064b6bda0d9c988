package dev.switchboard.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * Every message of the plugin, in one place, each with its fixed ID (SB050 to SB059): what rule, what
 * was found, and the fix.
 */
final class Messages {
  private Messages() {}

  /** SB050: the jar to package is missing. */
  static String noJar(Path jar) {
    return "[SB050] switchboard:package packages the shaded jar, and there is none at " + jar + ". Run it"
        + " after maven-shade-plugin's shade goal (declare this plugin after the shade plugin, both in the"
        + " package phase), or set <jar> to the runnable jar.";
  }

  /** SB051: several handlers and no training handler: the zip has no archive. */
  static String severalHandlers(List<String> names) {
    return "[SB051] The jar has " + names.size() + " handlers (" + shortList(names) + ") and no training"
        + " handler is set, so the Lambda zip has no class-data archive and the functions start slower. Set"
        + " the property switchboard.training.handler (or <trainingHandler>) to the busiest one, for example"
        + " -Dswitchboard.training.handler=" + names.get(0) + "; the archive also serves the others.";
  }

  /** SB052: the training handler names no handler of the jar. */
  static String unknownHandler(String handler, List<String> names) {
    String closest = Names.closest(handler, names);
    return "[SB052] switchboard.training.handler is '" + handler + "', which no manifest on the runtime"
        + " class path names. " + (closest == null ? "" : "Did you mean '" + closest + "'? ")
        + "The handlers: " + shortList(names) + ".";
  }

  /** SB053: the training run failed. */
  static String trainingFailed(int status) {
    return "[SB053] The training run that makes the class-data archive failed (exit status " + status
        + "); its output is above. Fix the handler or its event (switchboard.training.event), or build"
        + " without an archive: -Dswitchboard.training.invocations=0.";
  }

  /** SB054: the JVM refused the archive. */
  static String archiveRejected(Path java, Path archive, String reason) {
    return "[SB054] " + java + " refused the class-data archive " + archive.getFileName()
        + " that it made, so Lambda would start without it. The JVM said:\n" + reason.strip()
        + "\nThe archive only works with the exact Java runtime that made it (switchboard.training.java)"
        + " and with the same app.jar; build again, and report this if it persists.";
  }

  /** SB055: two manifests define one handler name. */
  static String duplicateHandler(String name, String first, String second) {
    return "[SB055] Handler '" + name + "' is defined by two jars on the runtime class path: " + first
        + " and " + second + ". Only one of them can serve the name; rename one"
        + " (@LambdaHandler(\"...\")) or drop one of the dependencies.";
  }

  /** SB056: template.yaml names a handler that no manifest has. */
  static String templateHandler(Path template, int line, String resource, String handler, List<String> names) {
    String closest = Names.closest(handler, names);
    return "[SB056] " + template + ":" + line + ": function " + resource + " has Handler '" + handler
        + "', which no handler manifest on the runtime class path names"
        + (closest == null ? "" : "; did you mean '" + closest + "'?")
        + (names.isEmpty() ? " The class path has no handlers." : " The handlers: " + shortList(names) + ".");
  }

  /** SB057: a parameter is malformed. */
  static String badParameter(String parameter, String value, String expected) {
    return "[SB057] " + parameter + " is '" + value + "'; expected " + expected + ".";
  }

  /** SB058: a handler manifest cannot be read. */
  static String badManifest(String source, String problem) {
    return "[SB058] The handler manifest META-INF/switchboard/handlers.json of " + source
        + " cannot be read: " + problem + ". Rebuild that jar with the Switchboard processor.";
  }

  /** SB059: nothing to train: the class path has no handler. */
  static String noHandlers(Path jar) {
    return "[SB059] No handler manifest (META-INF/switchboard/handlers.json) on the runtime class path of "
        + jar.getFileName() + ", so there is no handler to train. Is the Switchboard processor on the"
        + " compiler's annotationProcessorPaths, and is there a @LambdaHandler method? To package without"
        + " an archive, set -Dswitchboard.training.invocations=0.";
  }

  private static String shortList(List<String> names) {
    if (names.size() <= 10) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
  }
}
