package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.GazetteerPlaceResolver;
import org.sitrep.core.geo.GeoLexicon;
import org.sitrep.core.geo.GeoSettings;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.ArticleCleaner;
import org.sitrep.core.text.CleaningRules;
import org.sitrep.core.text.Languages;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.time.RuleDateResolver;
import org.sitrep.core.time.TimeRules;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/**
 * Adding a language is data only: a toy language "xx" (invented words, no OpenNLP model) defined by
 * files under test resources {@code toylang/sitrep/lang/}, read through the same loaders as the
 * real languages, runs through every stage with no Java written for it.
 */
class LanguageAsDataTest {
  private static String resource(String name) {
    try (InputStream in = LanguageAsDataTest.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The toy index and folder first; language-independent data (und, actors) from the classpath.
  private static final Function<String, String> FILES =
      name -> {
        String toy = resource("toylang/" + name);
        return toy != null ? toy : resource(name);
      };

  @Test
  void aToyLanguageRunsThroughEveryStageFromDataFilesAlone() {
    Languages langs = Languages.of(FILES);
    assertThat(langs.codes()).containsExactly("xx");
    NlpModels models = NlpModels.load(langs);
    assertThat(models.sentences()).doesNotContainKey("xx");
    Pipeline pipeline =
        new Pipeline(
            new ArticleCleaner(models, CleaningRules.load(langs), ArticleCleaner.Settings.DEFAULTS),
            new OpenNlpAnalyzer(models),
            new RuleDateResolver(TimeRules.load(langs)),
            new GazetteerPlaceResolver(
                Fixtures.GAZ, GeoLexicon.load(langs), GeoSettings.defaults()),
            new RuleEventExtractor(Lexicons.load(langs), PlaceDirectory.of(Fixtures.GAZ)));
    String text =
        "Ka talibans kaptorin distrikto Andarab jestri, ka lo zu dizit.\n\n"
            + "Vorkala en Pul-e Hisar hodi ka lo zu, tri mortin.";
    List<Event> events =
        pipeline
            .run(
                new Document(
                    "toy", text, DateInterval.day(LocalDate.of(2021, 8, 21)), null, null, null))
            .events();
    Event capture =
        events.stream().filter(e -> e.kind() == EventKind.TERRITORY).findFirst().orElseThrow();
    assertThat(capture.location().name()).isEqualTo("Andarab");
    assertThat(capture.territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(capture.date().from()).isEqualTo(LocalDate.of(2021, 8, 20));
    Event clash =
        events.stream().filter(e -> e.kind() == EventKind.CLASH).findFirst().orElseThrow();
    assertThat(clash.location().name()).isEqualTo("Pul-e Hisar");
    assertThat(clash.date().from()).isEqualTo(LocalDate.of(2021, 8, 21));
    assertThat(clash.fatalities().killed()).isEqualTo(3);
    for (Event e : events) {
      assertThat(e.evidence().get(0).quote())
          .isEqualTo(text.substring(e.evidence().get(0).start(), e.evidence().get(0).end()));
    }
  }
}
