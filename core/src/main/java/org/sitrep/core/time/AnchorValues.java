package org.sitrep.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeKind;

/**
 * Steps 6 and 8: the values of expressions that stand on their own, counted from nothing but the
 * text ({@link #absolute()}: "le 12 mars 2013", "en 1997", "octobre 98") or from the document's
 * reference and the narrative reference ({@link #relative()}: "dimanche", "en janvier", "l'été
 * dernier"). A date without a year takes its year from the narrative reference when the paragraph
 * has one ("En 1997 ... En janvier"), else from the document's, leaning the way its clause's tense
 * and its own words ("dernier", "prochain", "depuis") say.
 */
final class AnchorValues implements TimeAnnotator {
  private final boolean absolute;

  private AnchorValues(boolean absolute) {
    this.absolute = absolute;
  }

  /** Expressions whose text gives the year. */
  static AnchorValues absolute() {
    return new AnchorValues(true);
  }

  /** Every other expression that does not count from another one. */
  static AnchorValues relative() {
    return new AnchorValues(false);
  }

  @Override
  public void annotate(Resolution r) {
    // Report dates first: the relative expressions of their paragraph count from them.
    for (int pass = 0; pass < 2; pass++) {
      for (TimeHit h : r.hits) {
        if (TimeHit.dependent(h.op())
            || h.keyDate != null
            || givesYear(h) != absolute
            || h.report != (pass == 0)) {
          continue;
        }
        Reference frame = absolute || h.report ? null : reportFrame(r, h);
        if (frame == null) {
          resolve(r, h);
          continue;
        }
        Reference saved = r.reference;
        r.reference = frame;
        try {
          resolve(r, h);
        } finally {
          r.reference = saved;
        }
      }
    }
  }

  /**
   * The report date of the expression's paragraph ("On 5 June, it was reported that 'last week'
   * ...", "source dated 04/06"), as what its relative expressions count from; null when the
   * paragraph has none or the expression does not count from a reference.
   */
  private static Reference reportFrame(Resolution r, TimeHit h) {
    if (h.op() == TimeOp.DATE && h.has("day") && r.month(h).isPresent()) {
      return null; // a full day: only its year could move, and the narrative gives that
    }
    for (TimeHit o : r.hits) {
      if (o != h && o.report && o.paragraph == h.paragraph && o.usable()) {
        return new Reference(o.value, o, "report:" + o.start);
      }
    }
    return null;
  }

  /** Whether the text of the expression says its year (or is a decade). */
  static boolean givesYear(TimeHit h) {
    return h.has("year") || h.has("shortyear") || h.has("shyear") || h.op() == TimeOp.DECADE;
  }

  /** Which way a date without a year leans: its own words first, then its clause's tense. */
  static DateMath.Lean lean(TimeHit h, boolean dayKnown) {
    if (h.has("last")) {
      return DateMath.Lean.BEFORE;
    }
    if (h.has("next")) {
      return DateMath.Lean.AFTER;
    }
    if (h.since) {
      return DateMath.Lean.PAST;
    }
    return switch (h.tense) {
      case FUTURE -> DateMath.Lean.FUTURE;
        // A past clause moves only months and seasons: a day ahead of the reference in a past
        // clause is mostly a deadline ("avaient fixé au 31 août").
      case PAST -> dayKnown ? DateMath.Lean.DEFAULT : DateMath.Lean.PAST;
      case NONE -> DateMath.Lean.DEFAULT;
    };
  }

  /** What a date without a year is placed against: the narrative reference, else the document's. */
  static Reference yearReference(Resolution r, TimeHit h) {
    if (h.narrative != null && h.narrative.value != null) {
      return new Reference(h.narrative.value, h.narrative, "narrative:" + h.narrative.start);
    }
    return r.reference;
  }

