package dev.switchboard.crac;

/** One or more after-restore hooks failed: each failure is suppressed in this exception. */
public class RestoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public RestoreException() {
    super("after-restore hooks failed");
  }
}
