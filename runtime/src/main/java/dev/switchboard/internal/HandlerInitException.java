package dev.switchboard.internal;

/** Creating a handler failed: its constructor or static initializer threw. */
public final class HandlerInitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The {@code errorType} Lambda uses for a failed init when the cause names none. */
  public static final String ERROR_TYPE = "Runtime.InitError";

  public HandlerInitException(String message, Throwable cause) {
    super(message, cause);
  }
}
