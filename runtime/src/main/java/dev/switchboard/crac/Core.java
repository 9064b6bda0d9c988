package dev.switchboard.crac;

/**
 * The global context of the runtime's SnapStart hooks, found by {@code org.crac.Core} when
 * {@code -Dorg.crac.Core.Compat=dev.switchboard.crac} is set (the Lambda bootstrap sets it).
 */
public final class Core {
  private static final Hooks GLOBAL = new Hooks();

  private Core() {}

  /** The context that every registration ends up in, and that the runtime runs around the snapshot. */
  public static Context<Resource> getGlobalContext() {
    return GLOBAL;
  }

  /**
   * Not offered: on Lambda the snapshot is Lambda's to take, after init; the runtime runs the hooks
   * around it.
   *
   * @throws UnsupportedOperationException always
   */
  public static void checkpointRestore() throws CheckpointException, RestoreException {
    throw new UnsupportedOperationException("Lambda SnapStart takes the snapshot itself, after init; the"
        + " Switchboard runtime runs the registered hooks around it (AWS_LAMBDA_INITIALIZATION_TYPE=snap-start)");
  }
}
