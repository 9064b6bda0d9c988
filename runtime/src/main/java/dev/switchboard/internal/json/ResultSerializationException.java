package dev.switchboard.internal.json;

/**
 * The handler returned a value that cannot be written as JSON. Reported with the error type
 * {@value #ERROR_TYPE}.
 */
public final class ResultSerializationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The {@code errorType} Lambda reports for a result that could not be serialized. */
  public static final String ERROR_TYPE = "Runtime.MarshalError";

  /**
   * This exception, typed as a {@code RuntimeException} for {@code throw} in classes of the cold path:
   * a {@code throw new} of this class there would make the JVM load it to verify them, at every
   * start.
   */
  static RuntimeException of(String message, Throwable cause) {
    return new ResultSerializationException(message, cause);
  }

  public ResultSerializationException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
