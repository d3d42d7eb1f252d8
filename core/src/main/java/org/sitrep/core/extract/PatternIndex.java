package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A list of token patterns indexed by what their first position accepts, so that matching a
 * sentence tries at each token only the patterns that can start there, instead of every pattern of
 * the list (the lexicons hold hundreds; profiled at a fifth of the pipeline). Exact words are
 * looked up in a hash map, {@code pre*} and {@code *suf} alternatives in a trie of prefixes and one
 * of reversed suffixes, {@code #} by the token's first character. Built once per list; immutable,
 * thread-safe.
 *
 * <p>{@link #forEachMatch} reports the same matches in the same order as trying every pattern of
 * the list at every token in turn: candidates are tried in list order.
 */
final class PatternIndex<T> {
  /** Receives a match of item {@code what} over tokens {@code [start, end)}. */
  interface Sink<T> {
    void accept(int start, int end, T what);
  }

  private static final int[] NONE = new int[0];

  private final List<T> items;
  private final TokenPattern[] patterns;
  private final Map<String, int[]> exact;
  // The same entries by the token's number in a vocabulary shared by the lexicon's indexes
  // (LexiconIndex): a sentence looks each token up once, not once per index.
  private final Vocabulary vocabulary;
  private final int[][] exactById;
  private final Trie prefixes;
  private final Trie suffixes;
  private final int[] digits;

  private PatternIndex(List<T> items, Function<T, TokenPattern> pattern, Vocabulary vocabulary) {
    this.items = List.copyOf(items);
    this.patterns = new TokenPattern[items.size()];
    Map<String, List<Integer>> ex = new HashMap<>();
    TreeMap<String, List<Integer>> pre = new TreeMap<>();
    TreeMap<String, List<Integer>> suf = new TreeMap<>();
    List<Integer> dig = new ArrayList<>();
    for (int k = 0; k < patterns.length; k++) {
      TokenPattern p = pattern.apply(items.get(k));
      patterns[k] = p;
      // The same tests, in the same order, as TokenPattern.accepts.
      for (String a : p.parts().get(0)) {
        if (a.equals("#")) {
          dig.add(k);
        } else if (a.length() > 1 && a.endsWith("*")) {
          pre.computeIfAbsent(a.substring(0, a.length() - 1), x -> new ArrayList<>()).add(k);
        } else if (a.length() > 1 && a.startsWith("*")) {
          String rev = new StringBuilder(a.substring(1)).reverse().toString();
          suf.computeIfAbsent(rev, x -> new ArrayList<>()).add(k);
        } else {
          ex.computeIfAbsent(a, x -> new ArrayList<>()).add(k);
        }
      }
    }
    Map<String, int[]> exactIds = new HashMap<>();
    ex.forEach((w, ids) -> exactIds.put(w, ints(ids)));
    this.exact = exactIds;
    this.vocabulary = vocabulary;
    int[] keyIds = new int[exactIds.size()];
    List<int[]> values = new ArrayList<>();
    int j = 0;
    for (Map.Entry<String, int[]> e : exactIds.entrySet()) {
      keyIds[j++] = vocabulary.add(e.getKey());
      values.add(e.getValue());
    }
    this.exactById = new int[vocabulary.size()][];
    for (int k = 0; k < keyIds.length; k++) {
      exactById[keyIds[k]] = values.get(k);
    }
    this.prefixes = Trie.of(pre);
    this.suffixes = Trie.of(suf);
    this.digits = ints(dig);
  }

  static <T> PatternIndex<T> of(List<T> items, Function<T, TokenPattern> pattern) {
    return new PatternIndex<>(items, pattern, new Vocabulary());
  }

  /** An index whose exact first tokens are numbered in {@code vocabulary} (shared, see there). */
  static <T> PatternIndex<T> of(
      List<T> items, Function<T, TokenPattern> pattern, Vocabulary vocabulary) {
    return new PatternIndex<>(items, pattern, vocabulary);
  }

  /**
   * The exact first tokens of several indexes, numbered: filled while they are built (by one
   * thread), only read afterwards. An index built after others knows every number given so far.
   */
  static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();

    int add(String token) {
      return ids.computeIfAbsent(token, k -> ids.size());
    }

    int size() {
      return ids.size();
    }

    /** The number of each token, -1 for a token no index begins with. */
    int[] ids(List<String> norm) {
      int[] out = new int[norm.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ids.getOrDefault(norm.get(i), -1);
      }
      return out;
    }
  }

  int size() {
    return patterns.length;
  }

  /**
   * Every match of every pattern at every token of {@code norm} (normalised tokens), by token, then
   * in list order: the shortest match of each pattern starting there ({@link
   * TokenPattern#matchAt}).
   */
  void forEachMatch(List<String> norm, Sink<T> sink) {
    forEachMatch(norm, vocabulary.ids(norm), sink);
  }

  /** As above, with each token's number in this index's vocabulary ({@link Vocabulary#ids}). */
  void forEachMatch(List<String> norm, int[] ids, Sink<T> sink) {
    if (patterns.length == 0) {
      return;
    }
    int[] buf = new int[8];
    for (int i = 0; i < norm.size(); i++) {
      String t = norm.get(i);
      int n = 0;
      int id = ids[i];
      int[] ex = id >= 0 && id < exactById.length ? exactById[id] : null;
      if (ex != null) {
        buf = fit(buf, n + ex.length);
        System.arraycopy(ex, 0, buf, n, ex.length);
        n += ex.length;
      }
      if (digits.length > 0 && !t.isEmpty() && Character.isDigit(t.charAt(0))) {
        buf = fit(buf, n + digits.length);
        System.arraycopy(digits, 0, buf, n, digits.length);
        n += digits.length;
      }
      Trie node = prefixes;
      for (int c = 0; node != null && c < t.length(); c++) {
        node = node.child(t.charAt(c));
        if (node != null && node.ids.length > 0) {
          buf = fit(buf, n + node.ids.length);
          System.arraycopy(node.ids, 0, buf, n, node.ids.length);
          n += node.ids.length;
        }
      }
      node = suffixes;
      for (int c = t.length() - 1; node != null && c >= 0; c--) {
        node = node.child(t.charAt(c));
        if (node != null && node.ids.length > 0) {
          buf = fit(buf, n + node.ids.length);
          System.arraycopy(node.ids, 0, buf, n, node.ids.length);
          n += node.ids.length;
        }
      }
      if (n == 0) {
        continue;
      }
      Arrays.sort(buf, 0, n);
      int last = -1;
      for (int j = 0; j < n; j++) {
        int k = buf[j];
        if (k == last) {
          continue;
        }
        last = k;
        int end = patterns[k].matchAt(norm, i);
        if (end > i) {
          sink.accept(i, end, items.get(k));
        }
      }
    }
  }

  private static int[] fit(int[] buf, int n) {
    return n <= buf.length ? buf : Arrays.copyOf(buf, Math.max(n, buf.length * 2));
  }

  private static int[] ints(List<Integer> ids) {
    if (ids.isEmpty()) {
      return NONE;
    }
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
    }
    return out;
  }

  /** A character trie whose nodes carry the pattern ids of the keys ending there. */
  private static final class Trie {
    private final char[] chars;
    private final Trie[] kids;
    final int[] ids;

    private Trie(char[] chars, Trie[] kids, int[] ids) {
      this.chars = chars;
      this.kids = kids;
      this.ids = ids;
    }

    /** A trie of {@code keys} (sorted), or null when there are none. */
    static Trie of(TreeMap<String, List<Integer>> keys) {
      return keys.isEmpty() ? null : build(keys, "");
    }

    private static Trie build(TreeMap<String, List<Integer>> keys, String at) {
      List<Integer> here = keys.getOrDefault(at, List.of());
      TreeMap<Character, Boolean> next = new TreeMap<>();
      for (String k : keys.tailMap(at, false).keySet()) {
        if (!k.startsWith(at)) {
          break;
        }
        next.put(k.charAt(at.length()), Boolean.TRUE);
      }
      char[] chars = new char[next.size()];
      Trie[] kids = new Trie[next.size()];
      int j = 0;
      for (char c : next.keySet()) {
        chars[j] = c;
        kids[j] = build(keys, at + c);
        j++;
      }
      return new Trie(chars, kids, ints(here));
    }

    Trie child(char c) {
      int j = Arrays.binarySearch(chars, c);
      return j >= 0 ? kids[j] : null;
    }
  }
}
