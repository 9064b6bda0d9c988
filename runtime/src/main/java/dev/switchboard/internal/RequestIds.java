package dev.switchboard.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids for local invocations ({@code invoke}, {@code serve}): random version-4 UUIDs, as
 * Lambda's look, drawn from {@code ThreadLocalRandom}. {@code UUID.randomUUID()} would start the JDK's
 * security providers (some 90 classes, a provider created by reflection) for ids that need no secrecy.
 */
public final class RequestIds {
  private RequestIds() {}

  /** A fresh id such as {@code 3f2b8c1e-9a4d-4e7f-b2c5-0d1e2f3a4b5c}. */
  public static String random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(high, low).toString();
  }
}
