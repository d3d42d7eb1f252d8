package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateInterval;
import org.sitrep.model.TimeExpression;

/** Key dated happenings of a theatre, and the narrowing of a month-only reference they allow. */
class KeyDateTest {
  private static final DateInterval AUGUST = DateInterval.month(YearMonth.of(2021, 8));

  private static TimeExpression only(DatedDocument d, String text) {
    Optional<TimeExpression> t =
        d.times().stream().filter(x -> x.text().equalsIgnoreCase(text)).findFirst();
    assertTrue(t.isPresent(), "no expression \"" + text + "\" in " + d.times());
    return t.get();
  }

  private static DateInterval days(String from, String to) {
    return new DateInterval(
        LocalDate.parse(from),
        LocalDate.parse(to),
        org.sitrep.model.DatePrecision.WEEK); // precision not compared below
  }

  private static void assertWithin(DateInterval outer, DateInterval v, String what) {
    assertTrue(
        !v.from().isBefore(outer.from()) && !v.to().isAfter(outer.to()),
        what + " = " + v + " not within " + outer);
  }

  @Test
  void theatreDataIsLoaded() {
    assertTrue(
        Docs.RULES.keyDates().stream()
            .anyMatch(
                k -> k.id().equals("kabul-falls") && k.date().equals(LocalDate.of(2021, 8, 15))));
  }

  @Test
  void frenchCountFromTheFallOfKabulDatesTheComplementExactly() {
    DatedDocument d =
        Docs.dated(
            "Les banques ont rouvert trois semaines après la prise de Kaboul.",
            DateInterval.day(LocalDate.of(2021, 9, 10)));
    TimeExpression t = only(d, "trois semaines après");
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 15)), t.value());
    assertEquals("complement:keydate:kabul-falls", t.anchor());
  }

  @Test
  void nearlyCapsTheCountAndNarrowsAMonthOnlyReference() {
    DatedDocument d =
        Docs.dated(
            "Hier, la foule grossissait devant la base aérienne.\n"
                + "Les vols civils ont cessé près d'une semaine après que les insurgés ont pris le"
                + " contrôle du pays.\n"
                + "Aucun avion n'a décollé depuis dimanche.",
            AUGUST);
    assertEquals("complement:keydate:kabul-falls", only(d, "près d'une semaine après").anchor());
    // Fifteen August plus "nearly a week": 19 (a week less half a week) to 21 (not quite a week).
    assertEquals(LocalDate.of(2021, 8, 19), d.reference().from());
    assertEquals(LocalDate.of(2021, 8, 21), d.reference().to());
    TimeExpression hier = only(d, "Hier");
    assertEquals(LocalDate.of(2021, 8, 18), hier.value().from());
    assertEquals(LocalDate.of(2021, 8, 20), hier.value().to());
    assertTrue(hier.anchor().endsWith(";keydate:kabul-falls"), hier.anchor());
    // "depuis" is a signal: the span is the Sunday itself, every day of the reference agreeing.
    TimeExpression since = only(d, "dimanche");
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 15)), since.value());
    assertTrue(since.anchor().endsWith(";since"), since.anchor());
  }

  @Test
  void englishPhraseAtTheEndOfTheClause() {
    DatedDocument d =
        Docs.dated(
            "Crowds gathered yesterday, nearly a week after the militants took control.", AUGUST);
    assertEquals("complement:keydate:kabul-falls", only(d, "nearly a week after").anchor());
    TimeExpression y = only(d, "yesterday");
    assertEquals(LocalDate.of(2021, 8, 18), y.value().from());
    assertEquals(LocalDate.of(2021, 8, 20), y.value().to());
  }

  @Test
  void englishFallOfKabul() {
    DatedDocument d =
        Docs.dated(
            "Prices doubled two weeks after the fall of Kabul.",
            DateInterval.day(LocalDate.of(2021, 9, 20)));
    TimeExpression t = only(d, "two weeks after");
    assertEquals(DateInterval.day(LocalDate.of(2021, 8, 15)), t.value());
  }

  @Test
  void aDistrictTakenIsNotTheKeyHappening() {
    DatedDocument d =
        Docs.dated(
            "Three days after the fighters took control of the district of Nahrin, they left.",
            DateInterval.day(LocalDate.of(2021, 8, 30)));
    assertFalse(only(d, "Three days after").anchor().contains("keydate"));
  }

  @Test
  void aClueOutsideThePublicationMonthIsIgnored() {
    DatedDocument d =
        Docs.dated(
            "Hier encore, on en parlait, trois mois après la chute de Kaboul.",
            DateInterval.month(YearMonth.of(2021, 9)));
    assertEquals(DateInterval.month(YearMonth.of(2021, 9)), d.reference());
  }

  @Test
  void disagreeingCluesKeepTheWiderReference() {
    DatedDocument d =
        Docs.dated(
            "Un jour après la chute de Kaboul, les routes étaient vides.\n"
                + "Cinq jours après la prise de Kaboul, elles étaient pleines.",
            AUGUST);
    assertEquals(AUGUST, d.reference());
  }

  @Test
  void adviceMakesABareWeekdayForwardLooking() {
    DateInterval wed = DateInterval.day(LocalDate.of(2021, 9, 8));
    assertEquals(
        LocalDate.of(2021, 9, 11),
        only(Docs.dated("Les diplomates conseillent d'éviter la frontière samedi.", wed), "samedi")
            .value()
            .from());
    assertEquals(
        LocalDate.of(2021, 9, 11),
        only(
                Docs.dated("Residents were advised to avoid the bridge on Saturday.", wed),
                "on Saturday")
            .value()
            .from());
  }

  @Test
  void malformedKeyDateNamesTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeRules.parseKeyDates("x.tsv", "# c\nid\t2021-13-01\tfr\tla chute\n"));
    assertTrue(e.getMessage().startsWith("x.tsv:2"), e.getMessage());
  }

  /** The French seed dated only "2021-08": its relative days end up near 19-21 August. */
  @Test
  void seedWithAMonthOnlyDateIsNarrowed() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no ../shared");
    Path seed;
    try (Stream<Path> s = Files.list(Path.of(shared, "seeds"))) {
      Optional<Path> p = s.filter(x -> x.getFileName().toString().startsWith("004_")).findFirst();
      assumeTrue(p.isPresent(), "no seed 004");
      seed = p.get();
    }
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    DatedDocument d = Docs.dated(text, AUGUST);
    DateInterval window = days("2021-08-15", "2021-08-23");
    assertWithin(window, d.reference(), "reference");
    for (String e : List.of("hier", "dimanche")) {
      assertWithin(window, only(d, e).value(), e);
    }
  }
}
