package dev.switchboard.maven;

import java.util.Collection;

/** The closest of a set of names to a misspelled one, for "did you mean" suggestions. */
final class Names {
  private Names() {}

  /** The name at the smallest edit distance, if it is at most a third of the longer name's length. */
  static String closest(String wrong, Collection<String> names) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : names) {
      int distance = distance(wrong, name);
      if (distance < bestDistance || (distance == bestDistance && name.compareTo(best) < 0)) {
        best = name;
        bestDistance = distance;
      }
    }
    if (best == null || bestDistance > Math.max(2, Math.max(wrong.length(), best.length()) / 3)) {
      return null;
    }
    return best;
  }

  /** The Levenshtein distance, ignoring case. */
  static int distance(String a, String b) {
    a = a.toLowerCase(java.util.Locale.ROOT);
    b = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
