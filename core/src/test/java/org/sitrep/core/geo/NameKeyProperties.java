package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class NameKeyProperties {
  @Property(tries = 100)
  void keysNeverFailAndAreAscii(@ForAll String s) {
    String f = NameKey.fold(s);
    String t = NameKey.translit(s);
    String k = NameKey.skeleton(s);
    assertThat(f + t + k).matches("[ -~]*");
  }

  @Property(tries = 200)
  void caseAndSeparatorsDoNotChangeTheKey(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b) {
    String key = NameKey.translit(a + " " + b);
    assertThat(NameKey.translit((a + "-" + b).toUpperCase(Locale.ROOT))).isEqualTo(key);
    assertThat(NameKey.translit(a + "  " + b.toLowerCase(Locale.ROOT))).isEqualTo(key);
  }

  /** Doubling a letter that starts no digraph (sh, kh, dj...) changes nothing. */
  @Property(tries = 200)
  void doublingALetterDoesNotChangeTheKey(
      @ForAll @AlphaChars @StringLength(min = 2, max = 12) String a,
      @ForAll @IntRange(min = 0, max = 11) int at) {
    String lower = a.toLowerCase(Locale.ROOT);
    int i = at % lower.length();
    Assume.that("lmnrbfvaeiou".indexOf(lower.charAt(i)) >= 0);
    String doubled = lower.substring(0, i + 1) + lower.charAt(i) + lower.substring(i + 1);
    assertThat(NameKey.translit(doubled)).isEqualTo(NameKey.translit(lower));
  }
}
