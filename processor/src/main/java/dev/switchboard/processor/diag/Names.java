package dev.switchboard.processor.diag;

/** The runtime's types, by name: the processor does not link against the runtime. */
public final class Names {
  private Names() {}

  public static final String LAMBDA_HANDLER = "dev.switchboard.LambdaHandler";
  public static final String CONTEXT = "dev.switchboard.Context";
  /** AWS's types (aws-lambda-java-core), for handlers written for AWS's Java runtime. */
  public static final String AWS_RUNTIME = "com.amazonaws.services.lambda.runtime";
  public static final String AWS_CONTEXT = AWS_RUNTIME + ".Context";
  public static final String AWS_REQUEST_HANDLER = AWS_RUNTIME + ".RequestHandler";
  public static final String AWS_REQUEST_STREAM_HANDLER = AWS_RUNTIME + ".RequestStreamHandler";
  public static final String INTERNAL = "dev.switchboard.internal";
  public static final String INTERNAL_JSON = INTERNAL + ".json";
  /** The processor's class, as generated types name it in {@code @Generated}. */
  public static final String PROCESSOR = "dev.switchboard.processor.SwitchboardProcessor";
  static final String HANDLER_TABLE = INTERNAL + ".HandlerTable";
  public static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
  public static final String INPUT_STREAM = "java.io.InputStream";
  public static final String OUTPUT_STREAM = "java.io.OutputStream";
  public static final String RESPONSE_STREAM = "dev.switchboard.ResponseStream";
  /** The deployment annotations, which the manifest records for build tools. */
  public static final String DEPLOY = "dev.switchboard.deploy";
  public static final String FUNCTION_CONFIG = DEPLOY + ".FunctionConfig";
  /** The event source annotations, in the order the manifest lists them. */
  public static final java.util.List<String> TRIGGERS = java.util.List.of(
      DEPLOY + ".SqsTrigger", DEPLOY + ".HttpApiTrigger", DEPLOY + ".ScheduleTrigger", DEPLOY + ".S3Trigger",
      DEPLOY + ".SnsTrigger", DEPLOY + ".DynamoDbTrigger", DEPLOY + ".KinesisTrigger");

  /** The processor option that sets the generated table's package. */
  public static final String PACKAGE_OPTION = "switchboard.package";
  /** The processor option that chooses how records and POJOs bind: auto, generated or databind. */
  public static final String JSON_OPTION = "switchboard.json";
  /** The package of the table when the handlers share no package. */
  public static final String FALLBACK_PACKAGE = "dev.switchboard.generated";
  /** The simple name of the generated table class. */
  public static final String TABLE_CLASS = "SwitchboardHandlers";
  /** Where the manifest is written. */
  public static final String MANIFEST = "META-INF/switchboard/handlers.json";
  public static final String SERVICE_FILE = "META-INF/services/" + HANDLER_TABLE;
}
