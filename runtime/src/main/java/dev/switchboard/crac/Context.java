package dev.switchboard.crac;

/**
 * A group of {@link Resource}s that runs their hooks together, as {@code org.crac.Context} does: itself
 * a resource, so contexts nest.
 *
 * @param <R> the resources it holds
 */
public abstract class Context<R extends Resource> implements Resource {
  protected Context() {}

  @Override
  public abstract void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException;

  @Override
  public abstract void afterRestore(Context<? extends Resource> context) throws RestoreException;

  /** Adds a resource, whose hooks run with this context's. */
  public abstract void register(R resource);
}
