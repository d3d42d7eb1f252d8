package org.sitrep.core.text;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.CharSpan;

/**
 * The span-keeping tokenizer: words with an elided apostrophe ({@code l'}, {@code d’}), words and
 * numbers with inner hyphens and dots ({@code Pul-e-Khumri}, {@code 12.5}), hashtags, mentions, or
 * any other single non-space character.
 *
 * <p>A hand-written scanner, not a regular expression: the equivalent pattern recursed once per
 * hyphen and overflowed the stack on one long hyphenated word, ending the whole batch. This one
 * runs in constant stack and linear time whatever the input.
 */
public final class Tokens {
  private Tokens() {}

  /** Tokens of {@code text[start, end)} with their spans in the whole text, POS left empty. */
  public static List<Token> of(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      int c = text.codePointAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int to = token(text, i, end, c);
      tokens.add(new Token(new CharSpan(i, to), text.substring(i, to), ""));
      i = to;
    }
    return tokens;
  }

  /** The end of the token starting at {@code i} (whose first code point is {@code c}). */
  private static int token(String text, int i, int end, int c) {
    if (Character.isLetter(c)) {
      int j = run(text, i, end, Tokens::isLetter);
      if (j < end && isApostrophe(text.charAt(j))) {
        return j + 1;
      }
    }
    if (isWordChar(c)) {
      int j = run(text, i, end, Tokens::isWordChar);
      // inner '-' or '.' joins two runs; a trailing one is a token of its own
      while (j + 1 < end
          && (text.charAt(j) == '-' || text.charAt(j) == '.')
          && isWordChar(text.codePointAt(j + 1))) {
        j = run(text, j + 1, end, Tokens::isWordChar);
      }
      return j;
    }
    if ((c == '#' || c == '@') && i + 1 < end && isAsciiWord(text.charAt(i + 1))) {
      int j = i + 1;
      while (j < end && isAsciiWord(text.charAt(j))) {
        j++;
      }
      return j;
    }
    return i + Character.charCount(c);
  }

  private interface CodePointTest {
    boolean test(int c);
  }

  private static int run(String text, int i, int end, CodePointTest t) {
    int j = i;
    while (j < end) {
      int c = text.codePointAt(j);
      if (!t.test(c)) {
        break;
      }
      j += Character.charCount(c);
    }
    return j;
  }

  private static boolean isLetter(int c) {
    return Character.isLetter(c);
  }

  // \p{L}\p{M}\p{N} as java.util.regex reads them
  private static boolean isWordChar(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  // \w without UNICODE_CHARACTER_CLASS
  private static boolean isAsciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  // \s without UNICODE_CHARACTER_CLASS
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
