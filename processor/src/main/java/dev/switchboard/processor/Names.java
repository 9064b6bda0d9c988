package dev.switchboard.processor;

/** The runtime's types, by name: the processor does not link against the runtime. */
final class Names {
  private Names() {}

  static final String LAMBDA_HANDLER = "dev.switchboard.LambdaHandler";
  static final String CONTEXT = "dev.switchboard.Context";
  static final String INTERNAL = "dev.switchboard.internal";
  static final String HANDLER_TABLE = INTERNAL + ".HandlerTable";
  static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
  static final String INPUT_STREAM = "java.io.InputStream";
  static final String OUTPUT_STREAM = "java.io.OutputStream";

  /** The processor option that sets the generated table's package. */
  static final String PACKAGE_OPTION = "switchboard.package";
  /** The processor option that chooses how records and POJOs bind: auto, generated or databind. */
  static final String JSON_OPTION = "switchboard.json";
  /** The package of the table when the handlers share no package. */
  static final String FALLBACK_PACKAGE = "dev.switchboard.generated";
  /** The simple name of the generated table class. */
  static final String TABLE_CLASS = "SwitchboardHandlers";
  /** Where the manifest is written. */
  static final String MANIFEST = "META-INF/switchboard/handlers.json";
  static final String SERVICE_FILE = "META-INF/services/" + HANDLER_TABLE;
}
