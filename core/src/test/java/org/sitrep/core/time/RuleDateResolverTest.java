package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeKind;

/** One rule per row, in French and English; our own sentences. */
class RuleDateResolverTest {
  private static DateInterval published(String p) {
    return p.length() == 7
        ? DateInterval.month(YearMonth.parse(p))
        : DateInterval.day(LocalDate.parse(p));
  }

  private static TimeExpression only(DatedDocument d, String text) {
    Optional<TimeExpression> t = d.times().stream().filter(x -> x.text().equals(text)).findFirst();
    assertTrue(t.isPresent(), "no expression \"" + text + "\" in " + d.times());
    return t.get();
  }

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule      | published  | sentence                                                  | expression                     | from       | to         | precision | kind
          absolute    | 2021-09-08 | La colonne est arrivée le 10 août à l'aube.               | le 10 août                     | 2021-08-10 | 2021-08-10 | day       | DATE
          absolute    | 2021-09-08 | The column arrived on August 10 at dawn.                  | on August 10                   | 2021-08-10 | 2021-08-10 | day       | DATE
          with year   | 2021-09-08 | Le traité du 29 février 2020 est caduc.                   | 29 février 2020                | 2020-02-29 | 2020-02-29 | day       | DATE
          with year   | 2021-09-08 | The deal of February 29, 2020 has lapsed.                 | February 29, 2020              | 2020-02-29 | 2020-02-29 | day       | DATE
          numeric     | 2021-09-08 | Le communiqué du 10/08/2021 parle de pertes.              | 10/08/2021                     | 2021-08-10 | 2021-08-10 | day       | DATE
          iso         | 2021-09-08 | The report dated 2021-08-10 mentions losses.              | 2021-08-10                     | 2021-08-10 | 2021-08-10 | day       | DATE
          year infer  | 2022-01-03 | Le 28 décembre, la route a été coupée.                    | Le 28 décembre                 | 2021-12-28 | 2021-12-28 | day       | DATE
          year infer  | 2022-01-03 | On December 28, the road was cut.                         | On December 28                 | 2021-12-28 | 2021-12-28 | day       | DATE
          abbrev ord  | 2019-08-02 | On Jul 26th 2019, herders fought over a well.             | On Jul 26th 2019               | 2019-07-26 | 2019-07-26 | day       | DATE
          abbrev ord  | 2019-06-20 | On Jun 3rd, traders closed the market.                    | On Jun 3rd                     | 2019-06-03 | 2019-06-03 | day       | DATE
          month       | 2021-09-08 | Les combats ont repris en juillet.                        | en juillet                     | 2021-07-01 | 2021-07-31 | month     | DATE
          month       | 2021-09-08 | Fighting resumed in July.                                 | in July                        | 2021-07-01 | 2021-07-31 | month     | DATE
          weekday     | 2021-09-08 | Le poste est tombé samedi.                                | samedi                         | 2021-09-04 | 2021-09-04 | day       | DATE
          weekday     | 2021-09-08 | The post fell on Saturday.                                | on Saturday                    | 2021-09-04 | 2021-09-04 | day       | DATE
          same day    | 2021-09-08 | Les frappes ont eu lieu mercredi.                         | mercredi                       | 2021-09-08 | 2021-09-08 | day       | DATE
          next        | 2021-09-08 | Le vote aura lieu jeudi prochain.                         | jeudi prochain                 | 2021-09-09 | 2021-09-09 | day       | DATE
          next        | 2021-09-08 | The vote will be held next Thursday.                      | next Thursday                  | 2021-09-09 | 2021-09-09 | day       | DATE
          future      | 2021-09-08 | Les pourparlers reprendront samedi à Doha.                | samedi                         | 2021-09-11 | 2021-09-11 | day       | DATE
          future      | 2021-09-08 | Talks will resume on Saturday in Doha.                    | on Saturday                    | 2021-09-11 | 2021-09-11 | day       | DATE
          future      | 2021-09-08 | Le convoi doit partir ce week-end.                        | ce week-end                    | 2021-09-11 | 2021-09-12 | day       | DATE
          past clause | 2021-09-08 | Le front, qui tiendra bon, a reculé samedi.               | samedi                         | 2021-09-04 | 2021-09-04 | day       | DATE
          last        | 2021-09-08 | Il a parlé mercredi dernier.                              | mercredi dernier               | 2021-09-01 | 2021-09-01 | day       | DATE
          time of day | 2021-09-08 | The blast came on Tuesday evening.                        | on Tuesday evening             | 2021-09-07 | 2021-09-07 | day       | TIME
          time of day | 2021-09-08 | L'explosion a eu lieu mardi soir.                         | mardi soir                     | 2021-09-07 | 2021-09-07 | day       | TIME
          yesterday   | 2021-09-08 | Des tirs ont été entendus hier.                           | hier                           | 2021-09-07 | 2021-09-07 | day       | DATE
          yesterday   | 2021-09-08 | Shots were heard yesterday.                               | yesterday                      | 2021-09-07 | 2021-09-07 | day       | DATE
          today       | 2021-09-08 | Aujourd’hui, la route est rouverte.                       | Aujourd’hui                    | 2021-09-08 | 2021-09-08 | day       | DATE
          last week   | 2021-09-08 | La semaine dernière, la ville est tombée.                 | La semaine dernière            | 2021-08-30 | 2021-09-05 | week      | DATE
          last week   | 2021-09-08 | Last week, the city fell.                                 | Last week                      | 2021-08-30 | 2021-09-05 | week      | DATE
          this week   | 2021-09-08 | Cette semaine, les écoles ont rouvert.                    | Cette semaine                  | 2021-09-06 | 2021-09-12 | week      | DATE
          last month  | 2021-09-08 | Last month, prices doubled.                               | Last month                     | 2021-08-01 | 2021-08-31 | month     | DATE
          weekend     | 2021-09-08 | Des combats ont eu lieu ce week-end.                      | ce week-end                    | 2021-09-04 | 2021-09-05 | day       | DATE
          weekend     | 2021-09-08 | Fighting went on over the weekend.                        | over the weekend               | 2021-09-04 | 2021-09-05 | day       | DATE
          night       | 2021-09-08 | Ils ont fui dans la nuit de dimanche à lundi.             | dans la nuit de dimanche à lundi | 2021-09-05 | 2021-09-06 | day     | DATE
          night       | 2021-09-08 | They fled on the night of Sunday to Monday.               | on the night of Sunday to Monday | 2021-09-05 | 2021-09-06 | day     | DATE
          since       | 2021-09-08 | Les routes sont fermées depuis dimanche.                  | dimanche                       | 2021-09-05 | 2021-09-05 | day       | DATE
          since       | 2021-09-08 | Roads have been closed since Sunday.                      | Sunday                         | 2021-09-05 | 2021-09-05 | day       | DATE
          ago         | 2021-09-08 | Il y a deux jours, un drone a frappé.                     | Il y a deux jours              | 2021-09-06 | 2021-09-06 | day       | DATE
          ago         | 2021-09-08 | A drone struck three weeks ago.                           | three weeks ago                | 2021-08-15 | 2021-08-21 | week      | DATE
          in          | 2021-09-08 | The envoy arrives in two days.                            | in two days                    | 2021-09-10 | 2021-09-10 | day       | DATE
          decade      | 2021-09-08 | La vallée a résisté dans les années 1980.                 | dans les années 1980           | 1980-01-01 | 1989-12-31 | year      | DATE
          decade      | 2021-09-08 | The valley held out in the 1980s.                         | in the 1980s                   | 1980-01-01 | 1989-12-31 | year      | DATE
          range       | 2019-04-08 | La conférence, prévue du 14 au 16 avril, est reportée.    | du 14 au 16 avril              | 2019-04-14 | 2019-04-16 | day       | DATE
          range       | 2019-04-08 | The conference, planned for April 14-16, is off.          | April 14-16                    | 2019-04-14 | 2019-04-16 | day       | DATE
          night of    | 2023-06-20 | The dam was destroyed overnight on June 6.                | overnight on June 6            | 2023-06-05 | 2023-06-06 | day       | DATE
          past year   | 2022-10-11 | Depuis le 24 février, l'armée a reculé.                   | le 24 février                  | 2022-02-24 | 2022-02-24 | day       | DATE
          past year   | 2022-10-11 | Since February 24, the army has retreated.                | February 24                    | 2022-02-24 | 2022-02-24 | day       | DATE
          near future | 2021-08-25 | Le retrait doit s'achever le 31 août.                     | le 31 août                     | 2021-08-31 | 2021-08-31 | day       | DATE
          clock       | 2021-09-08 | Un message publié à 13h40 GMT.                            | à 13h40 GMT                    | 2021-09-08 | 2021-09-08 | day       | TIME
          clock       | 2021-09-08 | A post published at 1:40 pm GMT.                          | at 1:40 pm GMT                 | 2021-09-08 | 2021-09-08 | day       | TIME
          """)
  void rule(
      String rule,
      String published,
      String sentence,
      String expression,
      String from,
      String to,
      String precision,
      String kind) {
    TimeExpression t = only(Docs.dated(sentence, published(published)), expression);
    assertEquals(LocalDate.parse(from), t.value().from(), rule);
    assertEquals(LocalDate.parse(to), t.value().to(), rule);
    assertEquals(DatePrecision.fromWire(precision), t.value().precision(), rule);
    assertEquals(TimeKind.valueOf(kind), t.kind(), rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ils ont combattu pendant 20 ans.         | pendant 20 ans  | DURATION
          They fought for three days.              | for three days  | DURATION
          Le marché ferme chaque lundi.            | chaque lundi    | SET
          The market closes every Monday.          | every Monday    | SET
          """)
  void durationsAndSetsHaveNoDate(String sentence, String expression, String kind) {
    TimeExpression t = only(Docs.dated(sentence, published("2021-09-08")), expression);
    assertEquals(TimeKind.valueOf(kind), t.kind());
    assertNull(t.value());
    assertEquals("none", t.anchor());
  }

  @Test
  void weekdayAndDateThatDisagreeKeepTheDateAndSaySo() {
    // 7 September 2021 was a Tuesday, not a Monday.
    TimeExpression t =
        only(
            Docs.dated("L'annonce est venue ce lundi 7 septembre.", published("2021-09-08")),
            "ce lundi 7 septembre");
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 7)), t.value());
    assertTrue(t.anchor().endsWith(";weekday-mismatch"), t.anchor());
  }

  @Test
  void weekdayAgainstMonthOnlyPublicationIsTheIntervalOfCandidates() {
    TimeExpression t =
        only(Docs.dated("Le district est tombé dimanche.", published("2021-08")), "dimanche");
    // Sundays 1, 8, 15, 22 and 29 August 2021 are all possible.
    assertEquals(LocalDate.of(2021, 8, 1), t.value().from());
    assertEquals(LocalDate.of(2021, 8, 29), t.value().to());
    assertEquals(DatePrecision.MONTH, t.value().precision());
  }

  @Test
  void weekdayWithDayNumberNarrowsToTheConsistentDay() {
    // Only in September 2021 is the 6th a Monday, among the months around the reference.
    TimeExpression t =
        only(Docs.dated("The offensive began on Monday 6.", published("2021-09")), "on Monday 6");
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 6)), t.value());
  }

  @Test
  void explicitDayNarrowsMonthOnlyReferenceForTheWholeDocument() {
    DatedDocument d =
        Docs.dated(
            "Dimanche, le front a appelé au calme.\nLes rebelles ont annoncé ce lundi 6 septembre leur victoire.",
            published("2021-09"));
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 6)), d.reference());
    assertEquals("ce lundi 6 septembre", d.referenceSource().text());
    TimeExpression sunday = only(d, "Dimanche");
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 5)), sunday.value());
    assertTrue(sunday.anchor().startsWith("reference:"), sunday.anchor());
  }

  @Test
  void englishDayWithWeekdayNarrowsToo() {
    DatedDocument d =
        Docs.dated(
            "On Saturday the pass was closed.\nThe group said on Monday, September 6 that it had won.",
            published("2021-09"));
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 4)), only(d, "On Saturday").value());
  }

  @Test
  void aDayToldAsPastBoundsAMonthOnlyReferenceFromBelow() {
    // written on or after 27 October: "ce samedi", told as done, is then 29 October only
    DatedDocument fr =
        Docs.dated(
            "Les rebelles ont pris ce samedi la ville. Ils avaient saisi un poste le 27 octobre.",
            published("2022-10"));
    assertEquals(LocalDate.of(2022, 10, 27), fr.reference().from());
    assertEquals(LocalDate.of(2022, 10, 31), fr.reference().to());
    assertEquals(DateInterval.day(LocalDate.of(2022, 10, 29)), only(fr, "ce samedi").value());
    DatedDocument en =
        Docs.dated(
            "The rebels took the town this Saturday. They had seized a post on October 27.",
            published("2022-10"));
    assertEquals(DateInterval.day(LocalDate.of(2022, 10, 29)), only(en, "this Saturday").value());
    // a day told as to come bounds nothing
    DatedDocument future =
        Docs.dated(
            "Les rebelles ont pris la ville. Ils partiront le 27 octobre.", published("2022-10"));
    assertEquals(LocalDate.of(2022, 10, 1), future.reference().from());
  }

  @Test
  void dayPublicationIsNotOverriddenByTheText() {
    DatedDocument d =
        Docs.dated("Ce lundi 6 septembre, rien. Dimanche, des tirs.", published("2021-09-10"));
    assertEquals(DateInterval.day(LocalDate.of(2021, 9, 10)), d.reference());
    assertEquals(LocalDate.of(2021, 9, 5), only(d, "Dimanche").value().from());
  }

  @Test
  void offsetAfterAnEventDatesTheEventBackFromItsClause() {
    DatedDocument d =
        Docs.dated(
            "Trois semaines après la chute de la capitale, le groupe a annoncé ce lundi 6 septembre sa victoire.",
            published("2021-09"));
    TimeExpression t = only(d, "Trois semaines après");
    assertEquals(
        new DateInterval(LocalDate.of(2021, 8, 13), LocalDate.of(2021, 8, 19), DatePrecision.WEEK),
        t.value());
    assertTrue(t.anchor().startsWith("complement:"), t.anchor());
  }

  @Test
  void offsetAfterADateIsOneExpression() {
    DatedDocument d =
        Docs.dated("Three days after August 10, the town fell.", published("2021-09-08"));
    TimeExpression t = only(d, "Three days after August 10");
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 13)), t.value());
    assertEquals(1, d.times().size());
  }

  @Test
  void laterCountsFromThePreviousExpression() {
    DatedDocument d =
        Docs.dated(
            "Le pont a sauté le 20 août.\nTrois jours plus tard, la ville est tombée.",
            published("2021-09-08"));
    TimeExpression t = only(d, "Trois jours plus tard");
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 23)), t.value());
    assertEquals("expression:" + d.text().indexOf("le 20 août"), t.anchor());
  }

  @Test
  void withoutAnyDateRelativeExpressionsStayUnresolved() {
    DatedDocument d = Docs.dated("Hier, des tirs. Le 10 août 2021, un accord.", null);
    assertNull(only(d, "Hier").value());
    assertEquals("unanchored", only(d, "Hier").anchor());
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 10)), only(d, "Le 10 août 2021").value());
  }

  @Test
  void ordinaryWordsAreNotDates() {
    List<TimeExpression> t =
        Docs.dated(
                "It may be that the march on the capital was an august event. Theresa May said so.",
                published("2021-09-08"))
            .times();
    assertTrue(t.isEmpty(), t.toString());
  }

  @Test
  void impossibleDatesAreDropped() {
    assertTrue(Docs.dated("Le 31 février, rien.", published("2021-09-08")).times().isEmpty());
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "Selon l’armée, la ville est tombée dimanche soir.";
    for (TimeExpression t : Docs.dated(text, published("2021-09-08")).times()) {
      assertEquals(text.substring(t.span().start(), t.span().end()), t.text());
    }
  }

  @Test
  void aDateFollowedByACountIsNotARange() {
    DatedDocument d = Docs.dated("On August 10 and 12 people died.", published("2021-09-08"));
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 10)), only(d, "On August 10").value());
  }

  @Test
  void aWeekdayFollowedByACountIsNotADate() {
    DatedDocument d =
        Docs.dated(
            "On Monday 12 soldiers were killed. Lundi 12 soldats ont été tués.",
            published("2021-09-08"));
    assertEquals(
        List.of("On Monday", "Lundi"), d.times().stream().map(TimeExpression::text).toList());
  }
}
