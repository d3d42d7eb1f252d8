package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeKind;

/**
 * The TimeML date classes of issue 13, one row per class and language; our own sentences, one
 * paragraph per line ("\n" in a row).
 */
class DateClassesTest {
  /** The expression of a document whose text is exactly {@code text}, if it was read. */
  static Optional<TimeExpression> find(DatedDocument d, String text) {
    return d.times().stream().filter(x -> x.text().equals(text)).findFirst();
  }

  /** The expression whose text is exactly {@code text}; fails the test when none was read. */
  static TimeExpression only(DatedDocument d, String text) {
    Optional<TimeExpression> t = find(d, text);
    assertTrue(t.isPresent(), "no expression \"" + text + "\" in " + d.times());
    return t.get();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # class          | published  | text                                                                   | expression             | from       | to         | precision | kind
          bare year        | 2021-09-08 | Le barrage, achevé en 1975, a cédé ; les travaux de 1988 n'y ont rien fait. | 1988        | 1988-01-01 | 1988-12-31 | year      | DATE
          bare year        | 2021-09-08 | The dam, finished in 1975, gave way; the 1988 repairs did not help.    | 1988                   | 1988-01-01 | 1988-12-31 | year      | DATE
          year prep        | 2021-09-08 | La zone est restée calme jusqu'en 2004.                                | jusqu'en 2004          | 2004-01-01 | 2004-12-31 | year      | DATE
          year prep        | 2021-09-08 | The area stayed calm until 2004.                                       | until 2004             | 2004-01-01 | 2004-12-31 | year      | DATE
          two-digit        | 2021-09-08 | Les émeutes du 3 mai 68 ont marqué le pays.                            | 3 mai 68               | 1968-05-03 | 1968-05-03 | day       | DATE
          two-digit        | 2021-09-08 | Le cessez-le-feu de janvier 05, rompu aussitôt.                        | janvier 05             | 2005-01-01 | 2005-01-31 | month     | DATE
          two-digit        | 2021-09-08 | The riots of May '68 shook the country.                                | May '68                | 1968-05-01 | 1968-05-31 | month     | DATE
          narrative month  | 2021-09-08 | En 2003, le nord s'est soulevé. En avril, les mutins tenaient trois villes. | En avril          | 2003-04-01 | 2003-04-30 | month     | DATE
          narrative month  | 2021-09-08 | In 2003 the north rose up. In April, the mutineers held three towns.   | In April               | 2003-04-01 | 2003-04-30 | month     | DATE
          narrative day    | 2021-09-08 | Le 2 février 2016, la ville a été encerclée. Le 9 février, elle est tombée. | Le 9 février      | 2016-02-09 | 2016-02-09 | day       | DATE
          past month       | 2021-09-08 | La digue avait cédé en octobre.                                        | en octobre             | 2020-10-01 | 2020-10-31 | month     | DATE
          past month       | 2021-09-08 | The dyke had given way in October.                                     | in October             | 2020-10-01 | 2020-10-31 | month     | DATE
          future month     | 2021-01-15 | La conférence se réunira en juillet.                                   | en juillet             | 2021-07-01 | 2021-07-31 | month     | DATE
          future month     | 2021-01-15 | The conference will meet in July.                                      | in July                | 2021-07-01 | 2021-07-31 | month     | DATE
          bare month       | 2021-09-08 | Les récoltes d'avril ont été maigres.                                  | avril                  | 2021-04-01 | 2021-04-30 | month     | DATE
          bare month       | 2021-09-08 | The April harvest was poor.                                            | April                  | 2021-04-01 | 2021-04-30 | month     | DATE
          next date        | 2021-09-08 | La prochaine session ouvrira le 2 septembre prochain.                  | le 2 septembre prochain | 2022-09-02 | 2022-09-02 | day      | DATE
          last month name  | 2021-09-08 | Le scrutin d'août dernier a été annulé.                                | août dernier           | 2021-08-01 | 2021-08-31 | month     | DATE
          last month name  | 2021-09-08 | The vote of last August was annulled.                                  | last August            | 2021-08-01 | 2021-08-31 | month     | DATE
          programme        | 2021-09-08 | Au programme du sommet : jeudi, les ministres ; vendredi, les chefs d'État. | vendredi          | 2021-09-10 | 2021-09-10 | day       | DATE
          programme        | 2021-09-08 | On the summit's agenda: Thursday, the ministers; Friday, the heads of state. | Friday           | 2021-09-10 | 2021-09-10 | day       | DATE
          same day         | 2021-09-08 | Le pont a sauté le 14 juillet 2019. Ce jour-là, la crue a emporté les débris. | Ce jour-là      | 2019-07-14 | 2019-07-14 | day       | DATE
          same day         | 2021-09-08 | The bridge blew up on July 14, 2019. That day, the flood swept the debris away. | That day      | 2019-07-14 | 2019-07-14 | day       | DATE
          next day         | 2021-09-08 | La trêve a été signée le 1er juin 2018 ; le lendemain, elle était rompue. | le lendemain        | 2018-06-02 | 2018-06-02 | day       | DATE
          morning same     | 2021-09-08 | Le 5 mars 2017, le camp a été évacué. Le soir même, il brûlait.        | Le soir même           | 2017-03-05 | 2017-03-05 | day       | TIME
          morning same     | 2021-09-08 | On March 5, 2017, the camp was cleared. That evening, it burned.       | That evening           | 2017-03-05 | 2017-03-05 | day       | TIME
          same weekday     | 2021-09-08 | Vendredi, le port a rouvert. Ce même vendredi soir, un navire a accosté. | Ce même vendredi soir | 2021-09-03 | 2021-09-03 | day       | TIME
          part of day      | 2021-09-08 | Le 20 avril 2015, la colonne est partie. Dans l'après-midi, elle a atteint le fleuve. | Dans l'après-midi | 2015-04-20 | 2015-04-20 | day | TIME
          part of day      | 2021-09-08 | On April 20, 2015 the column set off. In the afternoon it reached the river. | In the afternoon  | 2015-04-20 | 2015-04-20 | day       | TIME
          noon             | 2021-09-08 | Samedi, les sirènes ont retenti. Vers minuit, le calme est revenu.     | Vers minuit            | 2021-09-04 | 2021-09-04 | day       | TIME
          noon             | 2021-09-08 | On Saturday the sirens sounded. Around midnight, calm returned.        | Around midnight        | 2021-09-04 | 2021-09-04 | day       | TIME
          clock narrative  | 2021-09-08 | Jeudi, la grève a commencé. À 18 h, les magasins étaient fermés.       | À 18 h                 | 2021-09-02 | 2021-09-02 | day       | TIME
          since            | 2021-09-08 | Le marché est fermé depuis jeudi.                                      | jeudi                  | 2021-09-02 | 2021-09-02 | day       | DATE
          since            | 2021-09-08 | The market has been shut since 2012 in the district.                   | 2012                   | 2012-01-01 | 2012-12-31 | year      | DATE
          season           | 2021-11-20 | Les pluies de l'été ont épargné la vallée ; au printemps, elle avait brûlé. | au printemps      | 2021-03-01 | 2021-05-31 | month     | DATE
          season           | 2021-11-20 | The rains spared the valley this summer; in the spring it had burned.  | this summer            | 2021-06-01 | 2021-08-31 | month     | DATE
          season year      | 2021-11-20 | L'offensive de l'hiver 2019 a échoué.                                   | l'hiver 2019          | 2019-12-01 | 2020-02-29 | month     | DATE
          season last      | 2021-11-20 | Last winter, the passes were closed.                                   | Last winter            | 2020-12-01 | 2021-02-28 | month     | DATE
          end of year      | 2021-09-08 | Le chantier sera achevé à la fin de l'année.                           | à la fin de l'année    | 2021-01-01 | 2021-12-31 | year      | DATE
          end of year      | 2021-09-08 | The site will be finished by the end of the year.                      | the end of the year    | 2021-01-01 | 2021-12-31 | year      | DATE
          recent weeks     | 2021-09-08 | Les prix ont doublé au cours des derniers mois.                        | au cours des derniers mois | 2021-06-08 | 2021-09-08 | month | DATE
          recent weeks     | 2021-09-08 | Prices have doubled over the past few months.                          | over the past few months | 2021-06-08 | 2021-09-08 | month   | DATE
          within a week    | 2021-09-08 | Four villages have fallen to the rebels within a week's time.          | within a week's time   | 2021-09-01 | 2021-09-08 | day       | DATE
          coming days      | 2021-09-08 | Une décision est attendue dans les prochains jours.                    | dans les prochains jours | 2021-09-08 | 2021-09-11 | week    | DATE
          coming days      | 2021-09-08 | A decision is expected in the coming days.                             | in the coming days     | 2021-09-08 | 2021-09-11 | week      | DATE
          start of year    | 2021-09-08 | La route avait été coupée en début d'année.                            | en début d'année       | 2021-01-01 | 2021-12-31 | year      | DATE
          cross-month      | 2021-09-08 | Les pourparlers ont duré du 30 juin au 2 juillet.                      | du 30 juin au 2 juillet | 2021-06-30 | 2021-07-02 | day      | DATE
          cross-month      | 2021-09-08 | The talks ran from June 30 to July 2.                                  | from June 30 to July 2 | 2021-06-30 | 2021-07-02 | day       | DATE
          """)
  void dateClass(
      String cls,
      String published,
      String text,
      String expression,
      String from,
      String to,
      String precision,
      String kind) {
    TimeExpression t = assertRead(cls, published, text, expression, from, to, precision);
    assertEquals(TimeKind.valueOf(kind), t.kind(), cls);
  }

  /**
   * The expression read in {@code text} (published on that day), checked for its interval and
   * precision; returned for further checks.
   */
  static TimeExpression assertRead(
      String cls,
      String published,
      String text,
      String expression,
      String from,
      String to,
      String precision) {
    TimeExpression t =
        only(Docs.dated(text, DateInterval.day(LocalDate.parse(published))), expression);
    assertEquals(LocalDate.parse(from), t.value().from(), cls);
    assertEquals(LocalDate.parse(to), t.value().to(), cls);
    assertEquals(DatePrecision.fromWire(precision), t.value().precision(), cls);
    return t;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le quartier est désormais calme.              | désormais
          Actuellement, trois routes sont ouvertes.      | Actuellement
          The district is currently calm.               | currently
          For now, three roads are open.                | For now
          """)
  void presentHasNoValue(String text, String expression) {
    TimeExpression t =
        only(Docs.dated(text, DateInterval.day(LocalDate.of(2021, 9, 8))), expression);
    assertNull(t.value());
    assertEquals("present", t.anchor());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le 3 mars 12 soldats ont été tués.                       | 3 mars 12
          Plus de 2000 personnes ont fui.                          | 2000
          Some 1990 families fled.                                 | 1990
          La milice a été créée au printemps arabe.                | au printemps
          After the fall of the capital, talks stalled.            | the fall
          Il a été blessé.                                         | été
          Les miliciens Maï-Maï et les Mai-Mai Yakutumba.          | Mai
          """)
  void notADate(String text, String expression) {
    DatedDocument d = Docs.dated(text, DateInterval.day(LocalDate.of(2021, 9, 8)));
    assertFalse(find(d, expression).isPresent(), expression + " in " + d.times());
  }

  @Test
  void aBareYearIsAMentionAndFramesNothing() {
    // "de 1999" names the accords: "en mars" keeps the publication's year.
    DatedDocument d =
        Docs.dated(
            "Les accords de 1999 sont caducs. En mars, la ville avait été reprise.",
            DateInterval.day(LocalDate.of(2021, 9, 8)));
    assertTrue(only(d, "1999").anchor().endsWith(";mention"));
    assertEquals(LocalDate.of(2021, 3, 1), only(d, "En mars").value().from());
  }

  @Test
  void theNarrativeYearStaysInItsParagraph() {
    DatedDocument d =
        Docs.dated(
            "En 1997, la guerre a éclaté.\nEn mars, la ville avait été reprise.",
            DateInterval.day(LocalDate.of(2021, 9, 8)));
    assertEquals(LocalDate.of(2021, 3, 1), only(d, "En mars").value().from());
  }
}
