package dev.switchboard.processor.codecs;

/**
 * Thrown while describing a type when the codec generator cannot bind it as databind would; the
 * handler then falls back to jackson-databind (or fails, under {@code -Aswitchboard.json=generated}).
 */
public final class Unsupported extends Exception {
  private static final long serialVersionUID = 1L;

  /** Where: a type or property, as {@code com.example.Order.items}. */
  final String where;
  /** What the generator does not support there. */
  final String problem;
  /** How to make it supported. */
  public final String fix;

  public Unsupported(String where, String problem, String fix) {
    super(where + " " + problem, null, false, false);
    this.where = where;
    this.problem = problem;
    this.fix = fix;
  }

  /** "com.example.Order.items has @JsonFormat" */
  public String reason() {
    return where + " " + problem;
  }
}
