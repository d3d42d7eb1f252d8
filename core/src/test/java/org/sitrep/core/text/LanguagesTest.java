package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.GeoLexicon;

/** The one language index fails loudly on what it cannot use. */
class LanguagesTest {
  private static Map<String, String> toy() {
    Map<String, String> files = new HashMap<>();
    files.put(Languages.INDEX, "# a comment\nund\nxx\n");
    for (String f : Languages.REQUIRED) {
      files.put(Languages.path("xx", f), "");
    }
    return files;
  }

  @Test
  void theIndexListsTheLanguagesRead() {
    Languages l = Languages.of(toy()::get);
    assertThat(l.codes()).containsExactly("xx");
    assertThat(l.reads("xx")).isTrue();
    assertThat(l.reads("und")).isFalse();
    assertThat(l.optionalFile("xx", "nlp.tsv")).isEmpty();
  }

  @Test
  void aMissingIndexOrABadCodeFails() {
    assertThatThrownBy(() -> Languages.of(name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Languages.INDEX);
    Map<String, String> files = toy();
    files.put(Languages.INDEX, "und\nPersian\n");
    assertThatThrownBy(() -> Languages.of(files::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Persian");
  }

  @Test
  void anUnknownGeoCueKindFailsNamingTheFile() {
    Map<String, String> files = toy();
    files.put(Languages.path("xx", "geo-cues.tsv"), "before\tSUBURB\tfaubourg\n");
    assertThatThrownBy(() -> GeoLexicon.load(Languages.of(files::get)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx/geo-cues.tsv")
        .hasMessageContaining("SUBURB");
  }

  @Test
  void aBadLanguageIdLineFailsNamingTheFile() {
    Map<String, String> files = toy();
    files.put(Languages.path("xx", "langid.tsv"), "script\tNoSuchScript\n");
    files.put("sitrep/lang/und/post-markers.txt", "");
    files.put("sitrep/lang/iso639-3.txt", "");
    assertThatThrownBy(() -> CleaningRules.load(Languages.of(files::get)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("xx/langid.tsv");
  }
}
