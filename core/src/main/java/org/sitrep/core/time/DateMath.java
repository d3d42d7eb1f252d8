package org.sitrep.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;

/** Calendar arithmetic shared by the annotators of {@link RuleDateResolver}. Stateless. */
final class DateMath {
  private DateMath() {}

  /** A reference wider than this is not iterated day by day: the expression stays unresolved. */
  static final int MAX_REFERENCE_DAYS = 400;

  /** How far ahead of the reference a date without a year is still read as ahead, not past. */
  static final int FUTURE_DAYS = 90;

  /** Which way from the reference a date without a year leans. */
  enum Lean {
    /** News mostly looks back: the past, or a near future (a deadline). */
    DEFAULT,
    /** A past-tense clause, or "depuis/since": not after the reference. */
    PAST,
    /**
     * A future-tense clause: the nearest either way, however far ahead ("s'ouvrira en juin" in
     * February); a past date is still read as past ("sera jugé pour l'attaque du 15 août").
     */
    FUTURE,
    /** "dernier/last": strictly before. */
    BEFORE,
    /** "prochain/next": strictly after. */
    AFTER
  }

  /**
   * How unlikely a date without a year is when placed in one candidate year, given which way it
   * leans: the distance from the reference, or more than any distance when the lean forbids it.
   */
  static long yearCost(DateInterval ref, DateInterval candidate, Lean lean) {
    final long forbidden = 100_000;
    boolean before = candidate.to().isBefore(ref.from());
    boolean after = candidate.from().isAfter(ref.to());
    long back = before ? ChronoUnit.DAYS.between(candidate.to(), ref.from()) : 0;
    long ahead = after ? ChronoUnit.DAYS.between(ref.to(), candidate.from()) : 0;
    return switch (lean) {
      case BEFORE -> before ? back : forbidden + ahead + 1;
      case AFTER -> after ? ahead : forbidden + back + 1;
      case FUTURE -> back + ahead;
        // A day of slack: the publication date may lag the text's own day.
      case PAST -> after && ahead > 1 ? forbidden + ahead : back + ahead;
      case DEFAULT -> after && ahead > FUTURE_DAYS ? forbidden + ahead : back + ahead;
    };
  }

  /** Sets an absolute value: the text gives everything. */
  static void absolute(TimeHit h, DateInterval v) {
    h.value = v;
    h.anchor = "absolute";
  }

  /**
   * Applies a rule to the reference: to its one day, or to every day of a wider reference, keeping
   * the union ("dimanche" in a document of August is any Sunday from 1 to 29 August).
   */
  static void relative(
      TimeHit h, Reference ref, Function<LocalDate, DateInterval> f, DatePrecision base) {
    if (ref.value() == null) {
      h.anchor = "unanchored";
      return;
    }
    long days = ChronoUnit.DAYS.between(ref.value().from(), ref.value().to()) + 1;
    if (days > MAX_REFERENCE_DAYS) {
      h.anchor = "unanchored";
      return;
    }
    List<DateInterval> values = new ArrayList<>();
    for (LocalDate r = ref.value().from(); !r.isAfter(ref.value().to()); r = r.plusDays(1)) {
      DateInterval v = f.apply(r);
      if (v != null) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      return;
    }
    h.value = union(values, base);
    h.anchor = ref.anchor();
  }

  static DateInterval union(List<DateInterval> values, DatePrecision base) {
    LocalDate from = values.get(0).from();
    LocalDate to = values.get(0).to();
    boolean same = true;
    for (DateInterval v : values) {
      same &= v.equals(values.get(0));
      from = v.from().isBefore(from) ? v.from() : from;
      to = v.to().isAfter(to) ? v.to() : to;
    }
    if (same) {
      return values.get(0);
    }
    return new DateInterval(from, to, coarsest(widthPrecision(from, to), base));
  }