  private void resolve(Resolution r, TimeHit h) {
    h.kind = h.pattern.kind();
    Reference ref = r.reference;
    TimeOp op = h.op();
    switch (op) {
      case DATE -> dateValue(r, h);
      case SOLAR -> solarDate(r, h);
      case YEAR -> r.year(h).ifPresent(y -> DateMath.absolute(h, DateInterval.year(y)));
      case DECADE -> decade(h);
      case SEASON -> season(r, h);
      case PRESENT -> {
        // "actuellement", "now": the present, said with no bounds; a guess would be worse.
        h.value = null;
        h.anchor = "present";
      }
      case WEEKDAY -> {
        if (h.has("partofday")) {
          h.kind = TimeKind.TIME;
        }
        Optional<Integer> wd = r.weekday(h, "weekday");
        if (wd.isPresent()) {
          DayOfWeek w = DayOfWeek.of(wd.get());
          // "ce même lundi": the Monday of the narrative, not of the publication.
          Reference from = h.has("same") ? NarrativeReference.day(r, h) : ref;
          if (h.has("this") && h.tense != TimeHit.Tense.FUTURE && from.value() != null) {
            // "se sont emparés ce samedi" written some day of a span: a day told as done is
            // not after the day it is written, so the days of the span that would put it after
            // are not the writing day.
            DateMath.relative(
                h,
                from,
                d -> {
                  LocalDate v = weekdayNear(d, w, h);
                  return v.isAfter(d) ? null : DateInterval.day(v);
                },
                DatePrecision.DAY);
          }
          if (h.value == null) {
            DateMath.relative(
                h, from, d -> DateInterval.day(weekdayNear(d, w, h)), DatePrecision.DAY);
          }
        }
      }
      case RELDAY -> {
        if (h.has("partofday")) {
          h.kind = TimeKind.TIME;
        }
        String v = r.word(h, "reldate").or(() -> r.word(h, "reltime")).orElse("0");
        int[] off = DateMath.range(v);
        DateMath.relative(
            h,
            ref,
            d -> new DateInterval(d.plusDays(off[0]), d.plusDays(off[1]), DatePrecision.DAY),
            DatePrecision.DAY);
      }
      case CALUNIT -> {
        String unit = r.unit(h, "unit");
        int off = h.has("last") ? -1 : h.has("next") ? 1 : 0;
        DateMath.relative(
            h, ref, d -> DateMath.calendarUnit(d, unit, off), DateMath.precisionOf(unit));
      }
      case WEEKEND -> DateMath.relative(h, ref, d -> weekend(d, h), DatePrecision.DAY);
      case NIGHT, RANGE -> night(r, h);
      case AGO, IN -> {
        int n = r.number(h);
        String unit = r.unit(h, "unit");
        int sign = op == TimeOp.AGO ? -1 : 1;
        DateMath.relative(
            h,
            ref,
            d -> DateMath.shift(DateInterval.day(d), sign * n, unit, true),
            DateMath.precisionOf(unit));
      }
      case PAST -> {
        int n = r.number(h);
        String unit = r.unit(h, "unit");
        // "ces dernières semaines": a vague count, known no better than its unit (a week for days).
        DatePrecision p =
            !h.has("few")
                ? DatePrecision.DAY
                : DateMath.coarsest(DateMath.precisionOf(unit), DatePrecision.WEEK);
        // "dans les prochains jours": the same stretch, ahead.
        boolean ahead = h.has("next");
        DateMath.relative(
            h,
            ref,
            d ->
                ahead
                    ? new DateInterval(d, DateMath.plus(d, n, unit), p)
                    : new DateInterval(DateMath.plus(d, -n, unit), d, p),
            DatePrecision.DAY);
      }
      case DURATION, SET -> {
        h.value = null;
        h.anchor = "none";
      }
      default -> throw new IllegalStateException("not an independent rule: " + op);
    }
  }

