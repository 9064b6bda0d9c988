package dev.switchboard.crac;

/**
 * Something to prepare before Lambda takes a SnapStart snapshot and to set up again after it restores
 * one: the shape {@code org.crac.Resource} forwards its registrations to. Applications register
 * {@code org.crac} resources; this interface is what the runtime calls.
 */
public interface Resource {
  /** Runs before the snapshot: close connections, drop what must not be shared between restores. */
  void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

  /** Runs after a restore, before the first invocation: reopen what {@link #beforeCheckpoint} closed. */
  void afterRestore(Context<? extends Resource> context) throws Exception;
}
