package org.sitrep.core.time;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a time pattern can start, learnt per character: every pattern opens with a look-behind that
 * puts it at a word start, and most can only begin with a few letters or a digit. Profiled, running
 * {@code find()} of every pattern over every window was the largest cost of the date stage: the
 * engine tried each pattern's alternatives at each word start. Here a word start is tried only when
 * its first character can begin a match of that pattern.
 *
 * <p>Whether character {@code c} can begin a match is asked of the pattern itself, once per pattern
 * and character, lazily: the pattern is run on the text {@code " " + c} alone; when it fails
 * without having read past {@code c} ({@link Matcher#hitEnd()} false), no text that has {@code c}
 * at a word start can match there either, since the engine took the same steps and never looked
 * further. What a real text has before the start is not in the probe, so the probe runs the
 * pattern's <em>skeleton</em>: the pattern with its look-behinds taken out (each as if it held),
 * which matches wherever the pattern does. A look-behind inside another look-around cannot be taken
 * out (under a negation, holding more often means matching less), and a body that still looks at
 * what comes before (such a look-behind, word boundary, anchors, back-references) or that commits
 * to a path (atomic group, possessive quantifier) is not screened. Profiled, the unscreened
 * patterns (those opening with a look-behind: "the anniversary of", "de 2019") were two thirds of
 * the date stage. Matches are those of repeated {@code find()} over the same region with
 * transparent bounds (PatternStartsTest).
 */
final class PatternStarts {
  private static final String LEAD = "(?<![\\p{L}\\p{N}])";

  private static final byte MAYBE = 1;
  private static final byte NEVER = 2;

  private final Pattern[] patterns;

  /** Per pattern, what the probe runs (see the class comment); null when not screened. */
  private final Pattern[] skeletons;

  private final boolean[] screened;
  private final int words; // longs per set of patterns, one bit per pattern
  // Per character, then per pair of Latin-1 characters (c1 << 8 | c2): the set of screened
  // patterns a match can begin with, learnt for all patterns together the first time the key is
  // met. One set per key, so that a word start is screened for every pattern by one or two reads
  // (rather than one table per pattern, each read at the same key: 196 cache lines per word start).
  private final AtomicReferenceArray<long[]> firsts = new AtomicReferenceArray<>(1 << 16);
  private final AtomicReferenceArray<long[]> pairs = new AtomicReferenceArray<>(1 << 16);

  PatternStarts(List<Pattern> patterns) {
    this.patterns = patterns.toArray(new Pattern[0]);
    this.skeletons = new Pattern[this.patterns.length];
    this.screened = new boolean[this.patterns.length];
    this.words = (this.patterns.length + 63) >>> 6;
    for (int i = 0; i < this.patterns.length; i++) {
      Pattern p = this.patterns[i];
      String skeleton = skeleton(p.pattern());
      if (skeleton != null) {
        try {
          skeletons[i] = skeleton.equals(p.pattern()) ? p : Pattern.compile(skeleton, p.flags());
          screened[i] = true;
        } catch (java.util.regex.PatternSyntaxException e) {
          screened[i] = false; // not read right: tried everywhere, as find() does
        }
      }
    }
  }

  static boolean screenable(String source) {
    return skeleton(source) != null;
  }

  /**
   * The pattern with the look-behinds of its body taken out, when the rest looks at nothing before
   * the start and commits to no path; null when it cannot be screened (see the class comment). The
   * source is read token by token: escapes, {@code \Q...\E} quotes and character classes (where
   * {@code $} or {@code ^} is a plain character) are skipped whole.
   */
  static String skeleton(String source) {
    if (!source.startsWith(LEAD)) {
      return null;
    }
    String body = source.substring(LEAD.length());
    StringBuilder out = new StringBuilder(LEAD);
    // Per open group: 0 a plain group, 1 a look-ahead, 2 a look-behind taken out.
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    int around = 0; // open look-arounds
    int cut = -1; // where the look-behind being taken out starts in out, while one is open
    int n = body.length();
    for (int i = 0; i < n; ) {
      char c = body.charAt(i);
      int next;
      if (c == '\\') {
        next = escapeEnd(body, i);
        if (next < 0) {
          return null;
        }
      } else if (c == '[') {
        next = classEnd(body, i);
        if (next < 0) {
          return null;
        }
      } else if (c == '(') {
        if (body.startsWith("(?<=", i) || body.startsWith("(?<!", i)) {
          if (around > 0) {
            return null; // inside a look-around: cannot be taken out
          }
          open.push(2);
          around++;
          if (cut < 0) {
            cut = out.length();
          }
        } else if (body.startsWith("(?=", i) || body.startsWith("(?!", i)) {
          open.push(1);
          around++;
        } else if (body.startsWith("(?>", i)) {
          return null; // an atomic group commits to its first way through
        } else {
          open.push(0);
        }
        next = i + 1;
      } else if (c == ')') {
        if (open.isEmpty()) {
          return null;
        }
        int kind = open.pop();
        if (kind != 0) {
          around--;
        }
        if (kind == 2) {
          if (i + 1 < n && "?*+{".indexOf(body.charAt(i + 1)) >= 0) {
            return null; // a quantified look-behind: taking it out would leave the quantifier
          }
          out.setLength(cut);
          cut = -1;
          i++;
          continue;
        }
        next = i + 1;
      } else if (c == '^' || c == '$') {
        return null;
      } else if ((c == '*' || c == '+' || c == '?' || c == '}')
          && i + 1 < n
          && body.charAt(i + 1) == '+') {
        return null; // a possessive quantifier commits to its first way through
      } else {
        next = i + 1;
      }
      out.append(body, i, next);
      i = next;
    }
    return open.isEmpty() ? out.toString() : null;
  }

  /**
   * Where the escape at {@code i} ends; -1 when it looks at what comes before (boundaries, anchors,
   * back-references) or cannot be read.
   */
  private static int escapeEnd(String s, int i) {
    if (i + 1 >= s.length()) {
      return -1;
    }
    char e = s.charAt(i + 1);
    if ("bBGAzZk".indexOf(e) >= 0 || (e >= '1' && e <= '9')) {
      return -1;
    }
    if (e == 'Q') {
      int end = s.indexOf("\\E", i + 2);
      return end < 0 ? s.length() : end + 2;
    }
    if ((e == 'p' || e == 'P' || e == 'x' || e == 'N')
        && i + 2 < s.length()
        && s.charAt(i + 2) == '{') {
      int end = s.indexOf('}', i + 2);
      return end < 0 ? -1 : end + 1;
    }
    return i + 2;
  }

  /** Where the character class opening at {@code i} ends (classes nest); -1 when it does not. */
  private static int classEnd(String s, int i) {
    int depth = 0;
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\') {
        if (j + 1 < s.length() && s.charAt(j + 1) == 'Q') {
          int end = s.indexOf("\\E", j + 2);
          if (end < 0) {
            return -1;
          }
          j = end + 2;
        } else {
          j += 2;
        }
        continue;
      }
      if (c == '[') {
        depth++;
        // A ']' right after the opening (or after '^') is a plain character.
        j++;
        if (j < s.length() && s.charAt(j) == '^') {
          j++;
        }
        if (j < s.length() && s.charAt(j) == ']') {
          j++;
        }
        continue;
      }
      if (c == ']') {
        depth--;
        if (depth == 0) {
          return j + 1;
        }
      }
      j++;
    }
    return -1;
  }

  boolean screened(int pattern) {
    return screened[pattern];
  }

  /**
   * The positions of {@code text[from, to)} where a screened pattern's look-behind can hold: not
   * right after a letter or number (a surrogate, on either side, is always a position). The same
   * for every pattern, so a window's positions are found once and each pattern tries only these.
   */
  static final class Positions {
    final int from;
    final int to;
    final int[] at;
    final int count;

    private Positions(int from, int to, int[] at, int count) {
      this.from = from;
      this.to = to;
      this.at = at;
      this.count = count;
    }

    static Positions of(String text, int from, int to) {
      int[] at = new int[Math.max(0, to - from)];
      int n = 0;
      boolean afterWord = from > 0 && wordChar(text.charAt(from - 1));
      for (int p = from; p < to; p++) {
        char c = text.charAt(p);
        if (Character.isSurrogate(c) || !afterWord) {
          at[n++] = p;
        }
        afterWord = wordChar(c);
      }
      return new Positions(from, to, at, n);
    }

    /** A letter or number that is not a surrogate: what the look-behind refuses. */
    private static boolean wordChar(char b) {
      return !Character.isSurrogate(b) && letterOrNumber(b);
    }
  }

  /**
   * Every non-empty match of pattern {@code pi} in {@code text[from, to)}, as repeated {@code
   * find()} with transparent bounds would give them; {@code m} is a matcher of that pattern over
   * {@code text}, positioned on each match when {@code sink} gets it.
   */
  void forEach(int pi, Matcher m, String text, int from, int to, Consumer<Matcher> sink) {
    forEach(pi, m, text, Positions.of(text, from, to), sink);
  }

  /** As above, over the window of {@code positions}, found once for all patterns. */
  void forEach(int pi, Matcher m, String text, Positions positions, Consumer<Matcher> sink) {
    forEach(pi, m, positions, candidates(text, positions), sink);
  }

  /**
   * Per position of {@code positions}, the screened patterns that can begin a match there ({@link
   * #words} longs per position, pattern {@code pi} at bit {@code pi}): those whose match can begin
   * with its character and, when it and the next one inside the window are both Latin-1, with the
   * two. A surrogate is a start for every pattern. Found once per window for all the patterns.
   */
  long[] candidates(String text, Positions positions) {
    long[] out = new long[positions.count * words];
    int to = positions.to;
    for (int k = 0; k < positions.count; k++) {
      int p = positions.at[k];
      int o = k * words;
      char c = text.charAt(p);
      if (Character.isSurrogate(c)) {
        java.util.Arrays.fill(out, o, o + words, -1L);
        continue;
      }
      long[] first = learnt(firsts, c, String.valueOf(c));
      char d = p + 1 < to ? text.charAt(p + 1) : Character.MAX_VALUE;
      if (c < 256 && d < 256) {
        long[] pair = learnt(pairs, c << 8 | d, "" + c + d);
        long any = 0;
        for (int w = 0; w < words; w++) {
          out[o + w] = first[w] & pair[w];
          any |= out[o + w];
        }
        if (any != 0) {
          long[] two = twoWords(text, p, to, out, o);
          if (two != null) {
            for (int w = 0; w < words; w++) {
              out[o + w] &= two[w];
            }
          }
        }
      } else {
        System.arraycopy(first, 0, out, o, words);
      }
    }
    return out;
  }

  /** The longest opening ({@link #opening}) learnt per pattern; longer ones are cut there. */
  static final int OPENING_MAX = 32;

  /** How many openings are remembered before the memory is emptied and learnt again. */
  static final int OPENINGS_KEPT = 1 << 16;

  // Per opening of two words (see twoWords): of the patterns its first two characters let through,
  // those whose match can begin with it. Learnt on first sight, a pure function of the opening.
  private final java.util.concurrent.ConcurrentHashMap<String, long[]> openings =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The screen of the opening at {@code p}: the patterns among {@code cand[o, o + words)} (those
   * its first two characters let through) whose match can begin with the text's first two words
   * there, learnt by the same probe as the characters; null when there is no such opening. Most
   * time patterns open with an optional little word ("on", "de", "le", "en") that the character
   * screen lets through everywhere it is written, then fail at the next word: this screen reads
   * that word too. The probe stays sound: the opening is the text from {@code p} (cut at {@code
   * to}), and a pattern that fails on it without reading past its end fails on any text that goes
   * on from it.
   */
  private long[] twoWords(String text, int p, int to, long[] cand, int o) {
    int end = opening(text, p, to);
    if (end < 0) {
      return null;
    }
    String key = text.substring(p, end);
    long[] known = openings.get(key);
    if (known != null) {
      return known;
    }
    // Learnt for the patterns the opening's own first two characters let through: the same set
    // wherever the opening is met (cand holds exactly those, from the key's first two characters).
    long[] set = new long[words];
    for (int w = 0; w < words; w++) {
      long bits = cand[o + w];
      while (bits != 0) {
        int pi = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (probe(skeletons[pi], key) == MAYBE) {
          set[w] |= 1L << pi;
        }
      }
    }
    if (openings.size() >= OPENINGS_KEPT) {
      openings.clear();
    }
    openings.put(key, set);
    return set;
  }

  /**
   * Where the opening of two words at {@code p} ends: a run of letters or digits, one to three
   * other characters, a second run; -1 when {@code p} does not open such a pair inside {@code [p,
   * to)}. Cut at {@link #OPENING_MAX} characters.
   */
  static int opening(String text, int p, int to) {
    int limit = Math.min(to, p + OPENING_MAX);
    int i = p;
    while (i < limit && wordChar(text.charAt(i))) {
      i++;
    }
    if (i == p) {
      return -1;
    }
    int gap = i;
    while (i < limit && i - gap < 3 && !wordChar(text.charAt(i))) {
      i++;
    }
    if (i == gap || i >= limit || !wordChar(text.charAt(i))) {
      return -1;
    }
    while (i < limit && wordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean wordChar(char c) {
    return !Character.isSurrogate(c) && letterOrNumber(c);
  }

  /** Whether any position of {@code cand} can start pattern {@code pi}. */
  boolean anyStart(int pi, long[] cand) {
    int w = pi >>> 6;
    long bit = 1L << pi;
    for (int o = w; o < cand.length; o += words) {
      if ((cand[o] & bit) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * As above, with the window's {@link #candidates}: only where pattern {@code pi}'s bit is set is
   * it tried ({@code lookingAt}), from each position in order, the search going on after a match
   * from its end, as {@code find()} does. A pattern that is not screened runs {@code find()}.
   */
  void forEach(int pi, Matcher m, Positions positions, long[] cand, Consumer<Matcher> sink) {
    int to = positions.to;
    if (!screened[pi]) {
      m.region(positions.from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() > m.start()) {
          sink.accept(m);
        }
      }
      return;
    }
    int[] at = positions.at;
    int w = pi >>> 6;
    long bit = 1L << pi;
    int next = positions.from; // after a match, the search goes on from its end
    for (int k = 0; k < positions.count; k++) {
      if ((cand[k * words + w] & bit) == 0) {
        continue;
      }
      int p = at[k];
      if (p < next) {
        continue;
      }
      m.region(p, to);
      m.useTransparentBounds(true);
      if (m.lookingAt() && m.end() > m.start()) {
        sink.accept(m);
        next = m.end();
      }
    }
  }

  /**
   * The set of patterns whose match can begin with {@code start}, from {@code table} at {@code
   * key}, probed for every screened pattern the first time (a race learns the same set twice).
   */
  private long[] learnt(AtomicReferenceArray<long[]> table, int key, String start) {
    long[] set = table.get(key);
    if (set == null) {
      set = new long[words];
      for (int pi = 0; pi < patterns.length; pi++) {
        if (screened[pi] && probe(skeletons[pi], start) == MAYBE) {
          set[pi >>> 6] |= 1L << pi;
        }
      }
      table.set(key, set);
    }
    return set;
  }

  /** Whether a match can begin with {@code start} at a word start (see the class comment). */
  private static byte probe(Pattern p, String start) {
    Matcher m = p.matcher(" " + start);
    m.region(1, 1 + start.length());
    m.useTransparentBounds(true);
    boolean ok = m.lookingAt();
    return ok || m.hitEnd() ? MAYBE : NEVER;
  }

  /** The classes of the look-behind: {@code \p{L}} and {@code \p{N}}. */
  private static boolean letterOrNumber(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }
}
