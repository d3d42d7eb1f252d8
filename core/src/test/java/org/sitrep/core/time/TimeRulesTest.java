package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.model.DateInterval;
import org.sitrep.model.TimeExpression;

/** The data files drive everything: a new language is data only. */
class TimeRulesTest {
  @Test
  void shippedLanguagesLoad() {
    assertEquals(List.of("fr", "en", "fa", "ps"), Docs.RULES.languages());
    assertEquals("5", Docs.RULES.value("shmonth", "اسد").orElseThrow());
    assertEquals("3", Docs.RULES.value("shmonth", "غبرګولى").orElseThrow());
    assertEquals("8", Docs.RULES.value("month", "Août").orElseThrow());
    assertEquals("7", Docs.RULES.value("weekday", "sunday").orElseThrow());
  }

  @Test
  void aLanguageAddedAsDataWorks() {
    // A toy language with its own words: no code involved.
    String words = "weekday\t7\tsonntag\nreldate\t-1\tgestern\nmonth\t8\taugust\n";
    String patterns =
        "WEEKDAY\tDATE\t(?:am )?{weekday}\nRELDAY\tDATE\t{reldate}\nDATE\tDATE\t{day}\\. {month}\n";
    TimeRules rules = TimeRules.parse(List.of("de"), Map.of("de", new String[] {words, patterns}));
    AnalyzedDocument a =
        Docs.analyzed(
            "Am Sonntag und gestern, wie am 10. August.",
            DateInterval.day(LocalDate.of(2021, 9, 8)));
    List<TimeExpression> t = new RuleDateResolver(rules).resolve(a).times();
    assertEquals(
        List.of("Am Sonntag", "gestern", "10. August"),
        t.stream().map(TimeExpression::text).toList());
    assertEquals(LocalDate.of(2021, 9, 5), t.get(0).value().from());
    assertEquals(LocalDate.of(2021, 9, 7), t.get(1).value().from());
    assertEquals(LocalDate.of(2021, 8, 10), t.get(2).value().from());
  }

  @Test
  void malformedDataNamesItsLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TimeRules.parse(
                    List.of("xx"), Map.of("xx", new String[] {"", "# c\nNOPE\tDATE\tx\n"})));
    assertTrue(e.getMessage().contains("xx/time/patterns.tsv:2"), e.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TimeRules.parse(
                    List.of("xx"), Map.of("xx", new String[] {"", "DATE\tDATE\t{planet}\n"})));
    assertTrue(unknown.getMessage().contains("no words of class planet"), unknown.getMessage());
  }

  @Test
  void caseExactMisspeltFormsAreRespeltOnlyAsWritten() {
    // "!Month" forms match only as written, so their swapped-letter slips do too.
    String data = "month\t10\t!October\nmonth\t9\tseptembre\ntranspose\t-\tmonth\n";
    TimeRules rules =
        TimeRules.parse(List.of("xx"), Map.of("xx", new String[] {data, "DATE\tDATE\t{month}\n"}));
    assertEquals("October, otcober", rules.respell("Otcober, otcober"));
    assertEquals("OTCOBER SEPTEMBRE", rules.respell("OTCOBER SEPETMBRE"));
    assertEquals("10", rules.value("month", "Otcober").orElseThrow(), "the slip keeps its value");
  }
}
