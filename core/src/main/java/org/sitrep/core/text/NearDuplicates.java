package org.sitrep.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Near-duplicate detection by MinHash over word shingles: the same wire story reprinted by several
 * outlets (different furniture, a changed headline, a trimmed paragraph) gets signatures that agree
 * on most positions. Signatures are banded for locality-sensitive lookup in a store. Pure and
 * thread-safe: the hash coefficients are fixed by the settings' seed.
 */
public final class NearDuplicates {

  /**
   * {@code shingle} words per shingle; {@code hashes} signature length, a multiple of {@code
   * bands}; {@code threshold} the estimated Jaccard similarity from which two texts are duplicates;
   * {@code minWords} texts shorter than this are never called duplicates.
   */
  public record Settings(int shingle, int hashes, int bands, double threshold, int minWords) {
    public static final Settings DEFAULTS = new Settings(4, 128, 32, 0.7, 30);

    public Settings {
      if (shingle < 1 || hashes < 1 || bands < 1 || hashes % bands != 0) {
        throw new IllegalArgumentException(
            "near-duplicate settings: shingle >= 1, hashes a positive multiple of bands");
      }
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1]");
      }
      if (minWords < 1) {
        throw new IllegalArgumentException("minWords must be >= 1");
      }
    }
  }

  /**
   * The text whose signature is compared: the article's own words (and quoted posts), without the
   * furniture that differs between outlets. The store and the in-memory index both sign this.
   */
  public static String articleText(CleanDocument clean) {
    StringBuilder b = new StringBuilder();
    for (org.sitrep.model.Segment s : clean.segments()) {
      if (s.analysed()) {
        b.append(s.span().of(clean.text())).append('\n');
      }
    }
    return b.length() == 0 ? clean.text() : b.toString();
  }

  /** A text's MinHash signature; empty when the text is too short to judge. */
  public record Signature(int[] values) {
    public Signature {
      values = values.clone();
    }

    @Override
    public int[] values() {
      return values.clone();
    }

    public boolean isEmpty() {
      return values.length == 0;
    }

    /** Hex text, for storage. */
    public String encode() {
      StringBuilder b = new StringBuilder(values.length * 8);
      for (int v : values) {
        b.append(String.format(Locale.ROOT, "%08x", v));
      }
      return b.toString();
    }

    public static Signature decode(String hex) {
      int[] v = new int[hex.length() / 8];
      for (int i = 0; i < v.length; i++) {
        v[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
      }
      return new Signature(v);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Signature[" + values.length + "]";
    }
  }

  private final Settings settings;
  private final long[] a;
  private final long[] b;

  public NearDuplicates(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    SplittableRandom r = new SplittableRandom(0x5172E9L);
    a = new long[settings.hashes()];
    b = new long[settings.hashes()];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextLong() | 1L;
      b[i] = r.nextLong();
    }
  }

  public Settings settings() {
    return settings;
  }

  /** Signature of a text: case, accents, punctuation and spacing do not matter. */
  public Signature signature(String text) {
    List<String> words = words(text);
    if (words.size() < settings.minWords()) {
      return new Signature(new int[0]);
    }
    int[] min = new int[settings.hashes()];
    Arrays.fill(min, Integer.MAX_VALUE);
    int k = Math.min(settings.shingle(), words.size());
    for (int i = 0; i + k <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + k; j++) {
        h = 31 * h + words.get(j).hashCode();
        h = mix(h);
      }
      for (int x = 0; x < min.length; x++) {
        int v = (int) (mix(a[x] * h + b[x]) >>> 33);
        if (v < min[x]) {
          min[x] = v;
        }
      }
    }
    return new Signature(min);
  }

  /** Estimated Jaccard similarity of the shingle sets; 0 when either is empty. */
  public double similarity(Signature x, Signature y) {
    int[] u = x.values;
    int[] v = y.values;
    if (u.length == 0 || u.length != v.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < u.length; i++) {
      if (u[i] == v[i]) {
        same++;
      }
    }
    return (double) same / u.length;
  }

  public boolean duplicates(Signature x, Signature y) {
    return similarity(x, y) >= settings.threshold();
  }

  /** One hash per band: texts sharing any band hash are candidates for a full comparison. */
  public long[] bands(Signature s) {
    if (s.isEmpty()) {
      return new long[0];
    }
    int rows = settings.hashes() / settings.bands();
    long[] out = new long[settings.bands()];
    for (int band = 0; band < out.length; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) {
        h = mix(h * 31 + s.values[band * rows + r]);
      }
      out[band] = h;
    }
    return out;
  }

  static List<String> words(String text) {
    String n = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  // SplitMix64 finaliser: spreads the bits of a weak hash.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
