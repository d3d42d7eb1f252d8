package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Screening word starts by first character finds exactly what find() finds. */
class PatternStartsTest {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static List<int[]> byFind(Pattern p, String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (m.end() > m.start()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String f : new String[] {"dates.gold.jsonl", "heldout.gold.jsonl", "blind.gold.jsonl"}) {
      try (InputStream in = PatternStartsTest.class.getResourceAsStream("/sitrep/time/" + f)) {
        String gold = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : gold.split("\n")) {
          if (!line.isBlank()) {
            texts.add(JSON.readTree(line).get("text").asText());
          }
        }
      }
    }
    texts.add("LE 15 AOÛT 2021, DIMANCHE SOIR, IL Y A TROIS SEMAINES");
    texts.add("On Sunday\u00A0night, two weeks ago, at 10\u202Fp.m. (12/03/2021) _mardi x5 mai");
    return texts;
  }

  @Test
  void everyPatternMatchesAsFindOnTheGoldTextsAndShuffledWords() throws IOException {
    List<Pattern> patterns = Docs.RULES.patterns().stream().map(TimePattern::regex).toList();
    PatternStarts starts = new PatternStarts(patterns);
    int screened = 0;
    for (int i = 0; i < patterns.size(); i++) {
      screened += starts.screened(i) ? 1 : 0;
    }
    // An unscreened pattern runs find() over every window: nearly all must be screened.
    assertThat(screened).isGreaterThanOrEqualTo(patterns.size() * 9 / 10);
    List<String> texts = texts();
    // Words of the gold texts shuffled, glued by varied separators: new neighbours for each word.
    List<String> words = new ArrayList<>();
    texts.forEach(t -> words.addAll(Arrays.asList(t.split("\\s+"))));
    Random rnd = new Random(16);
    String[] glue = {" ", " ", "", "-", "(", "\n", "/", "_", "\u00A0"};
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        b.append(words.get(rnd.nextInt(words.size()))).append(glue[rnd.nextInt(glue.length)]);
      }
      texts.add(b.toString());
    }
    int found = 0;
    for (String raw : texts) {
      String norm = TimeRules.normalise(raw);
      int from = rnd.nextInt(1 + norm.length() / 4);
      int to = norm.length() - rnd.nextInt(1 + norm.length() / 4);
      if (to < from) {
        to = from;
      }
      for (int i = 0; i < patterns.size(); i++) {
        List<int[]> got = new ArrayList<>();
        starts.forEach(
            i,
            patterns.get(i).matcher(norm),
            norm,
            from,
            to,
            m -> got.add(new int[] {m.start(), m.end()}));
        List<int[]> want = byFind(patterns.get(i), norm, from, to);
        found += want.size();
        assertThat(got)
            .as("pattern %d on %s", i, raw)
            .usingElementComparator(Arrays::compare)
            .containsExactlyElementsOf(want);
      }
    }
    assertThat(found).isGreaterThan(200);
  }

  private static final String LEAD = "(?<![\\p{L}\\p{N}])";

  @Test
  void theSkeletonTakesOutLookBehindsThatCanOnlyHoldOrNot() {
    // Look-behinds of the body are taken out: the skeleton matches wherever the pattern does.
    assertThat(PatternStarts.skeleton(LEAD + "(?:(?<=de\\x20|d')(?<n>\\d+) jours)"))
        .isEqualTo(LEAD + "(?:(?<n>\\d+) jours)");
    assertThat(PatternStarts.skeleton(LEAD + "(?:(?:on )?(?<![/.\\-])(?<d>\\d\\d)/\\d)"))
        .isEqualTo(LEAD + "(?:(?:on )?(?<d>\\d\\d)/\\d)");
    // "$" and "^" in a class, or quoted, are plain characters.
    assertThat(PatternStarts.skeleton(LEAD + "(?:\\d{4}(?![$^%]|\\Q$\\E))"))
        .isEqualTo(LEAD + "(?:\\d{4}(?![$^%]|\\Q$\\E))");
  }

  @Test
  void patternsThatLookBackOrCommitAreNotScreened() {
    // Under a negation, a look-behind taken out would make the pattern match less.
    assertThat(PatternStarts.skeleton(LEAD + "(?:\\d+(?!(?<=1)0))")).isNull();
    assertThat(PatternStarts.skeleton(LEAD + "(?:x\\b\\d)")).isNull();
    assertThat(PatternStarts.skeleton(LEAD + "(?:^\\d)")).isNull();
    assertThat(PatternStarts.skeleton(LEAD + "(?:(?<a>x)\\k<a>)")).isNull();
    assertThat(PatternStarts.skeleton(LEAD + "(?:(?>ab|a)b)")).isNull();
    assertThat(PatternStarts.skeleton(LEAD + "(?:\\d++1)")).isNull();
    assertThat(PatternStarts.skeleton(LEAD + "(?:(?<=a)?b)")).isNull();
    assertThat(PatternStarts.skeleton("(?:\\d)")).isNull();
  }

  @Test
  void aLeadingLookBehindStillMatchesAsFind() {
    // The look-behind refuses a start the screen lets through: the pattern itself decides.
    Pattern p =
        Pattern.compile(
            LEAD + "(?:(?<=de\\x20)(?<y>20\\d\\d))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    PatternStarts starts = new PatternStarts(List.of(p));
    assertThat(starts.screened(0)).isTrue();
    String text = "en 2019, puis de 2020 à 2021 et de  2022 (de 2023)";
    List<int[]> got = new ArrayList<>();
    starts.forEach(
        0, p.matcher(text), text, 0, text.length(), m -> got.add(new int[] {m.start(), m.end()}));
    assertThat(got)
        .usingElementComparator(Arrays::compare)
        .containsExactlyElementsOf(byFind(p, text, 0, text.length()))
        .hasSize(2);
  }

  @Test
  void anOpeningIsTwoWordsAndTheirSeparatorInsideTheRegion() {
    String t = "le 12 mars, on  Sunday";
    assertThat(t.substring(0, PatternStarts.opening(t, 0, t.length()))).isEqualTo("le 12");
    assertThat(t.substring(3, PatternStarts.opening(t, 3, t.length()))).isEqualTo("12 mars");
    assertThat(t.substring(12, PatternStarts.opening(t, 12, t.length()))).isEqualTo("on  Sunday");
    // Cut at the region's end; no second word, or a separator over three characters: none.
    assertThat(t.substring(12, PatternStarts.opening(t, 12, 18))).isEqualTo("on  Su");
    assertThat(t.substring(6, PatternStarts.opening(t, 6, t.length()))).isEqualTo("mars, on");
    assertThat(PatternStarts.opening("mars", 0, 4)).isEqualTo(-1);
    assertThat(PatternStarts.opening("a    b", 0, 6)).isEqualTo(-1);
    assertThat(PatternStarts.opening(", le", 0, 4)).isEqualTo(-1);
  }
}
