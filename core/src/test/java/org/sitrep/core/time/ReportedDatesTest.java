package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;
import org.sitrep.model.TimeExpression;

/**
 * Dates as field reports write them (issue 11): numeric day/month without a year, misspelt month
 * names, runs of days and nights, weeks and months named as such, days that name an occasion, a
 * report's date and a date restated for what was told before. Our own sentences.
 */
class ReportedDatesTest {
  private static final DateInterval MARCH_10 = DateInterval.day(LocalDate.of(2021, 3, 10));

  private static Optional<TimeExpression> find(DatedDocument d, String text) {
    return DateClassesTest.find(d, text);
  }

  private static TimeExpression only(DatedDocument d, String text) {
    return DateClassesTest.only(d, text);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # class            | published  | text                                                        | expression                      | from       | to         | precision
          numeric day first  | 2021-03-10 | Gunmen robbed a bus on 28/02 near the bridge.               | on 28/02                        | 2021-02-28 | 2021-02-28 | day
          numeric heading    | 2021-03-10 | 04/03, evening, Hola: a militia burned huts.                | 04/03                           | 2021-03-04 | 2021-03-04 | day
          numeric one digit  | 2021-03-10 | A guard was stabbed on 6/3 at the gate.                     | on 6/3                          | 2021-03-06 | 2021-03-06 | day
          numeric month first| 2021-03-10 | Traders marched on 03/09 in the market.                     | on 03/09                        | 2021-03-09 | 2021-03-09 | day
          numeric only month first | 2021-01-05 | The shop was looted on 12/25.                     | on 12/25                        | 2020-12-25 | 2020-12-25 | day
          numeric french     | 2021-03-10 | Des hommes armés ont pillé le dispensaire le 27/02.         | le 27/02                        | 2021-02-27 | 2021-02-27 | day
          transposed month   | 2021-10-02 | Around Spet 21st 2021 (date unclear), youths fought.        | Around Spet 21st 2021           | 2021-09-21 | 2021-09-21 | day
          transposed month   | 2021-10-20 | On Otcober 3rd, police fired on a crowd.                    | On Otcober 3rd                  | 2021-10-03 | 2021-10-03 | day
          transposed french  | 2021-10-02 | Le 21 setpembre, des jeunes se sont battus.                 | Le 21 setpembre                 | 2021-09-21 | 2021-09-21 | day
          month with dot     | 2021-10-02 | 12 Sep. Residents of the ward marched.                      | 12 Sep.                         | 2021-09-12 | 2021-09-12 | day
          day-first range    | 2021-03-10 | Pupils threw stones at a bus on 22-23 February.             | on 22-23 February               | 2021-02-22 | 2021-02-23 | day
          day-first range    | 2021-03-10 | Riots went on from 1 to 3 Mar in the town.                  | from 1 to 3 Mar                 | 2021-03-01 | 2021-03-03 | day
          between ordinals   | 2021-03-10 | Two herders were killed between 25th and 26th of Feb. at a dam. | between 25th and 26th of Feb. | 2021-02-25 | 2021-02-26 | day
          two days and       | 2021-03-10 | Clans fought on February 18th and 19th in the hills.        | on February 18th and 19th       | 2021-02-18 | 2021-02-19 | day
          two days french    | 2021-03-10 | Des heurts ont eu lieu les 6 et 7 mars à la frontière.      | les 6 et 7 mars                 | 2021-03-06 | 2021-03-07 | day
          cross-month        | 2021-03-10 | Between 23 Feb and 2 Mar 2021, a detainee was beaten.       | Between 23 Feb and 2 Mar 2021   | 2021-02-23 | 2021-03-02 | day
          numeric run        | 2021-03-10 | Cattle raids went on from 26/02 to 07/03 along the river.   | from 26/02 to 07/03             | 2021-02-26 | 2021-03-07 | day
          night of days      | 2021-03-10 | On the night of 23 to 24 February, a hut was burnt.         | On the night of 23 to 24 February | 2021-02-23 | 2021-02-24 | day
          week beginning     | 2021-03-10 | During the week beginning February 22nd, raiders took goats. | During the week beginning February 22nd | 2021-02-22 | 2021-02-28 | week
          week of            | 2021-03-10 | Week of 22 February. Pupils marched.                        | Week of 22 February             | 2021-02-22 | 2021-02-28 | week
          semaine du         | 2021-03-10 | Au cours de la semaine du 22 février, des chèvres ont été volées. | Au cours de la semaine du 22 février | 2021-02-22 | 2021-02-28 | week
          month of           | 2021-03-10 | During the month of February, four men were killed.         | During the month of February    | 2021-02-01 | 2021-02-28 | month
          mois de            | 2021-03-10 | Durant le mois de février, quatre hommes ont été tués.      | Durant le mois de février       | 2021-02-01 | 2021-02-28 | month
          middle of month    | 2021-03-10 | Two clans clashed at some point during the middle of February. | at some point during the middle of February | 2021-02-01 | 2021-02-28 | month
          day with no month  | 2021-03-10 | Riot police chased hawkers on the 4th in the square.       | on the 4th                      | 2021-03-04 | 2021-03-04 | day
          day with no month  | 2021-03-10 | Cattle were driven off on the night of the 21st.            | on the night of the 21st        | 2021-02-21 | 2021-02-21 | day
          day with no month  | 2021-05-10 | Gunmen robbed a shop on the 31st, police said.              | on the 31st                     | 2021-03-31 | 2021-03-31 | day
          day after a day    | 2021-04-20 | On 27 March a post was shelled. On the 2nd, it fell.        | On the 2nd                      | 2021-04-02 | 2021-04-02 | day
          """)
  void fieldReportDate(
      String cls,
      String published,
      String text,
      String expression,
      String from,
      String to,
      String precision) {
    DateClassesTest.assertRead(cls, published, text, expression, from, to, precision);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The clinic is open 24/7 for the wounded.       | 24/7
          About 1/2 of the staff left the camp.          | 1/2
          Only 2/3 of the wells still work.              | 2/3
          Security changed for good after 9/11 in the city. | 9/11
          """)
  void aFractionIsNoDate(String text, String expression) {
    DatedDocument d = Docs.dated(text, MARCH_10);
    assertTrue(
        d.times().stream().noneMatch(x -> x.text().contains(expression)),
        expression + " in " + d.times());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The walls date from the 12th century, the guide said.  | 12th
          Troops of the 5th battalion patrolled the road.        | 5th
          She came 3rd in the race on the track.                 | 3rd
          """)
  void anOrdinalBeforeANounIsNoDay(String text, String expression) {
    DatedDocument d = Docs.dated(text, MARCH_10);
    assertTrue(
        d.times().stream().noneMatch(x -> x.text().contains(expression)),
        expression + " in " + d.times());
  }

  @Test
  void aNonsenseTranspositionStaysUnread() {
    // "Mya" is too short to be a misspelt "May"; "Jnue" is "June" with two letters swapped.
    assertFalse(find(Docs.dated("Mya 4th, the camp was quiet.", MARCH_10), "Mya 4th").isPresent());
    DateInterval september = DateInterval.day(LocalDate.of(2021, 9, 10));
    TimeExpression june =
        only(Docs.dated("On Jnue 4th, the camp burned.", september), "On Jnue 4th");
    assertEquals(LocalDate.of(2021, 6, 4), june.value().from());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Crowds cheered his February 26 election victory in the square.  | his February 26
          Youths protested against the 26 February repeat poll.           | the 26 February
          Les partisans ont fêté la victoire à l'élection du 26 février.  | 26 février
          Two guards died, one a candidate in the 2020 general election.  | 2020
          Les partisans de l'élection de 2020 ont défilé.                  | 2020
          """)
  void aDayThatNamesAnOccasionDatesNothing(String text, String expression) {
    DatedDocument d = Docs.dated(text, MARCH_10);
    assertTrue(only(d, expression).anchor().contains(";occasion"), d.times().toString());
    // The happening of the sentence falls back on the publication date.
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(0, 5));
    assertEquals(TimeAnchors.PUBLISHED, a.how());
  }

  @Test
  void aPrepositionMakesTheOccasionsDayTheClausesTime() {
    DatedDocument d = Docs.dated("Two men were shot during the February 26 polls.", MARCH_10);
    assertFalse(only(d, "February 26").anchor().contains(";occasion"));
    assertEquals(TimeAnchors.CLAUSE, TimeAnchors.forSpan(d, new CharSpan(13, 17)).how());
  }

  @Test
  void relativeTimesCountFromTheReportsDate() {
    String text = "On 25 February, sources reported that last week a boy was killed in the hills.";
    DatedDocument d = Docs.dated(text, MARCH_10);
    TimeExpression report = only(d, "On 25 February");
    assertTrue(report.anchor().endsWith(";report"), report.anchor());
    TimeExpression week = only(d, "last week");
    // The week before Thursday 25 February, not the week before the publication.
    assertEquals(LocalDate.of(2021, 2, 15), week.value().from());
    assertEquals(LocalDate.of(2021, 2, 21), week.value().to());
    // The killing is dated by the week, not by the day it was reported.
    int killed = text.indexOf("killed");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(killed, killed + 6));
    assertEquals("last week", a.source().orElseThrow().text());
  }

  @Test
  void relativeTimesCountFromTheReportsDateInFrench() {
    DatedDocument d =
        Docs.dated(
            "Le 25 février, on a appris que la semaine dernière un garçon avait été tué.",
            MARCH_10);
    assertEquals(LocalDate.of(2021, 2, 15), only(d, "la semaine dernière").value().from());
  }

  @Test
  void aSourceDateAfterTheTextDatesWhatNothingElseDates() {
    String text = "Two herders were wounded near the well. Exact date unclear, source dated 02/03.";
    DatedDocument d = paragraph(text, MARCH_10);
    int wounded = text.indexOf("wounded");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(wounded, wounded + 7));
    assertEquals(TimeAnchors.REPORT, a.how());
    assertEquals(DateInterval.day(LocalDate.of(2021, 3, 2)), a.value());
  }

  @Test
  void aLaterSentenceRestatesTheDateOfWhatWasToldBefore() {
    String text = "Students rioted at the college. Their union says the riot took place on 26/02.";
    DatedDocument d = paragraph(text, MARCH_10);
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(9, 15));
    assertEquals(TimeAnchors.RESTATED, a.how());
    assertEquals(DateInterval.day(LocalDate.of(2021, 2, 26)), a.value());
    // A restatement in another paragraph is another story.
    DatedDocument two = Docs.dated("Students rioted.\nThe riot took place on 26/02.", MARCH_10);
    assertEquals(TimeAnchors.PUBLISHED, TimeAnchors.forSpan(two, new CharSpan(9, 15)).how());
  }

  @Test
  void aDateOpeningTheSentenceFramesItNotADateAddedAfter() {
    String text =
        "On 4 March, crowds marched in the capital against the arrest of a singer the day before.";
    DatedDocument d = Docs.dated(text, MARCH_10);
    int marched = text.indexOf("marched");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(marched, marched + 7));
    assertEquals(DateInterval.day(LocalDate.of(2021, 3, 4)), a.value());
    // The added date keeps its own value.
    assertEquals(LocalDate.of(2021, 3, 3), only(d, "the day before").value().from());
  }

  @Test
  void aLaterSentenceInheritsTheFrameNotADateTheEarlierOneAdded() {
    String text =
        "On 4 March, two gangs fought in the market the day before a rally. Three men were hurt.";
    DatedDocument d = paragraph(text, MARCH_10);
    int hurt = text.indexOf("hurt");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(hurt, hurt + 4));
    assertEquals(TimeAnchors.PREVIOUS, a.how());
    assertEquals(DateInterval.day(LocalDate.of(2021, 3, 4)), a.value());
  }

  @Test
  void aQualifiedDateStillOpensItsSentence() {
    String text =
        "On or before 2 March, nurses walked out to protest the beating of a colleague in January.";
    DatedDocument d = Docs.dated(text, MARCH_10);
    assertEquals(LocalDate.of(2021, 3, 2), only(d, "On or before 2 March").value().from());
    int walked = text.indexOf("walked");
    Anchored a = TimeAnchors.forSpan(d, new CharSpan(walked, walked + 6));
    assertEquals(DateInterval.day(LocalDate.of(2021, 3, 2)), a.value());
    String aside = "Around 1 March (date not given), a crowd stoned a bus after a crash on Sunday.";
    DatedDocument e = Docs.dated(aside, MARCH_10);
    int stoned = aside.indexOf("stoned");
    assertEquals(
        DateInterval.day(LocalDate.of(2021, 3, 1)),
        TimeAnchors.forSpan(e, new CharSpan(stoned, stoned + 6)).value());
  }

  @Test
  void aCoordinatedClauseAfterTheFrameKeepsItsOwnDateWhenItOpensIt() {
    // Not a date after the span: "on 3 March" precedes "burned" in its own clause.
    String text = "On 1 March, gunmen raided a farm, and on 3 March they burned a school.";
    DatedDocument d = Docs.dated(text, MARCH_10);
    int burned = text.indexOf("burned");
    assertEquals(
        DateInterval.day(LocalDate.of(2021, 3, 3)),
        TimeAnchors.forSpan(d, new CharSpan(burned, burned + 6)).value());
  }

  @Test
  void aGlossInBracketsGivesTheTimeWhenItIsNoWider() {
    DatedDocument d =
        Docs.dated("A thief was beaten by a crowd on the weekend (27-28 February).", MARCH_10);
    TimeExpression weekend = only(d, "on the weekend");
    assertEquals(
        new DateInterval(LocalDate.of(2021, 2, 27), LocalDate.of(2021, 2, 28), DatePrecision.DAY),
        weekend.value());
    assertFalse(find(d, "27-28 February").isPresent(), "the gloss is folded in: " + d.times());
    // A wider gloss leaves the day.
    String text = "Around 2 March 2021 (from 20 February-2 March), police held forty men.";
    DatedDocument e = Docs.dated(text, MARCH_10);
    int held = text.indexOf("held");
    assertEquals(
        DateInterval.day(LocalDate.of(2021, 3, 2)),
        TimeAnchors.forSpan(e, new CharSpan(held, held + 4)).value());
  }

  /** One paragraph, sentences cut after ". " (Docs makes one paragraph per line). */
  private static DatedDocument paragraph(String text, DateInterval published) {
    Document doc = new Document("t", text, published, null, null, null);
    List<Segment> segs =
        List.of(new Segment(new CharSpan(0, text.length()), SegmentKind.BODY, "und"));
    List<Sentence> sents = new ArrayList<>();
    Matcher m = Pattern.compile("[^.]+\\.?").matcher(text);
    while (m.find()) {
      int s = m.start();
      while (s < m.end() && text.charAt(s) == ' ') {
        s++;
      }
      sents.add(
          new Sentence(
              sents.size(), new CharSpan(s, m.end()), "und", 0, SegmentKind.BODY, List.of()));
    }
    AnalyzedDocument a = new AnalyzedDocument(new CleanDocument(doc, segs), sents);
    return Docs.RESOLVER.resolve(a);
  }
}
