package org.sitrep.core.text;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's language detector (its maxent model and its n-gram features) evaluated without its
 * per-call maps: the profile put {@code LanguageDetectorME.predictLanguage} at a quarter of the
 * pipeline, most of it building a hash map of {@code CharBuffer} n-grams, then a map of counts,
 * then looking every n-gram up by string. Here the model's predicates are read once into a table
 * keyed by the n-gram packed into a {@code long} (up to three UTF-16 units), and a paragraph's
 * distinct n-grams add their parameters straight into the outcome sums.
 *
 * <p>Same normalisers, same lower-casing (per code point), same features (each distinct n-gram
 * once), same uniform prior, same {@code StrictMath.exp} normalisation: the same distribution, up
 * to the order in which the parameters are added (OpenNLP's is its hash maps' iteration order),
 * that is within rounding ({@code LanguageIdTest} compares both). Immutable and thread-safe; {@link
 * #of} returns empty for a model it does not know how to read (then the caller keeps OpenNLP's
 * detector).
 */
final class LanguageId {
  private final CharSequenceNormalizer normalizer;
  private final int minLength;
  private final int maxLength;
  private final String[] outcomes;
  private final double logPrior;
  // Open addressing, two longs per slot so that a probe touches one cache line: the n-gram packed
  // (0: empty), then where its parameters lie (offset << 8 | count; count 0: a dense row).
  private final long[] table;
  private final byte[] outcomeOf; // the outcome of each parameter (fewer than 128 outcomes)
  private final double[] weight;
  // The n-grams that weigh on many languages (the common ones, which every paragraph has) as full
  // rows, one weight per outcome, 0 for the outcomes they do not weigh on: the sums then run over
  // consecutive elements, which the compiler vectorises, instead of scattering through outcomeOf.
  // Adding 0 leaves a sum unchanged (never -0: the sums start at the negative log prior), and each
  // outcome's sum still takes its terms in the same order, so the results are the same to the bit.
  private final double[] dense;
  private final int mask;

  /** From this many outcomes on, a predicate's parameters are kept as a dense row. */
  static final int DENSE_FROM = 24;

