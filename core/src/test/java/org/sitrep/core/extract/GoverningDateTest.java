package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;

/** The date an event takes from its text never runs past the day of the report. */
class GoverningDateTest {
  private static final LocalDate WED = LocalDate.of(2021, 7, 21);

  @Test
  void thisWeekSaidOnAWednesdayEndsThatWednesday() {
    Event e = Fixtures.only("2021-07-21", "Clashes this week killed five people in Banu.");
    assertThat(e.date().from()).isEqualTo(LocalDate.of(2021, 7, 19));
    assertThat(e.date().to()).isEqualTo(WED);
  }

  @Test
  void aStretchWhollyAfterTheReportIsLeftAsTheTextGivesIt() {
    DateInterval next =
        new DateInterval(LocalDate.of(2021, 7, 26), LocalDate.of(2021, 8, 1), DatePrecision.WEEK);
    assertThat(GoverningDate.notAfterTheReport(next, DateInterval.day(WED))).isEqualTo(next);
  }

  @Test
  void aStretchThatEndsOnTheReportsDayIsClippedToOneDay() {
    DateInterval week = new DateInterval(WED, LocalDate.of(2021, 7, 25), DatePrecision.WEEK);
    assertThat(GoverningDate.notAfterTheReport(week, DateInterval.day(WED)))
        .isEqualTo(DateInterval.day(WED));
  }
}
