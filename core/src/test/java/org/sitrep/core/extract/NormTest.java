package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.ScriptFold;

/** The plain-ASCII shortcut of Norm gives what the general normalisation gives. */
class NormTest {
  /** The general path, written out: quotes, hashtag, lower case, NFD, marks dropped, folded. */
  private static String general(String s) {
    String t = s.replace('’', '\'').replace('‘', '\'');
    while (t.length() > 1 && (t.charAt(0) == '#' || t.charAt(0) == '@')) {
      t = t.substring(1);
    }
    t = Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return ScriptFold.fold(t.replaceAll("\\p{M}+", ""));
  }

  @Test
  void everyAsciiTokenNormalisesAsInGeneral() {
    Random rnd = new Random(16);
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append((char) rnd.nextInt(0x80));
      }
      String s = b.toString();
      assertThat(Norm.of(s)).as("%s", s).isEqualTo(general(s));
    }
  }

  @Test
  void accentsQuotesAndHashtagsStillTakeTheGeneralPath() {
    for (String s : new String[] {"Élysée", "l’armée", "#Talibans", "@Kabul", "ﻙ", "Dʼ", "", "#"}) {
      assertThat(Norm.of(s)).as(s).isEqualTo(general(s));
    }
    assertThat(Norm.of("Élysée")).isEqualTo("elysee");
  }
}