  private static void dateValue(Resolution r, TimeHit h) {
    if (h.has("either")
        && Resolution.integer(h, "monthnum").filter(m -> m > 12).isPresent()
        && h.g.get("day") != null) {
      // "12/25": only month first is a date.
      String m = h.g.get("monthnum");
      h.g.put("monthnum", h.g.get("day"));
      h.g.put("day", m);
    }
    Optional<Integer> day = Resolution.integer(h, "day");
    Optional<Integer> month = r.month(h);
    Optional<Integer> year = r.year(h);
    Optional<Integer> wd = r.weekday(h, "weekday");
    Reference ref = r.reference;
    if (month.isEmpty() && day.isPresent() && wd.isPresent()) {
      // "lundi 6": the day of the month near the reference on which the 6th is a Monday.
      DateMath.relative(
          h, ref, d -> DateMath.weekdayAndDay(d, wd.get(), day.get()), DatePrecision.DAY);
      return;
    }
    if (month.isEmpty() && day.isPresent() && h.has("monthless")) {
      // "on the 12th", "the night of the 3rd": a day of the month the text is in. After a dated
      // expression of its paragraph ("On 3 May ... On the 5th") it is the nearest such day to
      // that one; against the publication the latest not after it (the next in a future clause).
      boolean ahead = h.tense == TimeHit.Tense.FUTURE;
      Reference told = NarrativeReference.day(r, h);
      if (told != r.reference) {
        DateMath.relative(h, told, d -> DateMath.dayOfMonth(d, day.get(), 0), DatePrecision.DAY);
        return;
      }
      DateMath.relative(
          h, ref, d -> DateMath.dayOfMonth(d, day.get(), ahead ? 1 : -1), DatePrecision.DAY);
      return;
    }
    if (month.isEmpty()) {
      return;
    }
    if (day.isEmpty()) {
      if (year.isPresent()) {
        DateMath.absolute(h, DateInterval.month(YearMonth.of(year.get(), month.get())));
        return;
      }
      Reference yr = yearReference(r, h);
      if (yr.value() == null) {
        h.anchor = "unanchored";
        return;
      }
      DateMath.Lean lean = lean(h, false);
      int y0 = DateMath.mid(yr.value()).getYear();
      DateInterval best = null;
      for (int y = y0 - 1; y <= y0 + 1; y++) {
        DateInterval m = DateInterval.month(YearMonth.of(y, month.get()));
        if (best == null
            || DateMath.yearCost(yr.value(), m, lean) < DateMath.yearCost(yr.value(), best, lean)) {
          best = m;
        }
      }
      h.value = best;
      h.anchor = yr.anchor();
      return;
    }
    Reference yr = year.isPresent() ? ref : yearReference(r, h);
    Optional<LocalDate> d = fullDate(r, h, yr.value(), lean(h, true));
    if (h.has("either")) {
      // "09/02", "20/3": day and month numbers without a year may be in either order.
      d = eitherOrder(r, h, yr.value(), d);
    }
    if (d.isEmpty()) {
      if (year.isPresent() || yr.value() != null) {
        h.invalid = true; // "31 février": not a date
      }
      h.anchor = "unanchored";
      return;
    }
    // "the week beginning 26 November", "week of 16 July": the seven days from that day.
    h.value =
        h.has("weekof")
            ? new DateInterval(d.get(), d.get().plusDays(6), DatePrecision.WEEK)
            : DateInterval.day(d.get());
    // The expression that set the reference got its year from the publication date, not itself.
    h.anchor = year.isPresent() ? "absolute" : h == ref.source() ? "published" : yr.anchor();
    if (wd.isPresent() && d.get().getDayOfWeek().getValue() != wd.get()) {
      // The date is the stronger clue; say that the weekday disagreed.
      h.anchor += ";weekday-mismatch";
    }
  }

