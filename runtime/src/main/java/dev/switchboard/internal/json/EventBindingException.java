package dev.switchboard.internal.json;

/**
 * The event could not be turned into the handler's declared type: the JSON is malformed, or it does
 * not fit the type. Reported with the error type {@value #ERROR_TYPE}.
 */
public final class EventBindingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The {@code errorType} Lambda reports for an event that could not be bound. */
  public static final String ERROR_TYPE = "Runtime.UnmarshalError";

  public EventBindingException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
