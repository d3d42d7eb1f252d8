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
 * of reversed suffixes, {@code #} by the token's first character; the map and the tries are shared
 * by the indexes of one {@link Family}, so that a token is looked up once for all of them. Built
 * once per list; immutable, thread-safe once its family is sealed.
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
  // This index's number in its family, whose tables hold the candidates of every member.
  private final Family family;
  private final int number;
  // The ids of the patterns whose first position takes an exact word, by the word's number in
  // the family's vocabulary (null: none).
  private final int[][] exactById;
  private final int[] digits;

  private PatternIndex(List<T> items, Function<T, TokenPattern> pattern, Family family) {
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
    this.family = family;
    this.number = family.members++;
    int[] keyIds = new int[ex.size()];
    List<int[]> values = new ArrayList<>();
    int j = 0;
    for (Map.Entry<String, List<Integer>> e : ex.entrySet()) {
      keyIds[j++] = family.word(e.getKey(), number);
      values.add(ints(e.getValue()));
    }
    this.exactById = new int[family.words.size()][];
    for (int k = 0; k < keyIds.length; k++) {
      exactById[keyIds[k]] = values.get(k);
    }
    pre.forEach((key, ids) -> family.prefix(key, number, ints(ids)));
    suf.forEach((key, ids) -> family.suffix(key, number, ints(ids)));
    this.digits = ints(dig);
    if (digits.length > 0) {
      family.digitMembers.add(number);
    }
  }

  /** An index of its own. */
  static <T> PatternIndex<T> of(List<T> items, Function<T, TokenPattern> pattern) {
    Family f = new Family();
    PatternIndex<T> index = f.add(items, pattern);
    f.seal();
    return index;
  }

  /**
   * Indexes built together, so that a sentence's tokens are looked up once for all of them (the
   * lexicon has a hundred lists: looking each token up per list was most of the scan): the exact
   * first words numbered in one vocabulary, the {@code pre*} and {@code *suf} keys of every member
   * in one trie each, whose nodes say which member's patterns end there. Filled by one thread while
   * its members are built, then {@link #seal sealed}; only read afterwards.
   */
  static final class Family {
    private final Map<String, Integer> words = new HashMap<>();
    private final List<List<Integer>> wordMembers = new ArrayList<>(); // by word number
    private final List<Integer> digitMembers = new ArrayList<>();
    private int[][] membersOfWord;
    private int[] digitMemberIds;
    private final TreeMap<String, Map<Integer, int[]>> prefixKeys = new TreeMap<>();
    private final TreeMap<String, Map<Integer, int[]>> suffixKeys = new TreeMap<>();
    private int members;
    private volatile Trie prefixes;
    private volatile Trie suffixes;
    private volatile boolean sealed;

    <T> PatternIndex<T> add(List<T> items, Function<T, TokenPattern> pattern) {
      if (sealed) {
        throw new IllegalStateException("family already sealed");
      }
      return new PatternIndex<>(items, pattern, this);
    }

    /** Builds the shared tries; no member may be added afterwards. */
    void seal() {
      membersOfWord = new int[wordMembers.size()][];
      for (int w = 0; w < membersOfWord.length; w++) {
        membersOfWord[w] = ints(wordMembers.get(w));
      }
      digitMemberIds = ints(digitMembers);
      prefixes = Trie.of(prefixKeys);
      suffixes = Trie.of(suffixKeys);
      sealed = true;
    }

    private int word(String w, int member) {
      int id = words.computeIfAbsent(w, k -> words.size());
      if (id == wordMembers.size()) {
        wordMembers.add(new ArrayList<>());
      }
      wordMembers.get(id).add(member);
      return id;
    }

    private void prefix(String key, int member, int[] ids) {
      prefixKeys.computeIfAbsent(key, k -> new TreeMap<>()).put(member, ids);
    }

    private void suffix(String reversed, int member, int[] ids) {
      suffixKeys.computeIfAbsent(reversed, k -> new TreeMap<>()).put(member, ids);
    }

    /** What every member needs to know of each token of {@code norm}, looked up once. */
    Tokens tokens(List<String> norm) {
      if (!sealed) {
        throw new IllegalStateException("family not sealed");
      }
      int n = norm.size();
      int[] ids = new int[n];
      // Per member, the tokens where it has a candidate, in order (null: none in the sentence, the
      // member matches nothing there): a member then visits only those tokens.
      Positions at = new Positions(members);
      Trie[][] pre = new Trie[n][];
      Trie[][] suf = new Trie[n][];
      Trie p = prefixes;
      Trie s = suffixes;
      List<Trie> found = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String t = norm.get(i);
        ids[i] = words.getOrDefault(t, -1);
        if (ids[i] >= 0) {
          for (int m : membersOfWord[ids[i]]) {
            at.add(m, i);
          }
        }
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
          for (int m : digitMemberIds) {
            at.add(m, i);
          }
        }
        found.clear();
        Trie node = p;
        for (int c = 0; node != null && c < t.length(); c++) {
          node = node.child(t.charAt(c));
          if (node != null && node.members.length > 0) {
            found.add(node);
            for (int m : node.members) {
              at.add(m, i);
            }
          }
        }
        pre[i] = found.isEmpty() ? null : found.toArray(new Trie[0]);
        found.clear();
        node = s;
        for (int c = t.length() - 1; node != null && c >= 0; c--) {
          node = node.child(t.charAt(c));
          if (node != null && node.members.length > 0) {
            found.add(node);
            for (int m : node.members) {
              at.add(m, i);
            }
          }
        }
        suf[i] = found.isEmpty() ? null : found.toArray(new Trie[0]);
      }
      return new Tokens(ids, pre, suf, at, new int[][] {new int[8]});
    }
  }

  /** Per member of a family, the tokens of a sentence where it has a candidate, ascending. */
  static final class Positions {
    private final int[][] at;
    private final int[] count;

    Positions(int members) {
      this.at = new int[members][];
      this.count = new int[members];
    }

    void add(int member, int token) {
      int[] a = at[member];
      int c = count[member];
      if (a == null) {
        a = at[member] = new int[4];
      } else if (a[c - 1] == token) {
        return; // a token with several candidates of the member is visited once
      } else if (c == a.length) {
        a = at[member] = Arrays.copyOf(a, 2 * c);
      }
      a[c] = token;
      count[member] = c + 1;
    }

    boolean any(int member) {
      return at[member] != null;
    }
  }

  /**
   * A sentence's tokens as the family sees them: each token's number in the vocabulary (-1: no
   * member begins with it as a word), the trie nodes with keys it starts or ends with, where each
   * member has a candidate in the sentence, and a buffer the members use in turn (a sentence is
   * scanned by one thread).
   */
  record Tokens(int[] ids, Trie[][] prefixes, Trie[][] suffixes, Positions at, int[][] scratch) {}

  int size() {
    return patterns.length;
  }

  /**
   * Every match of every pattern at every token of {@code norm} (normalised tokens), by token, then
   * in list order: the shortest match of each pattern starting there ({@link
   * TokenPattern#matchAt}).
   */
  void forEachMatch(List<String> norm, Sink<T> sink) {
    forEachMatch(norm, family.tokens(norm), sink);
  }

  /** As above, with the tokens already looked up by this index's family ({@link Family#tokens}). */
  void forEachMatch(List<String> norm, Tokens tokens, Sink<T> sink) {
    if (patterns.length == 0 || !tokens.at().any(number)) {
      return;
    }
    int[] buf = tokens.scratch()[0];
    // Only the tokens where this member has a candidate (Positions), in order: elsewhere none of
    // its patterns can start.
    int[] at = tokens.at().at[number];
    int visits = tokens.at().count[number];
    for (int v = 0; v < visits; v++) {
      int i = at[v];
      String t = norm.get(i);
      int n = 0;
      int id = tokens.ids()[i];
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
      for (int side = 0; side < 2; side++) {
        Trie[] nodes = side == 0 ? tokens.prefixes()[i] : tokens.suffixes()[i];
        if (nodes == null) {
          continue;
        }
        for (Trie node : nodes) {
          int[] ids = node.idsOf(number);
          if (ids.length > 0) {
            buf = fit(buf, n + ids.length);
            System.arraycopy(ids, 0, buf, n, ids.length);
            n += ids.length;
          }
        }
      }
      if (n == 0) {
        continue;
      }
      tokens.scratch()[0] = buf; // grown, kept for the next member
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

  /**
   * A character trie of the keys of a family's members; each node says, for the members with a key
   * ending there, which of their patterns it is (members in increasing order).
   */
  static final class Trie {
    private final char[] chars;
    private final Trie[] kids;
    final int[] members;
    private final int[][] ids;

    private Trie(char[] chars, Trie[] kids, int[] members, int[][] ids) {
      this.chars = chars;
      this.kids = kids;
      this.members = members;
      this.ids = ids;
    }

    /** A trie of {@code keys} (sorted), or null when there are none. */
    static Trie of(TreeMap<String, Map<Integer, int[]>> keys) {
      return keys.isEmpty() ? null : build(keys, "");
    }

    private static Trie build(TreeMap<String, Map<Integer, int[]>> keys, String at) {
      Map<Integer, int[]> here = keys.getOrDefault(at, Map.of());
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
      int[] members = new int[here.size()];
      int[][] ids = new int[here.size()][];
      int m = 0;
      for (Map.Entry<Integer, int[]> e : new TreeMap<>(here).entrySet()) {
        members[m] = e.getKey();
        ids[m] = e.getValue();
        m++;
      }
      return new Trie(chars, kids, members, ids);
    }

    Trie child(char c) {
      int j = Arrays.binarySearch(chars, c);
      return j >= 0 ? kids[j] : null;
    }

    /** The ids of member {@code member}'s patterns whose key ends here (none: empty). */
    int[] idsOf(int member) {
      for (int m = 0; m < members.length; m++) {
        if (members[m] == member) {
          return ids[m];
        }
      }
      return NONE;
    }
  }
}
