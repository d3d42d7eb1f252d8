package org.sitrep.core.geo;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.text.ScriptFold;

/**
 * Match keys for place names.
 *
 * <p>Three keys, from strict to loose:
 *
 * <ul>
 *   <li>{@link #fold}: any script to ASCII Latin (ICU {@code Any-Latin; Latin-ASCII}), lower case,
 *       apostrophes dropped, words joined by one space. "Pul-e Ḩişār" → "pul e hisar".
 *   <li>{@link #translit}: a key for Perso-Arabic names written in Latin letters by French and
 *       English writers. Persian short vowels are not written, so writers pick e/i/a and u/o/ou
 *       freely; French writes ch for sh and dj for j; the ezafe is "-e-", "-i-", "-ye" or glued to
 *       the head ("Puli", "Dih"); silent word-final h comes and goes; doubling is arbitrary. The
 *       key therefore keeps consonants (in sound classes) and the places of vowels, not their
 *       quality.
 *   <li>{@link #skeleton}: consonants only, for names written in Perso-Arabic script, which carries
 *       no short vowels at all.
 * </ul>
 *
 * Thread-safe: the ICU transliterator is used under a lock, and only for non-ASCII input; what it
 * gives is kept in a bounded concurrent map.
 */
public final class NameKey {
  /** The ICU transliterator, built on first use: building it costs most of a second. */
  private static final class Icu {
    static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }

  /**
   * What the transliterator gave for a string (a function of the string alone). Profiled, the place
   * resolver's spelling checks folded a candidate place's every name, Arabic-script and Cyrillic
   * ones through ICU, at each mention: 7 % of all samples, nearly all of it transliterating the
   * same names again. At most {@link #TRANSLITERATED_MAX} entries.
   */
  private static final ConcurrentHashMap<String, String> TRANSLITERATED = new ConcurrentHashMap<>();

  private static final int TRANSLITERATED_MAX = 1 << 16;

  // Ezafe and its spellings when written as a separate word ("Pol-e-Hesar", "Dahanah-ye Ghori").
  private static final Set<String> EZAFE = Set.of("e", "i", "y", "ye", "yi", "e-", "-e");

  private NameKey() {}

