package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.model.DateInterval;

/**
 * Each annotator of {@link RuleDateResolver#STEPS} on its own: the steps before it run, then it,
 * and what it added is checked (our own sentences).
 */
class AnnotatorsTest {
  private static final DateInterval SEPT_8 = DateInterval.day(LocalDate.of(2021, 9, 8));

  /** The resolution after every step up to and including the first of class {@code last}. */
  private static Resolution upTo(String text, DateInterval published, Class<?> last) {
    AnalyzedDocument doc = Docs.analyzed(text, published);
    Resolution r = new Resolution(doc, Docs.RULES, RuleDateResolver.paragraphs(doc));
    for (TimeAnnotator step : RuleDateResolver.STEPS) {
      step.annotate(r);
      if (last.isInstance(step)) {
        return r;
      }
    }
    throw new AssertionError("no step " + last);
  }

  private static TimeHit hit(Resolution r, String text) {
    for (TimeHit h : r.hits) {
      if (r.doc.text().substring(h.start, h.end).equals(text)) {
        return h;
      }
    }
    throw new AssertionError("no hit \"" + text + "\" in " + r.hits);
  }

  @Test
  void theStepsRunInTheDocumentedOrder() {
    List<Class<?>> order = RuleDateResolver.STEPS.stream().<Class<?>>map(Object::getClass).toList();
    assertEquals(
        List.of(
            CandidateSpans.class,
            SinceSignal.class,
            ClauseTense.class,
            ReportFrames.class,
            KeyDateComplements.class,
            DocumentReference.class,
            AnchorValues.class,
            NarrativeReference.class,
            AnchorValues.class,
            Anaphora.class,
            Glosses.class),
        order);
  }

  @Test
  void candidateSpansKeepTheLongestOfOverlappingMatches() {
    Resolution r = upTo("La trêve a tenu du 3 au 5 mai.", SEPT_8, CandidateSpans.class);
    assertEquals(1, r.hits.size(), r.hits.toString());
    assertEquals(TimeOp.RANGE, hit(r, "du 3 au 5 mai").op());
    assertNull(hit(r, "du 3 au 5 mai").value);
  }

  @Test
  void sinceSignalLeavesTheWordOutOfTheSpan() {
    Resolution r =
        upTo(
            "Le camp est encerclé depuis jeudi et la ville depuis 2014.",
            SEPT_8,
            SinceSignal.class);
    assertTrue(hit(r, "jeudi").since);
    assertTrue(hit(r, "2014").since);
  }

  @Test
  void clauseTenseReadsFutureAgendaAndPastCues() {
    Resolution r =
        upTo(
            "Le vote aura lieu samedi, la ville était tombée en mai.\n"
                + "Calendrier prévu : lundi, ouverture.\n"
                + "Les marchés ferment dimanche.",
            SEPT_8,
            ClauseTense.class);
    assertEquals(TimeHit.Tense.FUTURE, hit(r, "samedi").tense);
    assertEquals(TimeHit.Tense.PAST, hit(r, "en mai").tense);
    assertEquals(TimeHit.Tense.FUTURE, hit(r, "lundi").tense);
    assertEquals(TimeHit.Tense.NONE, hit(r, "dimanche").tense);
  }

  @Test
  void clauseTenseInEnglish() {
    Resolution r =
        upTo(
            "The vote will be held on Friday, and the town had fallen in May.",
            SEPT_8,
            ClauseTense.class);
    assertEquals(TimeHit.Tense.FUTURE, hit(r, "on Friday").tense);
    assertEquals(TimeHit.Tense.PAST, hit(r, "in May").tense);
  }