  /**
   * A numeric date without a year ("09/02", "20/3") read day first (the order of the reports that
   * write it so) or month first: whichever is a valid date, and when both are, the one that costs
   * least against the reference (as the year of a date without one is chosen: nearest, mostly in
   * the past, at most {@link DateMath#FUTURE_DAYS} ahead); a tie keeps day first.
   */
  private static Optional<LocalDate> eitherOrder(
      Resolution r, TimeHit h, DateInterval ref, Optional<LocalDate> dayFirst) {
    String a = h.g.get("day");
    String b = h.g.get("monthnum");
    if (a == null || b == null) {
      return dayFirst;
    }
    Map<String, String> g = new HashMap<>(h.g);
    g.put("day", b);
    g.put("monthnum", a);
    TimeHit swapped = new TimeHit(h.pattern, h.order, h.start, h.end, g, h.sentence, h.paragraph);
    swapped.tense = h.tense;
    swapped.since = h.since;
    DateMath.Lean lean = lean(h, true);
    Optional<LocalDate> monthFirst = fullDate(r, swapped, ref, lean);
    if (monthFirst.isEmpty() || ref == null) {
      return dayFirst;
    }
    if (dayFirst.isEmpty()) {
      return monthFirst;
    }
    long c1 = DateMath.yearCost(ref, DateInterval.day(dayFirst.get()), lean);
    long c2 = DateMath.yearCost(ref, DateInterval.day(monthFirst.get()), lean);
    return c2 < c1 ? monthFirst : dayFirst;
  }

