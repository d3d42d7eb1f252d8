package org.sitrep.core.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Optional;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;

/**
 * The Solar Hijri (Persian, Afghan) calendar through ICU4J's {@link PersianCalendar}: no conversion
 * of our own. Days are exchanged as Julian day numbers, which ICU and java.time count alike.
 */
final class SolarHijri {
  private SolarHijri() {}

  private static PersianCalendar calendar() {
    PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setLenient(false);
    c.clear();
    return c;
  }

  /** The Gregorian day of Solar day {@code d} of month {@code m} (1-12) of year {@code y}. */
  static Optional<LocalDate> toGregorian(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return Optional.empty();
    }
    PersianCalendar c = calendar();
    c.set(y, m - 1, 1);
    if (d > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return Optional.empty();
    }
    c.set(Calendar.DAY_OF_MONTH, d);
    return Optional.of(fromJulian(c.get(Calendar.JULIAN_DAY)));
  }

  /** The Gregorian days of Solar month {@code m} of year {@code y}. */
  static Optional<DateInterval> month(int y, int m) {
    Optional<LocalDate> first = toGregorian(y, m, 1);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    PersianCalendar c = calendar();
    c.set(y, m - 1, 1);
    LocalDate last = first.get().plusDays(c.getActualMaximum(Calendar.DAY_OF_MONTH) - 1L);
    return Optional.of(new DateInterval(first.get(), last, DatePrecision.MONTH));
  }

  /** The Solar Hijri year a Gregorian day lies in. */
  static int year(LocalDate day) {
    PersianCalendar c = calendar();
    c.set(Calendar.JULIAN_DAY, (int) day.getLong(JulianFields.JULIAN_DAY));
    return c.get(Calendar.EXTENDED_YEAR);
  }

  private static LocalDate fromJulian(int jd) {
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
  }
}
