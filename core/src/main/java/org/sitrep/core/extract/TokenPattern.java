package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sequence of token alternatives read from a data file: {@code "repri*|reprend* aux|au"}. Each
 * position is a list of alternatives; {@code pre*} matches a prefix, {@code *suf} a suffix, {@code
 * #} any number, {@code ..} a gap of up to {@link #MAX_GAP} tokens. Matching is over normalised
 * tokens ({@link Norm}) and linear in the pattern length times the gap width: no regex, no
 * backtracking blow-up.
 */
public record TokenPattern(String source, List<List<String>> parts) {
  public static final int MAX_GAP = 5;
  private static final String GAP = "..";

  public TokenPattern {
    Objects.requireNonNull(source, "source");
    parts = parts.stream().map(List::copyOf).toList();
    if (parts.isEmpty()
        || parts.get(0).contains(GAP)
        || parts.get(parts.size() - 1).contains(GAP)) {
      throw new IllegalArgumentException("bad token pattern: '" + source + "'");
    }
  }

  public static TokenPattern parse(String s) {
    List<List<String>> parts = new ArrayList<>();
    for (String tok : s.strip().split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      if (tok.equals(GAP)) {
        parts.add(List.of(GAP));
        continue;
      }
      List<String> alts = new ArrayList<>();
      for (String a : tok.split("\\|")) {
        if (!a.isEmpty()) {
          alts.add(a.equals("#") || a.equals("*") ? a : normalise(a));
        }
      }
      if (alts.isEmpty()) {
        throw new IllegalArgumentException("bad token pattern: '" + s + "'");
      }
      parts.add(alts);
    }
    return new TokenPattern(s, parts);
  }

  // Keep the wildcard star while normalising the word around it.
  private static String normalise(String a) {
    boolean pre = a.endsWith("*") && a.length() > 1;
    boolean suf = a.startsWith("*") && a.length() > 1;
    String core = a.substring(suf ? 1 : 0, a.length() - (pre ? 1 : 0));
    String n = Norm.of(core);
    return (suf ? "*" : "") + n + (pre ? "*" : "");
  }

  /** The end (exclusive) of the shortest match starting at {@code i}, or -1. */
  public int matchAt(List<String> tokens, int i) {
    return match(tokens, i, 0);
  }

  private int match(List<String> tokens, int i, int p) {
    if (p == parts.size()) {
      return i;
    }
    List<String> alts = parts.get(p);
    if (alts.get(0).equals(GAP)) {
      for (int skip = 0; skip <= MAX_GAP && i + skip <= tokens.size(); skip++) {
        int e = match(tokens, i + skip, p + 1);
        if (e >= 0) {
          return e;
        }
      }
      return -1;
    }
    if (i >= tokens.size() || !accepts(alts, tokens.get(i))) {
      return -1;
    }
    return match(tokens, i + 1, p + 1);
  }

  static boolean accepts(List<String> alts, String t) {
    // By index and with regionMatches: no iterator and no substring per alternative and token
    // (this runs for every candidate pattern at every token).
    for (int k = 0; k < alts.size(); k++) {
      String a = alts.get(k);
      int n = a.length();
      if (n == 1 && a.charAt(0) == '#') {
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
          return true;
        }
      } else if (n > 1 && a.charAt(n - 1) == '*') {
        if (t.regionMatches(0, a, 0, n - 1)) { // t.startsWith(a without its star)
          return true;
        }
      } else if (n > 1 && a.charAt(0) == '*') {
        if (t.regionMatches(t.length() - (n - 1), a, 1, n - 1)) { // t.endsWith(a without it)
          return true;
        }
      } else if (a.equals(t)) {
        return true;
      }
    }
    return false;
  }

  public int length() {
    return parts.size();
  }
}
