package org.sitrep.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed interval of days {@code [from, to]} with the precision it was known to. A date known
 * only to the month is the whole month, never silently its first day.
 */
public record DateInterval(LocalDate from, LocalDate to, DatePrecision precision) {
  public DateInterval {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(precision, "precision");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("interval ends before it starts: " + from + ".." + to);
    }
  }

  public static DateInterval day(LocalDate d) {
    return new DateInterval(d, d, DatePrecision.DAY);
  }

  public static DateInterval month(YearMonth m) {
    return new DateInterval(m.atDay(1), m.atEndOfMonth(), DatePrecision.MONTH);
  }

  public static DateInterval year(int y) {
    return new DateInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
  }

  public boolean isSingleDay() {
    return from.equals(to);
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  public boolean overlaps(DateInterval o) {
    return !o.to.isBefore(from) && !o.from.isAfter(to);
  }

  /** The intersection, when there is one; keeps the finer of the two precisions. */
  public Optional<DateInterval> intersect(DateInterval o) {
    LocalDate f = from.isAfter(o.from) ? from : o.from;
    LocalDate t = to.isBefore(o.to) ? to : o.to;
    if (t.isBefore(f)) {
      return Optional.empty();
    }
    DatePrecision p = f.equals(t) ? DatePrecision.DAY : finer(precision, o.precision);
    return Optional.of(new DateInterval(f, t, p));
  }

  private static DatePrecision finer(DatePrecision a, DatePrecision b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