  /** Day, month and (given or inferred) year of a DATE hit; empty when impossible. */
  static Optional<LocalDate> fullDate(
      Resolution r, TimeHit h, DateInterval ref, DateMath.Lean lean) {
    Optional<Integer> day = Resolution.integer(h, "day");
    Optional<Integer> month = r.month(h);
    Optional<Integer> year = r.year(h);
    if (day.isEmpty() || month.isEmpty()) {
      return Optional.empty();
    }
    if (year.isPresent()) {
      return DateMath.date(year.get(), month.get(), day.get());
    }
    if (ref == null) {
      return Optional.empty();
    }
    Optional<Integer> wd = r.weekday(h, "weekday");
    LocalDate best = null;
    long bestScore = Long.MAX_VALUE;
    int y0 = DateMath.mid(ref).getYear();
    for (int y = y0 - 1; y <= y0 + 1; y++) {
      Optional<LocalDate> d = DateMath.date(y, month.get(), day.get());
      if (d.isEmpty()) {
        continue;
      }
      // The likeliest year; the named weekday only breaks ties (a disagreeing weekday is flagged,
      // never a reason to move the date a year away).
      long score = 2 * DateMath.yearCost(ref, DateInterval.day(d.get()), lean);
      if (wd.isPresent() && d.get().getDayOfWeek().getValue() != wd.get()) {
        score += 1;
      }
      if (score < bestScore) {
        best = d.get();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "l'automne", "cet hiver", "l'été dernier", "summer 2020": the months the data gives the season
   * ("9..11"; winter "12..2" runs into the next year), placed as a month without a year is, "ce/
   * this" taking the nearest either way.
   */
  private static void season(Resolution r, TimeHit h) {
    Optional<String> months = r.word(h, "season");
    if (months.isEmpty()) {
      return;
    }
    String[] p = months.get().split("\\.\\.");
    int m1 = Integer.parseInt(p[0].strip());
    int m2 = Integer.parseInt(p[p.length - 1].strip());
    Optional<Integer> year = r.year(h);
    if (year.isPresent()) {
      DateMath.absolute(h, seasonOf(year.get(), m1, m2));
      return;
    }
    Reference yr = h.has("this") ? r.reference : yearReference(r, h);
    if (yr.value() == null) {
      h.anchor = "unanchored";
      return;
    }
    // "cet hiver": the nearest either way, as a future clause reads it.
    DateMath.Lean lean = h.has("this") ? DateMath.Lean.FUTURE : lean(h, false);
    int y0 = DateMath.mid(yr.value()).getYear();
    DateInterval best = null;
    long bestCost = Long.MAX_VALUE;
    for (int y = y0 - 1; y <= y0 + 1; y++) {
      DateInterval s = seasonOf(y, m1, m2);
      long c = DateMath.yearCost(yr.value(), s, lean);
      if (c < bestCost) {
        best = s;
        bestCost = c;
      }
    }
    h.value = best;
    h.anchor = yr.anchor();
  }

  private static DateInterval seasonOf(int year, int m1, int m2) {
    LocalDate from = LocalDate.of(year, m1, 1);
    YearMonth last = YearMonth.of(m2 >= m1 ? year : year + 1, m2);
    return new DateInterval(from, last.atEndOfMonth(), DatePrecision.MONTH);
  }

  /**
   * A Solar Hijri date ("۲۰ اسد ۱۴۰۰", "سرطان"): day, month ({@code shmonth} words) and year
   * ({@code shyear}) groups, converted by ICU's Persian calendar. Without a year, the Solar year
   * that puts the date nearest the reference, as for Gregorian dates.
   */
  private static void solarDate(Resolution r, TimeHit h) {
    Optional<Integer> month =
        r.word(h, "shmonth")
            .map(Integer::parseInt)
            .or(() -> Resolution.integer(h, "shmonthnum").filter(m -> m >= 1 && m <= 12));
    Optional<Integer> day = Resolution.integer(h, "day");
    Optional<Integer> year = Resolution.integer(h, "shyear");
    if (month.isEmpty()) {
      return;
    }
    if (year.isPresent()) {
      Optional<DateInterval> v = solar(year.get(), month.get(), day);
      if (v.isEmpty()) {
        h.invalid = true;
        h.anchor = "unanchored";
        return;
      }
      DateMath.absolute(h, v.get());
      weekdayCheck(r, h, v.get());
      return;
    }
    Reference ref = r.reference;
    if (ref.value() == null) {
      h.anchor = "unanchored";
      return;
    }
    DateMath.Lean lean = h.since ? DateMath.Lean.PAST : DateMath.Lean.DEFAULT;
    int y0 = SolarHijri.year(DateMath.mid(ref.value()));
    DateInterval best = null;
    for (int y = y0 - 1; y <= y0 + 1; y++) {
      Optional<DateInterval> v = solar(y, month.get(), day);
      if (v.isPresent()
          && (best == null
              || DateMath.yearCost(ref.value(), v.get(), lean)
                  < DateMath.yearCost(ref.value(), best, lean))) {
        best = v.get();
      }
    }
    if (best == null) {
      h.invalid = true;
      h.anchor = "unanchored";
      return;
    }
    h.value = best;
    h.anchor = ref.anchor();
    weekdayCheck(r, h, best);
  }

  private static Optional<DateInterval> solar(int y, int m, Optional<Integer> day) {
    if (day.isPresent()) {
      return SolarHijri.toGregorian(y, m, day.get()).map(DateInterval::day);
    }
    return SolarHijri.month(y, m);
  }

  private static void weekdayCheck(Resolution r, TimeHit h, DateInterval v) {
    Optional<Integer> wd = r.weekday(h, "weekday");
    if (wd.isPresent() && v.isSingleDay() && v.from().getDayOfWeek().getValue() != wd.get()) {
      h.anchor += ";weekday-mismatch";
    }
  }

  private static void decade(TimeHit h) {
    Optional<Integer> y =
        Resolution.integer(h, "year").or(() -> Resolution.integer(h, "yy").map(v -> 1900 + v));
    if (y.isPresent() && y.get() % 10 == 0) {
      DateMath.absolute(
          h,
          new DateInterval(
              LocalDate.of(y.get(), 1, 1), LocalDate.of(y.get() + 9, 12, 31), DatePrecision.YEAR));
    } else {
      h.invalid = true;
    }
  }

  /**
   * "dans la nuit de dimanche à lundi", "du 14 au 16 avril", "du 28 septembre au 3 octobre": the
   * run of days, the first day taking the month (and year) of the second when it gives none.
   */
  private static void night(Resolution r, TimeHit h) {
    Optional<Integer> w1 = r.weekday(h, "weekday");
    Optional<Integer> w2 = r.weekday(h, "weekday2");
    if (w1.isPresent() && w2.isPresent()) {
      DateMath.relative(
          h,
          r.reference,
          d -> {
            LocalDate d2 = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(w2.get())));
            LocalDate d1 = d2.with(TemporalAdjusters.previous(DayOfWeek.of(w1.get())));
            return new DateInterval(d1, d2, DatePrecision.DAY);
          },
          DatePrecision.DAY);
      return;
    }
    Optional<Integer> day2 = Resolution.integer(h, "day2");
    // "overnight on June 6": no first day given, the night before.
    Optional<Integer> day1 = Resolution.integer(h, "day").or(() -> day2.map(d -> -1));
    Optional<Integer> month1 = r.month(h);
    Optional<Integer> month2 = r.month(h, "month2");
    if (day2.isEmpty() || month1.isEmpty()) {
      return;
    }
    Map<String, String> g2 = new HashMap<>(h.g);
    g2.put("day", h.g.get("day2"));
    for (String k : new String[] {"month", "monthnum"}) {
      if (h.g.get(k + "2") != null) {
        g2.put(k, h.g.get(k + "2"));
      }
    }
    TimeHit second = new TimeHit(h.pattern, h.order, h.start, h.end, g2, h.sentence, h.paragraph);
    second.tense = h.tense;
    boolean givenYear = r.year(h).isPresent();
    Reference yr = givenYear ? r.reference : yearReference(r, h);
    Optional<LocalDate> d2 = fullDate(r, second, yr.value(), lean(h, true));
    if (d2.isEmpty()) {
      h.anchor = "unanchored";
      return;
    }
    LocalDate d1;
    if (day1.get() < 0) {
      d1 = d2.get().minusDays(1);
    } else if (month2.isPresent()) {
      int y = month1.get() <= month2.get() ? d2.get().getYear() : d2.get().getYear() - 1;
      Optional<LocalDate> first = DateMath.date(y, month1.get(), day1.get());
      if (first.isEmpty() || first.get().isAfter(d2.get())) {
        h.invalid = true;
        return;
      }
      d1 = first.get();
    } else {
      d1 =
          day1.get() <= day2.get()
              ? d2.get().withDayOfMonth(day1.get())
              : d2.get().minusMonths(1).withDayOfMonth(Math.min(day1.get(), 28));
    }
    h.value = new DateInterval(d1, d2.get(), DatePrecision.DAY);
    h.anchor = givenYear ? "absolute" : yr.anchor();
  }

  private static LocalDate weekdayNear(LocalDate r, DayOfWeek w, TimeHit h) {
    if (h.has("this") || h.has("same")) {
      if (h.has("same")) {
        return r.with(TemporalAdjusters.previousOrSame(w));
      }
      return r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(w.getValue() - 1);
    }
    if (h.has("next")) {
      return r.with(TemporalAdjusters.next(w));
    }
    if (h.has("last")) {
      return r.with(TemporalAdjusters.previous(w));
    }
    if (h.tense == TimeHit.Tense.FUTURE) {
      return r.with(TemporalAdjusters.nextOrSame(w));
    }
    return r.with(TemporalAdjusters.previousOrSame(w));
  }

  private static DateInterval weekend(LocalDate r, TimeHit h) {
    LocalDate sat = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    if (h.has("next")) {
      sat = r.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    } else if (h.tense == TimeHit.Tense.FUTURE && r.getDayOfWeek() != DayOfWeek.SUNDAY) {
      sat = r.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    } else if (h.has("last") && !r.isAfter(sat.plusDays(1))) {
      sat = sat.minusWeeks(1);
    }
    return new DateInterval(sat, sat.plusDays(1), DatePrecision.DAY);
  }
}