  /** The precision a span of days can honestly claim. */
  static DatePrecision widthPrecision(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return days <= 1
        ? DatePrecision.DAY
        : days <= 7 ? DatePrecision.WEEK : days <= 62 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  static DatePrecision coarsest(DatePrecision a, DatePrecision b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /**
   * The day {@code day} of a month near {@code r}: the nearest to r either way ({@code dir} 0), the
   * latest on or before r ({@code dir} -1) or the earliest on or after it ({@code dir} 1), over the
   * months that have that day; null when none within three months does.
   */
  static DateInterval dayOfMonth(LocalDate r, int day, int dir) {
    LocalDate best = null;
    YearMonth m0 = YearMonth.from(r);
    for (int k = -3; k <= 3; k++) {
      YearMonth m = m0.plusMonths(k);
      if (day < 1 || day > m.lengthOfMonth()) {
        continue;
      }
      LocalDate d = m.atDay(day);
      if (dir < 0 && d.isAfter(r) || dir > 0 && d.isBefore(r)) {
        continue;
      }
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(d, r)) < Math.abs(ChronoUnit.DAYS.between(best, r))) {
        best = d;
      }
    }
    return best == null ? null : DateInterval.day(best);
  }

  static DateInterval weekdayAndDay(LocalDate r, int wd, int day) {
    LocalDate best = null;
    YearMonth m0 = YearMonth.from(r);
    for (int k = -2; k <= 1; k++) {
      YearMonth m = m0.plusMonths(k);
      if (day > m.lengthOfMonth()) {
        continue;
      }
      LocalDate d = m.atDay(day);
      if (d.getDayOfWeek().getValue() == wd
          && (best == null
              || Math.abs(ChronoUnit.DAYS.between(d, r))
                  < Math.abs(ChronoUnit.DAYS.between(best, r)))) {
        best = d;
      }
    }
    return best == null ? null : DateInterval.day(best);
  }

  static DateInterval calendarUnit(LocalDate r, String unit, int off) {
    switch (unit) {
      case "week" -> {
        LocalDate mon = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(off);
        return new DateInterval(mon, mon.plusDays(6), DatePrecision.WEEK);
      }
      case "month" -> {
        return DateInterval.month(YearMonth.from(r).plusMonths(off));
      }
      case "year" -> {
        return DateInterval.year(r.getYear() + off);
      }
      case "decade" -> {
        int y = r.getYear() / 10 * 10 + 10 * off;
        return new DateInterval(
            LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), DatePrecision.YEAR);
      }
      case "day" -> {
        return DateInterval.day(r.plusDays(off));
      }
      default -> {
        return DateInterval.day(r);
      }
    }
  }

  /**
   * {@code base} moved by n units. A count of weeks or more from a single day is approximate in
   * news ("trois semaines après"), so it gets half a unit either side and the unit's precision.
   */
  static DateInterval shift(DateInterval base, int n, String unit, boolean approximate) {
    LocalDate from = plus(base.from(), n, unit);
    LocalDate to = plus(base.to(), n, unit);
    int tol = approximate && base.isSingleDay() ? tolerance(unit) : 0;
    DatePrecision p = tol > 0 ? coarsest(base.precision(), precisionOf(unit)) : base.precision();
    return new DateInterval(from.minusDays(tol), to.plusDays(tol), p);
  }

  static LocalDate plus(LocalDate d, int n, String unit) {
    return switch (unit) {
      case "day" -> d.plusDays(n);
      case "week" -> d.plusWeeks(n);
      case "month" -> d.plusMonths(n);
      case "year" -> d.plusYears(n);
      case "decade" -> d.plusYears(10L * n);
        // A day or more of hours ("the past 24 hours") reaches back over whole days; fewer hours
        // and minutes stay within the day.
      case "hour" ->
          Math.abs(n) < 24 ? d : d.plusDays(Integer.signum(n) * ((Math.abs(n) + 23) / 24));
      default -> d;
    };
  }

  static int tolerance(String unit) {
    return switch (unit) {
      case "week" -> 3;
      case "month" -> 15;
      case "year" -> 182;
      case "decade" -> 1826;
      default -> 0;
    };
  }

  static DatePrecision precisionOf(String unit) {
    return switch (unit) {
      case "week" -> DatePrecision.WEEK;
      case "month" -> DatePrecision.MONTH;
      case "year", "decade" -> DatePrecision.YEAR;
      default -> DatePrecision.DAY;
    };
  }

  static LocalDate mid(DateInterval i) {
    return i.from().plusDays(ChronoUnit.DAYS.between(i.from(), i.to()) / 2);
  }

  static Optional<LocalDate> date(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "a" or "a..b" as the ordered pair [min, max]. */
  static int[] range(String v) {
    String[] p = v.split("\\.\\.");
    int a = Integer.parseInt(p[0].strip());
    int b = p.length > 1 ? Integer.parseInt(p[1].strip()) : a;
    return new int[] {Math.min(a, b), Math.max(a, b)};
  }
}
