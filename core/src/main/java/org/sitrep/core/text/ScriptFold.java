package org.sitrep.core.text;

/**
 * Folds the spelling variants of the Arabic script used for Persian and Pashto to one form, for
 * matching only (the text itself is never rewritten, offsets stay those of the original): Arabic
 * and Persian yeh, the Pashto yeh forms and alef maqsura to Persian yeh; Arabic kaf to keheh; ae
 * and teh marbuta to heh; gaf forms to gaf; tatweel, zero-width (non-)joiners and harakat dropped;
 * Persian and Arabic-Indic digits to ASCII ones. Any other character is kept, so Latin text comes
 * out unchanged. Pure and thread-safe.
 */
public final class ScriptFold {
  private ScriptFold() {}

  /** The folded form of {@code s}; the same string when nothing in it needs folding. */
  public static String fold(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = foldChar(c);
      if (f != c && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null && f != 0) {
        out.append(f);
      }
    }
    return out == null ? s : out.toString();
  }

  /** One character folded; 0 when it is dropped. */
  public static char foldChar(char c) {
    if (c < 0x0600) {
      return c == 0x00AD ? 0 : c;
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
      return (char) ('0' + c - 0x06F0); // Persian digits
    }
    if (c >= 0x0660 && c <= 0x0669) {
      return (char) ('0' + c - 0x0660); // Arabic-Indic digits
    }
    if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 || c == 0x200C || c == 0x200D) {
      return 0; // harakat, superscript alef, tatweel, ZWNJ, ZWJ
    }
    return switch (c) {
      case 'ي', 'ى', 'ې', 'ۍ', 'ئ', 'ے', 'ۑ' -> 'ی';
      case 'ك', 'ڪ' -> 'ک';
      case 'ە', 'ة', 'ۀ', 'ہ', 'ھ', 'ۂ' -> 'ه';
      case 'أ', 'إ', 'ٱ' -> 'ا';
      case 'ؤ' -> 'و';
      case 'ګ' -> 'گ';
      default -> c;
    };
  }

  /** True when {@code c} is a letter of the Arabic script. */
  public static boolean arabicLetter(int c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }
}