  private LanguageId(
      CharSequenceNormalizer normalizer,
      int minLength,
      int maxLength,
      MaxentModel model,
      Map<String, Context> pmap) {
    this.normalizer = normalizer;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    // As UniformPrior: log(1 / number of outcomes) for each.
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    int cap = Integer.highestOneBit(Math.max(16, pmap.size() * 2)) << 1;
    this.mask = cap - 1;
    this.table = new long[2 * cap];
    int total = 0;
    int rows = 0;
    for (Context c : pmap.values()) {
      if (c.getOutcomes().length >= DENSE_FROM) {
        rows++;
      } else {
        total += c.getOutcomes().length;
      }
    }
    this.outcomeOf = new byte[total];
    this.weight = new double[total];
    this.dense = new double[rows * outcomes.length];
    int at = 0;
    int row = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String g = e.getKey();
      if (g.length() < minLength || g.length() > maxLength) {
        continue; // never produced as a feature
      }
      int[] o = e.getValue().getOutcomes();
      double[] w = e.getValue().getParameters();
      if (o.length > 255) {
        throw new IllegalArgumentException("too many outcomes per predicate");
      }
      long k = pack(g, 0, g.length());
      int slot = slot(k);
      table[2 * slot] = k;
      if (o.length >= DENSE_FROM) {
        int base = row * outcomes.length;
        table[2 * slot + 1] = (long) base << 8;
        for (int a = 0; a < o.length; a++) {
          dense[base + o[a]] = w[a];
        }
        row++;
        continue;
      }
      table[2 * slot + 1] = ((long) at << 8) | o.length;
      for (int a = 0; a < o.length; a++) {
        outcomeOf[at + a] = (byte) o[a];
        weight[at + a] = w[a];
      }
      at += o.length;
    }
  }

  /** The fast detector of {@code model}, when it is the GIS model with n-grams of up to 3. */
  static Optional<LanguageId> of(LanguageDetectorModel model) {
    try {
      MaxentModel maxent = model.getMaxentModel();
      LanguageDetectorContextGenerator gen = model.getFactory().getContextGenerator();
      if (!(maxent instanceof AbstractModel am)
          || gen.getClass() != DefaultLanguageDetectorContextGenerator.class
          || !(field(AbstractModel.class, "prior", am) instanceof UniformPrior)) {
        return Optional.empty();
      }
      int min = (Integer) field(DefaultLanguageDetectorContextGenerator.class, "minLength", gen);
      int max = (Integer) field(DefaultLanguageDetectorContextGenerator.class, "maxLength", gen);
      if (min < 1 || max > 3 || min > max || maxent.getNumOutcomes() > 127) {
        return Optional.empty();
      }
      CharSequenceNormalizer norm =
          Screened.of(
              (CharSequenceNormalizer)
                  field(DefaultLanguageDetectorContextGenerator.class, "normalizer", gen));
      @SuppressWarnings("unchecked")
      Map<String, Context> pmap = (Map<String, Context>) field(AbstractModel.class, "pmap", am);
      return Optional.of(new LanguageId(norm, min, max, maxent, pmap));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object field(Class<?> c, String name, Object of)
      throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(of);
  }

  /** The most probable language of {@code text} and its probability, as OpenNLP's detector. */
  Language predict(CharSequence text) {
    char[] lc = lowerCase(normalizer.normalize(text));
    double[] p = new double[outcomes.length];
    Arrays.fill(p, logPrior);
    Seen seen = SEEN.get();
    seen.reset(lc.length * (maxLength - minLength + 1));
    for (int len = minLength; len <= maxLength; len++) {
      for (int i = 0; i + len <= lc.length; i++) {
        long k = pack(lc, i, len);
        if (!seen.add(k)) {
          continue;
        }
        long where = find(k);
        if (where < 0) {
          continue;
        }
        int from = (int) (where >>> 8);
        int count = (int) (where & 0xFF);
        if (count == 0) {
          addRow(p, from);
          continue;
        }
        int to = from + count;
        for (int a = from; a < to; a++) {
          p[outcomeOf[a]] += weight[a];
        }
      }
    }
    double normal = 0;
    for (int o = 0; o < p.length; o++) {
      p[o] = StrictMath.exp(p[o]);
      normal += p[o];
    }
    int best = 0;
    for (int o = 0; o < p.length; o++) {
      p[o] /= normal;
      if (p[o] > p[best]) {
        best = o; // the first of equals, as OpenNLP's stable sort
      }
    }
    return new Language(outcomes[best], p[best]);
  }

  private void addRow(double[] p, int base) {
    double[] d = dense;
    for (int o = 0; o < p.length; o++) {
      p[o] += d[base + o];
    }
  }

  /** As OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}: per code point. */
  private static char[] lowerCase(CharSequence s) {
    char[] out = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      n += Character.toChars(Character.toLowerCase(cp), out, n);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static long pack(CharSequence s, int from, int len) {
    long k = len;
    for (int j = 0; j < len; j++) {
      k = (k << 16) | s.charAt(from + j);
    }
    return k;
  }

  private static long pack(char[] s, int from, int len) {
    long k = len;
    for (int j = 0; j < len; j++) {
      k = (k << 16) | s[from + j];
    }
    return k;
  }

  private static int hash(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private int slot(long k) {
    int s = hash(k) & mask;
    while (table[2 * s] != 0 && table[2 * s] != k) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** Where the parameters of n-gram {@code k} lie (offset << 8 | count), or -1. */
  private long find(long k) {
    int s = hash(k) & mask;
    long at;
    while ((at = table[2 * s]) != 0) {
      if (at == k) {
        return table[2 * s + 1];
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

  /** The n-grams of one call already counted: an open-addressing set, reused by its thread. */
  private static final class Seen {
    private long[] keys = new long[1024];
    private int[] stamp = new int[1024];
    private int now;

    void reset(int expected) {
      int cap = keys.length;
      while (cap < expected * 2) {
        cap <<= 1;
      }
      if (cap != keys.length) {
        keys = new long[cap];
        stamp = new int[cap];
        now = 0;
      }
      now++;
      if (now == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        now = 1;
      }
    }

    boolean add(long k) {
      int m = keys.length - 1;
      int s = hash(k) & m;
      while (stamp[s] == now) {
        if (keys[s] == k) {
          return false;
        }
        s = (s + 1) & m;
      }
      stamp[s] = now;
      keys[s] = k;
      return true;
    }
  }

  /**
   * OpenNLP's aggregate normaliser with each of its steps skipped where a look at the text shows
   * that the step's regexes cannot match (then {@code replaceAll} returns the text unchanged): most
   * paragraphs have no emoji, URL, e-mail address, digit or run of repeated characters, and each
   * step is a full regex scan. A step of a class not known here always runs. The Twitter step's
   * emoticon and laughter patterns do match inside ordinary words ("explosion": "xp"), so it is
   * screened by what each of its four regexes needs, in one pass over the text.
   */
  static final class Screened implements CharSequenceNormalizer {
    private static final long serialVersionUID = 1L;

    private final CharSequenceNormalizer[] steps;

    private Screened(CharSequenceNormalizer[] steps) {
      this.steps = steps;
    }

    /** The screened form of {@code n} when it is OpenNLP's aggregate, else {@code n} itself. */
    static CharSequenceNormalizer of(CharSequenceNormalizer n) throws ReflectiveOperationException {
      if (n.getClass() != AggregateCharSequenceNormalizer.class) {
        return n;
      }
      return new Screened(
          ((CharSequenceNormalizer[])
                  field(AggregateCharSequenceNormalizer.class, "normalizers", n))
              .clone());
    }

    @Override
    public CharSequence normalize(CharSequence text) {
      CharSequence s = text;
      for (CharSequenceNormalizer step : steps) {
        if (mayChange(step, s)) {
          s = step.normalize(s);
        }
      }
      return s;
    }

    /** False only when {@code step} is known and provably returns {@code s} unchanged. */
    static boolean mayChange(CharSequenceNormalizer step, CharSequence s) {
      Class<?> c = step.getClass();
      if (c == EmojiCharSequenceNormalizer.class) {
        // [\uD83C-\uDBFF\uDC00-\uDFFF]+ as java.util.regex reads it (the escaped pair in the
        // middle makes one supplementary code point): every surrogate, U+E000 and above, and '-'.
        return has(s, EMOJI);
      }
      if (c == UrlCharSequenceNormalizer.class) {
        // https?://... and an e-mail address: need "://" or "@".
        return has(s, AT) || contains(s, "://");
      }
      if (c == NumberCharSequenceNormalizer.class) {
        return has(s, ASCII_DIGIT); // \d+ (ASCII digits)
      }
      if (c == TwitterCharSequenceNormalizer.class) {
        return twitterMayChange(s);
      }
      if (c == ShrinkCharSequenceNormalizer.class) {
        // (.)\1{2,} (case-insensitive), \s{2,}, then trim().
        return repeats(s);
      }
      return true;
    }

    /**
     * Whether one of the Twitter step's regexes can match: {@code [#@]\\S+} needs a '#' or '@';
     * {@code \\b(rt[ :])+} an "rt" before a space or colon; {@code [:;x]-?[()dop]} one of ":;x", an
     * optional '-', then one of "()dop"; {@code ([hj])+([aieou])+(\\1+\\2+)+} an 'h' or 'j', a run
     * of vowels, then the same 'h' or 'j' again. All but the first are case-insensitive; a letter
     * is taken here as any character whose upper or lower case is it, more than the regexes accept
     * (which only makes the screen run the step more often).
     */
    static boolean twitterMayChange(CharSequence s) {
      int n = s.length();
      int c = 0; // the classes of the character at i (T_... bits), then of the next ones
      int next = n > 0 ? twitterClass(s.charAt(0)) : 0;
      for (int i = 0; i < n; i++) {
        c = next;
        next = i + 1 < n ? twitterClass(s.charAt(i + 1)) : 0;
        if (c == 0) {
          continue;
        }
        if ((c & T_MARK) != 0) {
          return true;
        }
        if ((c & T_R) != 0 && (next & T_T) != 0 && i + 2 < n) {
          char a = s.charAt(i + 2);
          if (a == ' ' || a == ':') {
            return true;
          }
        }
        if ((c & T_FACE_START) != 0) {
          int f = next;
          if (i + 1 < n && s.charAt(i + 1) == '-') {
            f = i + 2 < n ? twitterClass(s.charAt(i + 2)) : 0;
          }
          if ((f & T_FACE_END) != 0) {
            return true;
          }
        }
        if ((c & T_HJ) != 0 && (next & T_VOWEL) != 0) {
          int k = i + 1;
          while (k < n && (twitterClass(s.charAt(k)) & T_VOWEL) != 0) {
            k++;
          }
          if (k < n && (twitterClass(s.charAt(k)) & T_HJ) != 0) {
            return true; // the same letter or not: loosely
          }
        }
      }
      return false;
    }

    private static final int T_MARK = 1; // '#', '@'
    private static final int T_R = 2;
    private static final int T_T = 4;
    private static final int T_FACE_START = 8; // ':', ';', 'x'
    private static final int T_FACE_END = 16; // '(', ')', 'd', 'o', 'p'
    private static final int T_HJ = 32;
    private static final int T_VOWEL = 64;
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
      for (char c = 0; c < 128; c++) {
        ASCII_CLASS[c] = (byte) looseClass(c);
      }
    }

    private static int twitterClass(char c) {
      if (c < 128) {
        return ASCII_CLASS[c];
      }
      // Only a character whose upper or lower case is ASCII can be one of those letters.
      if (Character.toLowerCase(c) >= 128 && Character.toUpperCase(c) >= 128) {
        return 0;
      }
      return looseClass(c);
    }

    private static int looseClass(char c) {
      int k = 0;
      if (c == '#' || c == '@') {
        k |= T_MARK;
      }
      if (is(c, 'r')) {
        k |= T_R;
      }
      if (is(c, 't')) {
        k |= T_T;
      }
      if (c == ':' || c == ';' || is(c, 'x')) {
        k |= T_FACE_START;
      }
      if (c == '(' || c == ')' || is(c, 'd') || is(c, 'o') || is(c, 'p')) {
        k |= T_FACE_END;
      }
      if (is(c, 'h') || is(c, 'j')) {
        k |= T_HJ;
      }
      if (is(c, 'a') || is(c, 'e') || is(c, 'i') || is(c, 'o') || is(c, 'u')) {
        k |= T_VOWEL;
      }
      return k;
    }

    /** Whether {@code c} is the ASCII letter {@code lower} in either case, loosely (see above). */
    private static boolean is(char c, char lower) {
      return c == lower
          || Character.toLowerCase(c) == lower
          || Character.toUpperCase(c) == Character.toUpperCase(lower);
    }

    private static final int EMOJI = 0;
    private static final int AT = 1;
    private static final int ASCII_DIGIT = 2;

    private static boolean has(CharSequence s, int what) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean hit =
            switch (what) {
              case EMOJI -> c == '-' || c >= '\uD800';
              case AT -> c == '@';
              default -> c >= '0' && c <= '9';
            };
        if (hit) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(CharSequence s, String what) {
      return s.toString().contains(what);
    }

    /**
     * Whether the shrink step can change {@code s}: a character at either end that trim() removes,
     * two regex white spaces in a row, or three characters in a row equal when case is ignored
     * (tested loosely: equal in lower or in upper case, which every case-insensitive match is).
     */
    static boolean repeats(CharSequence s) {
      int n = s.length();
      if (n == 0) {
        return false;
      }
      if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
        return true;
      }
      int run = 1;
      for (int i = 1; i < n; i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          return true; // a code point in two chars: not compared here
        }
        char a = s.charAt(i - 1);
        char b = s.charAt(i);
        if (regexSpace(a) && regexSpace(b)) {
          return true;
        }
        if (a == b || sameIgnoringCase(a, b)) {
          if (++run >= 3) {
            return true;
          }
        } else {
          run = 1;
        }
      }
      return false;
    }

    private static boolean regexSpace(char c) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean sameIgnoringCase(char a, char b) {
      return Character.toLowerCase(a) == Character.toLowerCase(b)
          || Character.toUpperCase(a) == Character.toUpperCase(b)
          || Character.toLowerCase(Character.toUpperCase(a))
              == Character.toLowerCase(Character.toUpperCase(b));
    }
  }
}
