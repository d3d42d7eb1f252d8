package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of the time-word trigger ({@link TimeRules#trigger()}: a digit, or one of hundreds of
 * time words at a word start, case-insensitive) found without running the whole alternation at
 * every character: profiled, the regex engine folded the case of every character once per
 * alternative ({@code Character.toLowerCase} was the top method of the pipeline). Here only a
 * digit, or a word start whose folded first character begins some alternative, is tried, and only
 * with the alternatives that begin with that character, in their original order. A regex
 * alternation takes the first alternative that matches, and one that begins with another character
 * cannot match there, so the matches are those of {@link Matcher#find} on the whole pattern. When
 * the pattern is not of the expected shape, the whole pattern is used as before.
 */
final class TriggerScan {
  private static final String HEAD = "\\d|(?<![\\p{L}\\p{N}])(?:";
  private static final String WORD_START = "(?<![\\p{L}\\p{N}])(?:";

  /** Receives a match {@code [start, end)}. */
  interface Sink {
    void accept(int start, int end);
  }

  private final Pattern whole;
  private final Map<Character, Pattern> byFirst; // null: use the whole pattern

  // The same groups for the folded first characters below 256, by index (no boxed look-up per
  // word start), and their number (the index of the matcher kept per call).
  private final Pattern[] latin;
  private final int[] latinSlot;
  private final int slots;

  private TriggerScan(Pattern whole, Map<Character, Pattern> byFirst) {
    this.whole = whole;
    this.byFirst = byFirst;
    this.latin = new Pattern[256];
    this.latinSlot = new int[256];
    int n = 0;
    if (byFirst != null) {
      for (Map.Entry<Character, Pattern> e : byFirst.entrySet()) {
        char c = e.getKey();
        if (c < 256) {
          latin[c] = e.getValue();
          latinSlot[c] = n++;
        }
      }
    }
    this.slots = n;
  }

  static TriggerScan of(Pattern trigger) {
    return new TriggerScan(trigger, split(trigger));
  }

  /** Whether the fast path is in use (the pattern had the expected shape). */
  boolean indexed() {
    return byFirst != null;
  }

  /** As repeated {@code find()} of the trigger over {@code [from, to)}, transparent bounds. */
  void forEach(String text, int from, int to, Sink sink) {
    if (byFirst == null) {
      Matcher t = whole.matcher(text);
      t.region(from, to);
      t.useTransparentBounds(true);
      while (t.find()) {
        sink.accept(t.start(), t.end());
      }
      return;
    }
    Map<Character, Matcher> matchers = null; // for first characters from 256 on
    Matcher[] latinMatchers = new Matcher[slots];
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      if (c >= '0' && c <= '9') {
        sink.accept(p, p + 1);
        p++;
        continue;
      }
      if (p > 0 && letterOrNumber(text.codePointBefore(p))) {
        p++;
        continue;
      }
      char f = fold(c);
      Matcher m;
      if (f < 256) {
        Pattern sub = latin[f];
        if (sub == null) {
          p++;
          continue;
        }
        int slot = latinSlot[f];
        m = latinMatchers[slot];
        if (m == null) {
          m = latinMatchers[slot] = sub.matcher(text);
        }
      } else {
        Pattern sub = byFirst.get(f);
        if (sub == null) {
          p++;
          continue;
        }
        if (matchers == null) {
          matchers = new java.util.HashMap<>();
        }
        m = matchers.computeIfAbsent(f, k -> sub.matcher(text));
      }
      m.region(p, to);
      m.useTransparentBounds(true);
      if (m.lookingAt() && m.end() > p) {
        sink.accept(p, m.end());
        p = m.end();
      } else {
        p++;
      }
    }
  }

  /** The classes of the pattern's look-behind: {@code \p{L}} and {@code \p{N}}. */
  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /** The case folding of case-insensitive Unicode matching. */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The word alternatives grouped by the folded first character of their quoted text, each group a
   * pattern with the same look-behind and flags; null when the pattern is not a digit or a
   * word-start alternation of quoted words, or some word's first character is not plain.
   */
  static Map<Character, Pattern> split(Pattern trigger) {
    String src = trigger.pattern();
    if (!src.startsWith(HEAD) || !src.endsWith(")")) {
      return null;
    }
    String body = src.substring(HEAD.length(), src.length() - 1);
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < body.length(); ) {
      if (quoted) {
        if (body.startsWith("\\E", i)) {
          quoted = false;
          i += 2;
        } else {
          i++;
        }
        continue;
      }
      char c = body.charAt(i);
      if (body.startsWith("\\Q", i)) {
        quoted = true;
        i += 2;
      } else if (c == '\\') {
        i += 2;
      } else if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        depth--;
        i++;
      } else if (c == '|' && depth == 0) {
        parts.add(body.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
      if (depth < 0) {
        return null;
      }
    }
    if (quoted || depth != 0) {
      return null;
    }
    parts.add(body.substring(start));
    Map<Character, List<String>> groups = new LinkedHashMap<>();
    for (String part : parts) {
      String q = part.startsWith("(?-i:") ? part.substring(5) : part;
      if (!q.startsWith("\\Q") || q.length() < 3 || q.startsWith("\\E", 2)) {
        return null;
      }
      char first = q.charAt(2);
      if (Character.isSurrogate(first) || fold(fold(first)) != fold(first)) {
        return null;
      }
      groups.computeIfAbsent(fold(first), k -> new ArrayList<>()).add(part);
    }
    Map<Character, Pattern> out = new java.util.HashMap<>();
    for (Map.Entry<Character, List<String>> g : groups.entrySet()) {
      out.put(
          g.getKey(),
          Pattern.compile(WORD_START + String.join("|", g.getValue()) + ")", trigger.flags()));
    }
    return out;
  }
}
