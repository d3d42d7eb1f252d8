package org.sitrep.core.time;

import java.util.List;
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
 * further. A pattern whose body holds anything that looks at what comes before (look-behind, word
 * boundary, anchors, back-references) is not screened. Matches are those of repeated {@code find()}
 * over the same region with transparent bounds (TimePatternStartsTest).
 */
final class PatternStarts {
  private static final String LEAD = "(?<![\\p{L}\\p{N}])";
  private static final String[] CONTEXTUAL = {
    "(?<=", "(?<!", "\\b", "\\B", "^", "$", "\\G", "\\A", "\\z", "\\Z", "\\k<", "\\1", "\\2", "\\3"
  };

  private static final byte UNKNOWN = 0;
  private static final byte MAYBE = 1;
  private static final byte NEVER = 2;

  private final Pattern[] patterns;
  private final byte[][] firsts; // per pattern, per char; null: not screened
  private final byte[][] pairs; // per pattern, per pair of Latin-1 chars (c1 << 8 | c2)

  PatternStarts(List<Pattern> patterns) {
    this.patterns = patterns.toArray(new Pattern[0]);
    this.firsts = new byte[this.patterns.length][];
    this.pairs = new byte[this.patterns.length][];
    for (int i = 0; i < this.patterns.length; i++) {
      if (screenable(this.patterns[i].pattern())) {
        firsts[i] = new byte[Character.MAX_VALUE + 1];
        pairs[i] = new byte[1 << 16];
      }
    }
  }

  static boolean screenable(String source) {
    if (!source.startsWith(LEAD)) {
      return false;
    }
    String body = source.substring(LEAD.length());
    for (String c : CONTEXTUAL) {
      if (body.contains(c)) {
        return false;
      }
    }
    return true;
  }

  boolean screened(int pattern) {
    return firsts[pattern] != null;
  }

  /**
   * Every non-empty match of pattern {@code pi} in {@code text[from, to)}, as repeated {@code
   * find()} with transparent bounds would give them; {@code m} is a matcher of that pattern over
   * {@code text}, positioned on each match when {@code sink} gets it.
   */
  void forEach(int pi, Matcher m, String text, int from, int to, Consumer<Matcher> sink) {
    byte[] first = firsts[pi];
    if (first == null) {
      m.region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() > m.start()) {
          sink.accept(m);
        }
      }
      return;
    }
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      if (!Character.isSurrogate(c)) {
        if (p > 0) {
          char b = text.charAt(p - 1);
          // The pattern's own look-behind would fail: a letter or number just before.
          if (!Character.isSurrogate(b) && letterOrNumber(b)) {
            p++;
            continue;
          }
        }
        byte f = first[c];
        if (f == UNKNOWN) {
          f = probe(patterns[pi], String.valueOf(c));
          first[c] = f;
        }
        if (f == NEVER) {
          p++;
          continue;
        }
        // The same question for the first two characters, when both are Latin-1 and inside.
        char d = p + 1 < to ? text.charAt(p + 1) : Character.MAX_VALUE;
        if (c < 256 && d < 256) {
          byte[] pair = pairs[pi];
          int k = c << 8 | d;
          byte g = pair[k];
          if (g == UNKNOWN) {
            g = probe(patterns[pi], "" + c + d);
            pair[k] = g;
          }
          if (g == NEVER) {
            p++;
            continue;
          }
        }
      }
      m.region(p, to);
      m.useTransparentBounds(true);
      if (m.lookingAt() && m.end() > m.start()) {
        sink.accept(m);
        p = m.end();
      } else {
        p++;
      }
    }
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
