package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written tokenizer cuts exactly where the regular expression it replaced did (the oracle,
 * safe on short inputs), and survives the input that overflowed that expression's stack.
 */
class TokensTest {
  private static final Pattern ORACLE =
      Pattern.compile(
          "\\p{L}+['’]|[\\p{L}\\p{M}\\p{N}]+(?:[-.][\\p{L}\\p{M}\\p{N}]+)*|#\\w+|@\\w+|\\S");

  private static List<String> oracle(String text) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = ORACLE.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  private static List<String> scanned(String text, int from, int to) {
    return Tokens.of(text, from, to).stream().map(t -> t.span().start() + ":" + t.text()).toList();
  }

  @Provide
  Arbitrary<String> texts() {
    // letters (Latin, accented, Arabic script), combining marks, digits of several scripts,
    // joiners, apostrophes, hyphens, dots, hashtags, spaces of both kinds, a supplementary letter
    String[] pieces = {
      "a", "Z", "é", "e\u0301", "ب", "پ", "\u064E", "3", "۳", "٣", "Ⅻ", "²", "\u200C", "'", "’",
      "-", ".", "#", "@", "_", " ", "\n", "\u00A0", "\t", ",", "(", "𝐀", "😀", "\uD800"
    };
    return Arbitraries.of(pieces).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void cutsLikeTheRegularExpression(@ForAll("texts") String text) {
    assertThat(scanned(text, 0, text.length())).isEqualTo(oracle(text));
  }

  @Test
  void aRegionKeepsWholeTextOffsets() {
    String text = "Avant. L'armée a repris Pul-e-Khumri le 12.08, #Baghlan.";
    int from = text.indexOf('L');
    assertThat(scanned(text, from, text.length()))
        .containsExactly(
            "7:L'",
            "9:armée",
            "15:a",
            "17:repris",
            "24:Pul-e-Khumri",
            "37:le",
            "40:12.08",
            "45:,",
            "47:#Baghlan",
            "55:.");
  }

  @Test
  void oneHugeHyphenatedWordIsOneTokenNotAStackOverflow() {
    String word = "ab-".repeat(200_000) + "c";
    List<Token> tokens = Tokens.of(word, 0, word.length());
    assertThat(tokens).hasSize(1);
    assertThat(tokens.get(0).span().end()).isEqualTo(word.length());
  }
}
