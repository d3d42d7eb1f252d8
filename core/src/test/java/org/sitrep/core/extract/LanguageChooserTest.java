package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/** Which lexicon reads a document and its sentences. */
class LanguageChooserTest {
  private final LanguageChooser chooser = new LanguageChooser(Fixtures.LEX);

  private static org.sitrep.core.geo.PlacedDocument doc(String text, String lang) {
    return Fixtures.PIPELINE
        .run(new Document("t", text, DateInterval.day(LocalDate.of(2021, 8, 3)), null, null, lang))
        .placed();
  }

  @Test
  void theDeclaredLanguageWins() {
    assertThat(chooser.documentLanguage(doc("Les talibans ont pris la ville.", "en")))
        .isEqualTo("en");
  }

  @Test
  void anUndeclaredTextIsReadInTheLanguageOfItsFunctionWords() {
    assertThat(
            chooser.documentLanguage(
                doc("Les talibans sont entrés dans la ville de Banu et ont pris le marché.", null)))
        .isEqualTo("fr");
    assertThat(
            chooser.documentLanguage(
                doc("The soldiers left the town and the people of the valley stayed.", null)))
        .isEqualTo("en");
  }

  @Test
  void aShortUndeclaredSentenceIsToldByItsFewFunctionWords() {
    // too short for the statistical detector; "l'" and "selon" are French, "its" and "near" English
    assertThat(chooser.documentLanguage(doc("L'aviation a bombardé Banu selon eux.", null)))
        .isEqualTo("fr");
    assertThat(chooser.documentLanguage(doc("Its jets bombed Banu near dawn.", null)))
        .isEqualTo("en");
  }
}
