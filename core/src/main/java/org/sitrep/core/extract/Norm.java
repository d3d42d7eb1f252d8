package org.sitrep.core.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.core.text.ScriptFold;

/**
 * The one normalisation used on both data files and text: lower case, no accents, straight ', the
 * spelling variants of the Arabic script folded ({@link ScriptFold}).
 */
public final class Norm {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Norm() {}

  public static String of(String s) {
    if (plainAscii(s)) {
      // No accent to strip, no Arabic letter to fold, no curly quote or hashtag: lower case is all
      // the rest would do (most tokens; the general path below costs a regex and NFD per token).
      return s.toLowerCase(Locale.ROOT);
    }
    String t = s.replace('’', '\'').replace('‘', '\'');
    // Hashtags and handles name the same thing as the bare word ("#talibans").
    while (t.length() > 1 && (t.charAt(0) == '#' || t.charAt(0) == '@')) {
      t = t.substring(1);
    }
    t = Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return ScriptFold.fold(MARKS.matcher(t).replaceAll(""));
  }

  private static boolean plainAscii(String s) {
    if (s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '@') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
