package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The trigger scan finds what repeated find() of the whole trigger pattern finds. */
class TriggerScanTest {
  private static List<int[]> byRegex(Pattern p, String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static List<int[]> byScan(TriggerScan s, String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    s.forEach(text, from, to, (a, b) -> out.add(new int[] {a, b}));
    return out;
  }

  @Test
  void theShippedTriggerIsIndexedAndMatchesAsTheRegexOnRandomText() {
    Pattern trigger = Docs.RULES.trigger();
    TriggerScan scan = TriggerScan.of(trigger);
    assertThat(scan.indexed()).isTrue();
    // The time words themselves, in several cases, glued or not to other letters and digits.
    List<String> words = new ArrayList<>();
    Matcher q = Pattern.compile("\\\\Q(.*?)\\\\E").matcher(trigger.pattern());
    while (q.find()) {
      String w = q.group(1);
      words.add(w);
      words.add(w.toUpperCase(Locale.ROOT));
      words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    words.addAll(List.of("x", "12", "٣", "l'", "d’", "—", ",", "ǅ", "İ", "ſ", "K", "é"));
    String[] glue = {" ", " ", " ", "", "-", "\n", ". ", "\u00A0"};
    Random rnd = new Random(16);
    for (int round = 0; round < 400; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(30);
      for (int k = 0; k < n; k++) {
        b.append(words.get(rnd.nextInt(words.size()))).append(glue[rnd.nextInt(glue.length)]);
      }
      String text = TimeRules.normalise(b.toString());
      int from = rnd.nextInt(Math.max(1, text.length() / 3));
      int to = text.length() - rnd.nextInt(Math.max(1, text.length() / 3));
      if (to < from) {
        to = from;
      }
      assertThat(byScan(scan, text, from, to))
          .as(text)
          .usingElementComparator(java.util.Arrays::compare)
          .containsExactlyElementsOf(byRegex(trigger, text, from, to));
    }
  }

  @Test
  void aPatternOfAnotherShapeIsMatchedWhole() {
    Pattern other = Pattern.compile("\\d+|mardi", Pattern.CASE_INSENSITIVE);
    TriggerScan scan = TriggerScan.of(other);
    assertThat(scan.indexed()).isFalse();
    String text = "Le MARDI 12 mai";
    assertThat(byScan(scan, text, 0, text.length()))
        .usingElementComparator(java.util.Arrays::compare)
        .containsExactlyElementsOf(byRegex(other, text, 0, text.length()));
  }
}