  @Test
  void reportFramesMarkReportAndRestatedDates() {
    Resolution r =
        upTo(
            "On 3 September, it was reported that a depot burned. Guards fled on 1 September.\n"
                + "A post was looted. The raid took place on 02/09.\n"
                + "Le pont a sauté. Le sabotage a eu lieu le 30 août (source datée du 04/09).",
            SEPT_8,
            ReportFrames.class);
    assertTrue(hit(r, "On 3 September").report);
    assertFalse(hit(r, "on 1 September").report);
    assertFalse(hit(r, "on 1 September").restate);
    assertTrue(hit(r, "on 02/09").restate);
    assertTrue(hit(r, "le 30 août").restate);
    assertTrue(hit(r, "du 04/09").report);
  }

  @Test
  void absoluteValuesComeBeforeTheNarrativeAndRelativeOnesAfter() {
    Resolution r =
        upTo("En 2008, la digue a cédé. En mai, les eaux ont monté.", SEPT_8, AnchorValues.class);
    assertEquals(DateInterval.year(2008), hit(r, "En 2008").value);
    assertNull(hit(r, "En mai").value, "a month without a year waits for the narrative");
  }

  @Test
  void narrativeReferenceIsTheLastFramingDateOfTheParagraph() {
    Resolution r =
        upTo(
            "En 2008, la digue a cédé. Les accords de 1999 étaient caducs. En mai, l'eau a monté.\n"
                + "En juin, la ville a voté.",
            SEPT_8,
            NarrativeReference.class);
    TimeHit frame = hit(r, "En 2008");
    // "de 1999" is a mention: it frames nothing.
    assertSame(frame, hit(r, "En mai").narrative);
    // A new paragraph starts with no narrative date.
    assertNull(hit(r, "En juin").narrative);
  }

  @Test
  void narrativeDayIsTheLastDatedExpressionOfTheParagraph() {
    Resolution r =
        upTo(
            "Le 3 mai 2010, l'alerte a été donnée. Dans la soirée, la digue a cédé.",
            SEPT_8,
            AnchorValues.class);
    Reference day = NarrativeReference.day(r, hit(r, "Dans la soirée"));
    assertEquals(DateInterval.day(LocalDate.of(2010, 5, 3)), day.value());
    assertTrue(day.anchor().startsWith("expression:"), day.anchor());
  }

  @Test
  void anaphoraCountsFromThePreviousExpressionAndThePartsOfTheDayFromTheNarrative() {
    Resolution r =
        upTo(
            "Le 3 mai 2010, l'alerte a été donnée. Le lendemain, la digue a cédé. Dans la nuit,"
                + " l'eau est montée.",
            SEPT_8,
            Anaphora.class);
    assertEquals(DateInterval.day(LocalDate.of(2010, 5, 4)), hit(r, "Le lendemain").value);
    assertEquals(DateInterval.day(LocalDate.of(2010, 5, 4)), hit(r, "Dans la nuit").value);
  }

  @Test
  void leansOfADateWithoutAYear() {
    DateInterval sept = SEPT_8;
    DateInterval nov2021 = DateInterval.day(LocalDate.of(2021, 11, 1));
    DateInterval nov2020 = DateInterval.day(LocalDate.of(2020, 11, 1));
    // News looks back but takes a near future; a past clause does not; "dernier" never.
    assertTrue(
        DateMath.yearCost(sept, nov2021, DateMath.Lean.DEFAULT)
            < DateMath.yearCost(sept, nov2020, DateMath.Lean.DEFAULT));
    assertTrue(
        DateMath.yearCost(sept, nov2020, DateMath.Lean.PAST)
            < DateMath.yearCost(sept, nov2021, DateMath.Lean.PAST));
    assertTrue(
        DateMath.yearCost(sept, nov2020, DateMath.Lean.BEFORE)
            < DateMath.yearCost(sept, nov2021, DateMath.Lean.BEFORE));
    // "prochain": strictly after, even a day that is the reference's own.
    assertFalse(
        DateMath.yearCost(sept, sept, DateMath.Lean.AFTER)
            < DateMath.yearCost(
                sept, DateInterval.day(LocalDate.of(2022, 9, 8)), DateMath.Lean.AFTER));
  }
}
