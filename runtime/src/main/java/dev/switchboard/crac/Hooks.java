package dev.switchboard.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The global context: before the snapshot, its resources' hooks in the reverse order of their
 * registration; after restore, in that order (as CRaC orders them). Every hook runs even when one
 * fails; the failures are gathered in one exception, each suppressed in it.
 */
final class Hooks extends Context<Resource> {
  private final List<Resource> resources = new ArrayList<>();

  @Override
  public synchronized void register(Resource resource) {
    if (resource == null) {
      throw new NullPointerException("resource");
    }
    resources.add(resource);
  }

  private synchronized Resource[] snapshot() {
    return resources.toArray(new Resource[0]);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
    Resource[] all = snapshot();
    CheckpointException failure = null;
    for (int i = all.length - 1; i >= 0; i--) {
      try {
        all[i].beforeCheckpoint(this);
      } catch (Exception e) {
        if (failure == null) {
          failure = new CheckpointException();
        }
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) throws RestoreException {
    Resource[] all = snapshot();
    RestoreException failure = null;
    for (Resource resource : all) {
      try {
        resource.afterRestore(this);
      } catch (Exception e) {
        if (failure == null) {
          failure = new RestoreException();
        }
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
