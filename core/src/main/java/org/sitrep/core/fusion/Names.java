package org.sitrep.core.fusion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name keys for matching actors and places across reports: no case, accents or punctuation. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /** "Pul-e-Hesar" and "pul e hesar" give the same key; null and blank give "". */
  public static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  public static String slug(String s) {
    return key(s).replace(' ', '-');
  }
}