  /** Any script to lower-case ASCII words separated by single spaces. */
  public static String fold(String s) {
    // Arabic-script spelling variants (ي/ی, ك/ک, ګ/گ, ZWNJ...) first, so that they give one key.
    String ascii = isAscii(s) ? s : toAscii(ScriptFold.fold(s));
    StringBuilder out = new StringBuilder(ascii.length());
    boolean space = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else if (c != '\'' && c != '`') {
        // Apostrophes (ain, hamza, elision) join; everything else separates words.
        space = true;
      }
    }
    return out.toString();
  }

  /** An ASCII display form: "Pul-e Ḩişār" → "Pul-e Hisar", "‘Unābah" → "Unabah". */
  public static String ascii(String s) {
    if (isAscii(s)) {
      return s;
    }
    String a = toAscii(s).replace("'", "").replace("`", "");
    return a.strip();
  }

  /** The transliteration key of a Latin-script (or already folded) name; "" when empty. */
  public static String translit(String s) {
    String folded = fold(s);
    if (folded.isEmpty()) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (String w : folded.split(" ")) {
      if (!EZAFE.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      key.append(word(words.get(i), i == words.size() - 1));
    }
    return key.toString();
  }

  /** The consonant skeleton (sound classes of {@link #translit}, vowels removed). */
  public static String skeleton(String s) {
    String folded = fold(s);
    StringBuilder out = new StringBuilder();
    for (String w : folded.split(" ")) {
      if (w.isEmpty() || EZAFE.contains(w)) {
        continue;
      }
      String classes = consonantClasses(w);
      for (int i = 0; i < classes.length(); i++) {
        char c = classes.charAt(i);
        if (c != 'a' && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** True when the name contains letters of the Arabic script (Persian, Pashto, Arabic). */
  public static boolean isArabicScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.ARABIC) {
        return true;
      }
    }
    return false;
  }

  private static String word(String w, boolean last) {
    String c = consonantClasses(w);
    StringBuilder out = new StringBuilder(c.length());
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      // Doubling is arbitrary in transcription, and vowel quality is not written in Persian.
      if (out.length() > 0 && out.charAt(out.length() - 1) == ch) {
        continue;
      }
      out.append(ch);
    }
    // Silent word-final h after a vowel: Deh/De, Salah/Sala, Rukhah/Rukha.
    int n = out.length();
    if (n > 2 && out.charAt(n - 1) == 'h' && out.charAt(n - 2) == 'a') {
      out.setLength(n - 1);
    }
    // A vowel ending a non-final word is the ezafe glued to its head: Puli Khumri, Dih Salah.
    n = out.length();
    if (!last && n > 1 && out.charAt(n - 1) == 'a') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  /**
   * Maps a folded word to sound classes: vowels to 'a', sh/ch/tch/sch to 'S', kh/x to 'K', gh to
   * 'G', dj to j, ph to f, q/c/ck to k, j before S dropped (Panjshir/Panshir), w and y to vowels
   * where they stand for one (Khowst/Khost, Kowt/Kot).
   */
  private static String consonantClasses(String w) {
    StringBuilder out = new StringBuilder(w.length());
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      char next2 = i + 2 < n ? w.charAt(i + 2) : 0;
      if (c == 't' && next == 'c' && next2 == 'h') {
        out.append('S');
        i += 2;
      } else if ((c == 's' || c == 'c' || c == 'z') && next == 'h') {
        out.append(c == 'z' ? 'Z' : 'S');
        i++;
      } else if (c == 's' && next == 'c' && next2 == 'h') {
        out.append('S');
        i += 2;
      } else if (c == 'k' && next == 'h') {
        out.append('K');
        i++;
      } else if (c == 'x') {
        out.append('K');
      } else if (c == 'g' && next == 'h') {
        out.append('G');
        i++;
      } else if (c == 'p' && next == 'h') {
        out.append('f');
        i++;
      } else if (c == 'd' && next == 'j') {
        out.append('j');
        i++;
      } else if (c == 'c' && next == 'k') {
        out.append('k');
        i++;
      } else if (c == 'q' || c == 'c') {
        out.append('k');
      } else if (isVowel(c)) {
        out.append('a');
      } else if (c == 'w' || c == 'y') {
        boolean afterVowel = out.length() > 0 && out.charAt(out.length() - 1) == 'a';
        boolean beforeVowel = isVowel(next);
        boolean afterConsonant = out.length() > 0 && !afterVowel;
        // y is a vowel except word-initially or after a vowel before another (Paktya/Paktia).
        if (c == 'y' && out.length() > 0 && (!beforeVowel || afterConsonant)) {
          out.append('a');
        } else if (c == 'w' && afterVowel && !beforeVowel) {
          out.append('a');
        } else {
          out.append(c);
        }
      } else {
        out.append(c);
      }
    }
    // j before sh is swallowed by French and English writers alike: Panjshir, Panshir, Pandjchir.
    for (int i = out.length() - 2; i >= 0; i--) {
      if (out.charAt(i) == 'j' && out.charAt(i + 1) == 'S') {
        out.deleteCharAt(i);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** ASCII of a Latin-script string by decomposition, or null when another script is present. */
  private static String latinFast(String s) {
    String d = NFD.normalize(s);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 128) {
        out.append(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        String m = SPECIAL_LATIN.get(c);
        if (m != null) {
          out.append(m);
        } else if (Character.isLetter(c) || Character.isDigit(c)) {
          return null;
        } else {
          out.append(' ');
        }
      }
    }
    return out.toString();
  }

  // Letters without a canonical decomposition, and the apostrophe-like letters of ain and hamza.
  private static final java.util.Map<Character, String> SPECIAL_LATIN =
      java.util.Map.ofEntries(
          java.util.Map.entry('ß', "ss"),
          java.util.Map.entry('æ', "ae"),
          java.util.Map.entry('Æ', "AE"),
          java.util.Map.entry('œ', "oe"),
          java.util.Map.entry('Œ', "OE"),
          java.util.Map.entry('ø', "o"),
          java.util.Map.entry('Ø', "O"),
          java.util.Map.entry('ł', "l"),
          java.util.Map.entry('Ł', "L"),
          java.util.Map.entry('đ', "d"),
          java.util.Map.entry('Đ', "D"),
          java.util.Map.entry('ð', "d"),
          java.util.Map.entry('þ', "th"),
          java.util.Map.entry('ı', "i"),
          java.util.Map.entry('ħ', "h"),
          java.util.Map.entry('ŧ', "t"),
          java.util.Map.entry('ŋ', "ng"),
          java.util.Map.entry('ʻ', "'"),
          java.util.Map.entry('ʼ', "'"),
          java.util.Map.entry('ʿ', "'"),
          java.util.Map.entry('ʾ', "'"),
          java.util.Map.entry('‘', "'"),
          java.util.Map.entry('’', "'"),
          java.util.Map.entry('`', "'"));

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static String toAscii(String s) {
    // Latin with diacritics (most gazetteer names): canonical decomposition and dropped marks are
    // much faster than the transliterator and give the same letters.
    String latin = latinFast(s);
    if (latin != null) {
      return latin;
    }
    String known = TRANSLITERATED.get(s);
    if (known != null) {
      return known;
    }
    String t;
    synchronized (Icu.TO_ASCII) {
      t = Icu.TO_ASCII.transliterate(s);
    }
    if (TRANSLITERATED.size() >= TRANSLITERATED_MAX) {
      TRANSLITERATED.clear(); // bounded: a long run meets ever new names
    }
    TRANSLITERATED.put(s, t);
    return t;
  }
}
