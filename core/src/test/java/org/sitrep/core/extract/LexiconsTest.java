package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.Languages;

/** The data files load, and token patterns mean what the data files say. */
class LexiconsTest {
  @Test
  void bothLanguagesAndTheActorListLoad() {
    Lexicons l = Fixtures.LEX;
    assertThat(l.languages()).containsKeys("fr", "en");
    assertThat(l.actors().get("taliban").name()).isEqualTo("Taliban");
    assertThat(l.actors().get("nrf").name()).isEqualTo("National Resistance Front");
    assertThat(l.persons())
        .anySatisfy(
            p -> assertThat(p.attribution()).isEqualTo("Zabihullah Mujahid (Taliban spokesman)"));
  }

  @Test
  void patternsMatchPrefixesGapsAndPhrases() {
    TokenPattern p = TokenPattern.parse("repri*|reprend* aux|au");
    assertThat(p.matchAt(List.of("repris", "aux", "talibans"), 0)).isEqualTo(2);
    assertThat(p.matchAt(List.of("reprise", "de"), 0)).isEqualTo(-1);
    TokenPattern gap = TokenPattern.parse("appel* .. a");
    assertThat(gap.matchAt(List.of("appelle", "les", "afghans", "a", "un"), 0)).isEqualTo(4);
    assertThat(TokenPattern.parse("#").matchAt(List.of("12"), 0)).isEqualTo(1);
    assertThat(TokenPattern.parse("Émirat").matchAt(List.of(Norm.of("émirat")), 0)).isEqualTo(1);
    assertThat(Norm.of("#Talibans")).isEqualTo("talibans");
  }

  @Test
  void aNewLanguageIsData() {
    Map<String, String> files = new HashMap<>(otherFiles());
    files.putAll(
        Map.of(
            "sitrep/lang/xx/extract/triggers.tsv", "kaput*\tARMED_CLASH\n",
            "sitrep/lang/xx/extract/cues.tsv", "negation\tnix\n",
            "sitrep/lang/xx/extract/numbers.tsv", "zwo\t2\texact\n",
            "sitrep/lang/xx/extract/function-words.txt", "der\n",
            "sitrep/actors/actors.tsv", "t\tTaliban\tnon_state\tt\t-\t-\t-\t-\t-\n",
            "sitrep/actors/aliases.tsv", "t\t*\ttaliban\n"));
    Lexicons l = Lexicons.load(files::get);
    assertThat(l.lexicon("xx")).isPresent();
    assertThat(l.lexicon("xx").get().triggers()).hasSize(1);
  }

  @Test
  void malformedDataNamesTheFile() {
    Map<String, String> files = new HashMap<>(otherFiles());
    files.put("sitrep/lang/xx/extract/triggers.tsv", "kaput*\tNO_SUCH_TYPE\n");
    assertThatThrownBy(() -> Lexicons.load(files::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triggers.tsv");
  }

  @Test
  void anUnknownCueCategoryFailsNamingTheFile() {
    Map<String, String> files = new HashMap<>(otherFiles());
    files.put("sitrep/lang/xx/extract/cues.tsv", "negatoin\tnix\n");
    assertThatThrownBy(() -> Lexicons.load(files::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cues.tsv")
        .hasMessageContaining("negatoin");
  }

  @Test
  void aListedLanguageWithoutItsFilesFailsAtStartNamingThem() {
    Map<String, String> files = new HashMap<>(otherFiles());
    files.remove("sitrep/lang/xx/time/patterns.tsv");
    files.remove("sitrep/lang/xx/geo-cues.tsv");
    assertThatThrownBy(() -> Lexicons.load(files::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sitrep/lang/xx/time/patterns.tsv")
        .hasMessageContaining("sitrep/lang/xx/geo-cues.tsv");
  }

  /** An index listing the one language "xx", with every required file present but empty. */
  private static Map<String, String> otherFiles() {
    Map<String, String> files = new HashMap<>();
    files.put(Languages.INDEX, "und\nxx\n");
    for (String f : Languages.REQUIRED) {
      files.put(Languages.path("xx", f), "");
    }
    files.put("sitrep/actors/actors.tsv", "");
    files.put("sitrep/actors/aliases.tsv", "");
    files.put("sitrep/actors/persons.tsv", "");
    return files;
  }
}
