package dev.switchboard.processor.handlers;

import java.util.List;
import java.util.Map;

/**
 * A handler's deployment settings, from {@code dev.switchboard.deploy}: its function's memory, timeout and
 * architecture (the defaults of {@code @FunctionConfig} when it has none) and its event sources.
 *
 * @param memory memory in MB
 * @param timeout timeout in seconds
 * @param architecture {@code x86_64} or {@code arm64}
 * @param events the event sources, in the order of {@code Names.TRIGGERS}; each one's fields in a fixed
 *     order, {@code type} first, values being {@code String}, {@code Integer} or {@code List<String>}
 */
public record Deployment(int memory, int timeout, String architecture, List<Map<String, Object>> events) {
  public static final Deployment DEFAULT = new Deployment(512, 30, "x86_64", List.of());
}
