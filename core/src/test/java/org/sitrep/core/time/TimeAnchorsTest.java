package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Evidence;

class TimeAnchorsTest {
  private static final String TEXT =
      "Deux semaines après la chute du col, les miliciens ont annoncé ce mardi 12 octobre leur victoire.\n"
          + "Samedi, un convoi a été attaqué près du tunnel, puis des tirs ont suivi.\n"
          + "Les habitants ont fui vers le sud.\n"
          + "La vallée avait résisté dans les années 1990.\n"
          + "Les routes restent coupées.";

  private static CharSpan at(String word) {
    int i = TEXT.indexOf(word);
    return new CharSpan(i, i + word.length());
  }

  private static final DatedDocument DOC =
      Docs.dated(TEXT, DateInterval.month(YearMonth.of(2021, 10)));

  @Test
  void sameClause() {
    Anchored a = TimeAnchors.forSpan(DOC, at("annoncé"));
    assertEquals(TimeAnchors.CLAUSE, a.how());
    assertEquals("ce mardi 12 octobre", a.source().orElseThrow().text());
    assertEquals(DateInterval.day(LocalDate.of(2021, 10, 12)), a.value());
  }

  @Test
  void theComplementOfAnOffsetIsDatedBackFromItsClause() {
    Anchored a = TimeAnchors.forSpan(DOC, at("chute"));
    assertEquals(TimeAnchors.COMPLEMENT, a.how());
    assertEquals("Deux semaines après", a.source().orElseThrow().text());
    // 12 October less two weeks is 28 September, give or take half a week.
    assertEquals(
        new DateInterval(LocalDate.of(2021, 9, 25), LocalDate.of(2021, 10, 1), DatePrecision.WEEK),
        a.value());
  }

  @Test
  void sameSentenceOtherClause() {
    Anchored a = TimeAnchors.forSpan(DOC, at("tirs"));
    assertEquals(TimeAnchors.SENTENCE, a.how());
    assertEquals("Samedi", a.source().orElseThrow().text());
    assertEquals(DateInterval.day(LocalDate.of(2021, 10, 9)), a.value());
  }

  @Test
  void previousAnchorAndItsEvidence() {
    Anchored a = TimeAnchors.forSpan(DOC, at("fui"));
    assertEquals(TimeAnchors.PREVIOUS, a.how());
    assertEquals("Samedi", a.source().orElseThrow().text());
    Evidence e = a.evidence(DOC).orElseThrow();
    assertEquals("date", e.role());
    assertEquals("Samedi", e.quote());
    assertTrue(a.describe().startsWith("date from: «Samedi»"), a.describe());
  }

  @Test
  void backgroundIsNotInheritedTheReferenceIs() {
    Anchored a = TimeAnchors.forSpan(DOC, at("coupées"));
    assertEquals(TimeAnchors.REFERENCE, a.how());
    assertEquals("ce mardi 12 octobre", a.source().orElseThrow().text());
    assertEquals(DateInterval.day(LocalDate.of(2021, 10, 12)), a.value());
  }

  @Test
  void aDateAfterTheTextIsWrittenDatesNothingItReports() {
    String text =
        "The convoy was ambushed near the pass on Monday.\n"
            + "Officials set a deadline of 30 September for the talks, and the army took the town.";
    DatedDocument d = Docs.dated(text, DateInterval.day(LocalDate.of(2021, 9, 8)));
    int i = text.indexOf("took");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(i, i + 4));
    assertEquals(TimeAnchors.PREVIOUS, a.how());
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 6)), a.value());
  }

  @Test
  void aCoordinatedClauseKeepsItsOwnDate() {
    String text = "On Friday, the rebels took the ford and on Saturday they took the mill.";
    DatedDocument d = Docs.dated(text, DateInterval.day(LocalDate.of(2021, 9, 12)));
    int i = text.indexOf("ford");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(i, i + 4));
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 10)), a.value());
    int j = text.indexOf("mill");
    assertEquals(
        DateInterval.day(LocalDate.of(2021, 9, 11)),
        TimeAnchors.forSpan(d, new CharSpan(j, j + 4)).value());
  }

  @Test
  void aStretchOfYearsDatesNoHappening() {
    String text =
        "Gunmen stormed the village on Saturday.\n"
            + "The attack, the deadliest in the region since 2015, killed forty people.";
    DatedDocument d = Docs.dated(text, DateInterval.day(LocalDate.of(2021, 6, 7)));
    int i = text.indexOf("killed");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(i, i + 6));
    assertEquals(TimeAnchors.PREVIOUS, a.how());
    assertEquals(DateInterval.day(LocalDate.of(2021, 6, 5)), a.value());
  }

  @Test
  void publicationDateThenNothing() {
    DatedDocument d =
        Docs.dated("Les routes restent coupées.", DateInterval.month(YearMonth.of(2021, 10)));
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(4, 10));
    assertEquals(TimeAnchors.PUBLISHED, a.how());
    assertTrue(a.source().isEmpty());
    assertEquals(DateInterval.month(YearMonth.of(2021, 10)), a.value());
    Anchored none =
        TimeAnchors.forSpan(Docs.dated("Les routes restent coupées.", null), new CharSpan(4, 10));
    assertEquals(TimeAnchors.NONE, none.how());
    assertNull(none.value());
  }
}
