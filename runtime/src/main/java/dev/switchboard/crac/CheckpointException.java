package dev.switchboard.crac;

/** One or more before-checkpoint hooks failed: each failure is suppressed in this exception. */
public class CheckpointException extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckpointException() {
    super("before-checkpoint hooks failed");
  }
}
