package dev.switchboard.processor.diag;

/**
 * The {@code -Aswitchboard.json} processor option: how records, POJOs and enums that handlers take or
 * return are bound.
 */
public enum JsonOption {
  /** Generated codecs where the generator supports the type; jackson-databind, with a note, elsewhere. The default. */
  AUTO,
  /** Generated codecs, and an error for any type the generator does not support. */
  GENERATED,
  /** jackson-databind for all of them, as before codecs were generated. */
  DATABIND;

  /** Parses the option; returns {@code null} after reporting an invalid value. */
  public static JsonOption parse(String value, Reporter reporter) {
    if (value == null) {
      return AUTO;
    }
    switch (value.trim()) {
      case "auto":
        return AUTO;
      case "generated":
        return GENERATED;
      case "databind":
        return DATABIND;
      default:
        reporter.error(Message.BAD_OPTION, Names.JSON_OPTION, "auto, generated or databind", value);
        return null;
    }
  }
}
