package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeExpression;

/** Solar Hijri dates through ICU, and the Persian and Pashto time words; our own sentences. */
class SolarHijriTest {
  @Test
  void icuConvertsSolarDays() {
    // Nowruz 1400 fell on 21 March 2021; months 1-6 have 31 days, 7-11 have 30.
    assertThat(SolarHijri.toGregorian(1400, 1, 1)).contains(LocalDate.of(2021, 3, 21));
    assertThat(SolarHijri.toGregorian(1400, 3, 20)).contains(LocalDate.of(2021, 6, 10));
    assertThat(SolarHijri.toGregorian(1400, 5, 10)).contains(LocalDate.of(2021, 8, 1));
    assertThat(SolarHijri.toGregorian(1400, 7, 31)).isEmpty();
    assertThat(SolarHijri.toGregorian(1400, 13, 1)).isEmpty();
    assertThat(SolarHijri.month(1400, 5))
        .contains(
            new DateInterval(
                LocalDate.of(2021, 7, 23), LocalDate.of(2021, 8, 22), DatePrecision.MONTH));
    assertThat(SolarHijri.year(LocalDate.of(2021, 3, 20))).isEqualTo(1399);
    assertThat(SolarHijri.year(LocalDate.of(2021, 3, 21))).isEqualTo(1400);
  }

  private static TimeExpression only(String sentence, String published, String text) {
    DatedDocument d = Docs.dated(sentence, DateInterval.day(LocalDate.parse(published)));
    Optional<TimeExpression> t = d.times().stream().filter(x -> x.text().equals(text)).findFirst();
    assertThat(t).as("no \"" + text + "\" in " + d.times()).isPresent();
    return t.get();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # published | sentence                                              | expression          | from       | to
          2021-09-01  | گزارش ها از درگیری در ۲۵ اسد ۱۴۰۰ حکایت دارد.          | ۲۵ اسد ۱۴۰۰          | 2021-08-16 | 2021-08-16
          2021-09-01  | این خبر در ۲۵ مرداد منتشر شد.                         | ۲۵ مرداد             | 2021-08-16 | 2021-08-16
          2021-09-01  | راپور د زمري په ۲۵ مه خپور شو.                        | د زمري په ۲۵ مه      | 2021-08-16 | 2021-08-16
          2021-09-01  | دا پېښه د ۱۴۰۰ کال د زمري په میاشت کې وشوه.          | د ۱۴۰۰ کال د زمري په میاشت | 2021-07-23 | 2021-08-22
          2021-09-01  | گزارش در ۱۴۰۰ سنبله ۳ منتشر شد.                       | ۱۴۰۰ سنبله ۳         | 2021-08-25 | 2021-08-25
          2021-09-01  | این دیدار دیروز برگزار شد.                            | دیروز               | 2021-08-31 | 2021-08-31
          2021-09-01  | دا غونډه پرون وشوه.                                   | پرون                | 2021-08-31 | 2021-08-31
          2021-09-01  | حمله هفته گذشته رخ داد.                               | هفته گذشته          | 2021-08-23 | 2021-08-29
          2021-09-01  | نشست روز سه‌شنبه برگزار شد.                           | روز سه‌شنبه         | 2021-08-31 | 2021-08-31
          2021-09-01  | جلسه د جمعې په ورځ وشوه.                              | د جمعې په ورځ       | 2021-08-27 | 2021-08-27
          2021-09-01  | دا غونډه درې ورځې وړاندې وشوه.                        | درې ورځې وړاندې     | 2021-08-29 | 2021-08-29
          2021-09-01  | دا غونډه دوه ورځې مخکې وشوه.                          | دوه ورځې مخکې       | 2021-08-30 | 2021-08-30
          2021-09-01  | این نشست سه روز پیش برگزار شد.                        | سه روز پیش          | 2021-08-29 | 2021-08-29
          2021-09-01  | این نشست در تاریخ ۱۴۰۰/۶/۵ برگزار شد.                 | ۱۴۰۰/۶/۵            | 2021-08-27 | 2021-08-27
          2021-09-01  | نامه به تاریخ ۵/۰۶/۱۴۰۰ امضا شد.                       | ۵/۰۶/۱۴۰۰           | 2021-08-27 | 2021-08-27
          2021-09-01  | دا غونډه د ۱۴۰۰ کال د زمري په ۲۵ مه وشوه.             | د ۱۴۰۰ کال د زمري په ۲۵ مه | 2021-08-16 | 2021-08-16
          2021-09-01  | دا پېښه د تېرې شپې وشوه.                              | تېرې شپې            | 2021-08-31 | 2021-09-01
          """)
  void persianAndPashtoDates(
      String published, String sentence, String text, String from, String to) {
    TimeExpression t = only(sentence, published, text);
    assertThat(t.value().from()).isEqualTo(LocalDate.parse(from));
    assertThat(t.value().to()).isEqualTo(LocalDate.parse(to));
  }
}
