package dev.switchboard.lambda;

import java.io.IOException;

/** The Runtime API answered a request with a status other than the one that means success. */
final class RuntimeApiException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;

  RuntimeApiException(String request, int status, String body) {
    super("the Runtime API answered " + status + " to " + request
        + (body == null || body.isEmpty() ? "" : ": " + body));
    this.status = status;
  }

  /** The HTTP status the API answered with. */
  int status() {
    return status;
  }

  /**
   * Whether the API says the runtime cannot go on: a 5xx status, which the Runtime API uses for
   * "non-recoverable state, the runtime should exit".
   */
  boolean isFatal() {
    return status >= 500;
  }
}
