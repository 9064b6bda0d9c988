package dev.switchboard.test;

import java.util.ArrayList;
import java.util.List;

/**
 * The log output of one invocation, as CloudWatch would receive it from the function: the records of
 * the context's logger ({@code [LEVEL] message} when logged with a level, as the local modes write
 * them) and what the invocation's thread printed to {@code System.out} and {@code System.err}, in
 * the order written.
 */
public final class Logs {
  private final String text;
  private final List<String> lines;

  Logs(String text) {
    this.text = text;
    List<String> split = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      split.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = end + 1;
    }
    this.lines = List.copyOf(split);
  }

  /** The whole log, as written. */
  public String text() {
    return text;
  }

  /** The log's lines, without their line terminators; an empty list when nothing was logged. */
  public List<String> lines() {
    return lines;
  }

  /** Whether some line contains {@code text}. */
  public boolean contains(CharSequence text) {
    for (String line : lines) {
      if (line.contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** The lines that contain {@code text}, in order. */
  public List<String> linesContaining(CharSequence text) {
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      if (line.contains(text)) {
        found.add(line);
      }
    }
    return found;
  }

  /** Whether nothing was logged or printed. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The whole log, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
