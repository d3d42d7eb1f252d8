package org.sitrep.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Segment;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeKind;

/**
 * Rule-based time expressions: patterns and words are per-language data ({@link TimeRules}), the
 * rules that give values are {@link TimeOp}s. Values are normalised against the document's
 * reference: its publication date, narrowed to an explicit day the text gives itself ("ce lundi 6
 * septembre") when the publication date is only a month. Against a reference that is an interval
 * the value is the union of the values for every day of it. See docs/dates.md. Stateless.
 */
public final class RuleDateResolver implements DateResolver {
  /** A reference wider than this is not iterated day by day: the expression stays unresolved. */
  private static final int MAX_REFERENCE_DAYS = 400;

  private static final Pattern ADJACENT =
      Pattern.compile("\\s*(?:(?:le|la|les|l'|du|de la|de l'|the)\\s*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()«»\"“”]");

  private final TimeRules rules;

  /** The trigger's matches found by first character (TriggerScan), built once. */
  private final TriggerScan triggers;

  public RuleDateResolver(TimeRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.triggers = TriggerScan.of(rules.trigger());
    this.starts = new PatternStarts(rules.patterns().stream().map(TimePattern::regex).toList());
  }

  /** Which characters can begin each pattern's match (PatternStarts), learnt as met. */
  private final PatternStarts starts;

  @Override
  public DatedDocument resolve(AnalyzedDocument doc) {
    String text = doc.text();
    String norm = TimeRules.normalise(text);
    List<Hit> hits = new ArrayList<>();
    for (CharSpan region : regions(doc)) {
      hits.addAll(find(norm, region, doc.sentences()));
    }
    keyDated(hits, norm, doc.sentences());
    DateInterval published = doc.clean().document().published();
    Reference ref = reference(hits, published);
    for (Hit h : hits) {
      if (!dependent(h.pattern.op())) {
        resolveIndependent(h, ref);
      }
    }
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (dependent(h.pattern.op()) && h.keyDate == null) {
        resolveDependent(hits, i, ref, norm);
      }
    }
    List<TimeExpression> out = new ArrayList<>();
    TimeExpression refExpr = null;
    for (Hit h : hits) {
      if (h.merged || h.invalid) {
        continue;
      }
      CharSpan span = new CharSpan(h.start, h.end);
      TimeExpression t =
          new TimeExpression(doc.id(), span, span.of(text), h.kind, h.value, h.anchor);
      out.add(t);
      if (h == ref.source) {
        refExpr = t;
      }
    }
    return new DatedDocument(doc, out, ref.value, refExpr);
  }

  // ---------------------------------------------------------------- finding

  /**
   * The analysed segments (paragraphs) that hold sentences. Patterns run over a whole paragraph,
   * not sentence by sentence, because sentence splitters cut after "a.m." or "p.m.".
   */
  private static List<CharSpan> regions(AnalyzedDocument doc) {
    List<CharSpan> r = new ArrayList<>();
    List<Segment> segments = doc.clean().segments();
    java.util.BitSet withSentences = new java.util.BitSet();
    doc.sentences().forEach(s -> withSentences.set(s.segment()));
    for (int i = 0; i < segments.size(); i++) {
      if (withSentences.get(i)) {
        r.add(segments.get(i).span());
      }
    }
    if (r.isEmpty() && segments.isEmpty()) {
      r.add(new CharSpan(0, doc.text().length()));
    }
    return r;
  }

  /** How far before and after a time word an expression can reach. */
  private static final int BEFORE_TRIGGER = 48;

  private static final int AFTER_TRIGGER = 64;

  /** The stretches of a paragraph around digits and time words, merged; the rest can hold none. */
  private List<CharSpan> windows(String norm, CharSpan region) {
    List<CharSpan> out = new ArrayList<>();
    int[] se = {-1, -1};
    triggers.forEach(
        norm,
        region.start(),
        region.end(),
        (ts, te) -> {
          int a = Math.max(region.start(), ts - BEFORE_TRIGGER);
          int b = Math.min(region.end(), te + AFTER_TRIGGER);
          if (se[0] >= 0 && a <= se[1]) {
            se[1] = Math.max(se[1], b);
          } else {
            if (se[0] >= 0) {
              out.add(new CharSpan(se[0], se[1]));
            }
            se[0] = a;
            se[1] = b;
          }
        });
    if (se[0] >= 0) {
      out.add(new CharSpan(se[0], se[1]));
    }
    return out;
  }

  /** The index of the sentence holding an offset; -1 - offset when none does. */
  private static int sentenceAt(List<Sentence> sentences, int offset) {
    // Sentences are in text order: binary search for the last one starting at or before offset.
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found >= 0 && offset < sentences.get(found).span().end()) {
      return sentences.get(found).index();
    }
    return sentences.isEmpty() ? 0 : -1 - offset;
  }

  /** All pattern matches in one paragraph, longest first where they overlap. */
  private List<Hit> find(String norm, CharSpan region, List<Sentence> sentences) {
    List<Hit> all = new ArrayList<>();
    List<TimePattern> patterns = rules.patterns();
    List<CharSpan> windows = windows(norm, region);
    TimeRules.Screen screen = rules.screen(norm, region.start(), region.end());
    for (int pi = 0; pi < patterns.size(); pi++) {
      if (windows.isEmpty() || !screen.mayMatch(pi)) {
        continue;
      }
      TimePattern p = patterns.get(pi);
      Matcher m = p.regex().matcher(norm);
      int index = pi;
      for (CharSpan w : windows) {
        starts.forEach(
            pi,
            m,
            norm,
            w.start(),
            w.end(),
            x -> {
              Map<String, String> g = new HashMap<>();
              for (String name : p.groups()) {
                String v = x.group(name);
                if (v != null) {
                  g.put(name, v);
                }
              }
              Hit hit = new Hit(p, index, x.start(), x.end(), g, sentenceAt(sentences, x.start()));
              hit.since = g.containsKey("since");
              all.add(hit);
            });
      }
    }
    all.sort(
        Comparator.comparingInt((Hit h) -> h.start - h.end)
            .thenComparingInt(h -> h.order)
            .thenComparingInt(h -> h.start));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : all) {
      if (kept.stream().noneMatch(k -> k.start < h.end && h.start < k.end)) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(h -> h.start));
    for (Hit h : kept) {
      sincePrefix(norm, region, h);
      h.future = futureClause(norm, region, sentences, h);
    }
    return kept;
  }

  /**
   * "depuis dimanche", "since Sunday": the span takes the word in, the value runs to the reference.
   */
  private void sincePrefix(String norm, CharSpan region, Hit h) {
    TimeOp op = h.pattern.op();
    if (op != TimeOp.DATE
        && op != TimeOp.YEAR
        && op != TimeOp.WEEKDAY
        && op != TimeOp.RELDAY
        && op != TimeOp.CALUNIT
        && op != TimeOp.WEEKEND) {
      return;
    }
    Optional<Pattern> since = rules.sincePrefix();
    if (since.isEmpty()) {
      return;
    }
    int from = Math.max(region.start(), h.start - 24);
    Matcher m = since.get().matcher(norm);
    m.region(from, h.start);
    m.useTransparentBounds(true);
    if (m.find()) {
      h.start = m.start();
      h.since = true;
    }
  }

  /**
   * A bare weekday or weekend in a clause that speaks of the future ("les négociations reprendront
   * samedi", "talks will resume on Monday") lies ahead of the reference, not behind.
   */
  private boolean futureClause(String norm, CharSpan region, List<Sentence> sentences, Hit h) {
    TimeOp op = h.pattern.op();
    if ((op != TimeOp.WEEKDAY && op != TimeOp.WEEKEND)
        || h.g.containsKey("last")
        || h.g.containsKey("next")
        || h.g.containsKey("this")
        || h.since
        || rules.futureCue().isEmpty()) {
      return false;
    }
    int from = region.start();
    int to = region.end();
    for (Sentence s : sentences) {
      if (s.span().start() <= h.start && h.start < s.span().end()) {
        from = Math.max(from, s.span().start());
        to = Math.min(to, s.span().end());
      }
    }
    int a = h.start;
    while (a > from && !isClauseBreak(norm.charAt(a - 1))) {
      a--;
    }
    int b = h.end;
    while (b < to && !isClauseBreak(norm.charAt(b))) {
      b++;
    }
    Matcher m = rules.futureCue().get().matcher(norm);
    m.region(a, b);
    m.useTransparentBounds(true);
    return m.find();
  }

  private static boolean isClauseBreak(char c) {
    return ",;:()«»\"“”".indexOf(c) >= 0;
  }

  /** How far after "après/after" the phrase naming a key happening may start. */
  private static final int KEY_PHRASE_REACH = 80;

  /**
   * "près d'une semaine après que les talibans ont pris le contrôle du pays": an AFTER/BEFORE count
   * followed, in its clause, by a phrase naming a key dated happening of a theatre: the complement
   * is that happening's date, and the clause's time is counted from it. "près d'/nearly/almost"
   * with weeks or more: not quite n units.
   */
  private void keyDated(List<Hit> hits, String norm, List<Sentence> sentences) {
    if (rules.keyDates().isEmpty()) {
      return;
    }
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      TimeOp op = h.pattern.op();
      if (op != TimeOp.AFTER && op != TimeOp.BEFORE) {
        continue;
      }
      Hit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
      int end = Math.min(norm.length(), h.end + 2 * KEY_PHRASE_REACH);
      if (next != null) {
        end = Math.min(end, next.start); // another time expression: it is what is counted from
      }
      for (Sentence s : sentences) {
        if (s.span().start() <= h.start && h.start < s.span().end()) {
          end = Math.min(end, s.span().end());
        }
      }
      Matcher brk = CLAUSE_BREAK.matcher(norm).region(h.end, end);
      if (brk.find()) {
        end = brk.start();
      }
      KeyDate found = null;
      int foundAt = Integer.MAX_VALUE;
      for (KeyDate k : rules.keyDates()) {
        Matcher m = k.phrase().matcher(norm).region(h.end, end).useTransparentBounds(true);
        if (m.find() && m.start() <= h.end + KEY_PHRASE_REACH && m.start() < foundAt) {
          found = k;
          foundAt = m.start();
        }
      }
      if (found == null) {
        continue;
      }
      int n = number(h);
      String unit = unit(h, "unit");
      int sign = op == TimeOp.AFTER ? 1 : -1;
      DateInterval v = shift(DateInterval.day(found.date()), sign * n, unit, true);
      if (h.g.containsKey("nearly") && tolerance(unit) > 0) {
        // "nearly a week after": not quite a week, so at most the day before the week is full.
        LocalDate cap = plus(found.date(), sign * n, unit).minusDays(sign);
        v =
            sign > 0
                ? new DateInterval(v.from(), cap.isBefore(v.to()) ? cap : v.to(), v.precision())
                : new DateInterval(cap.isAfter(v.from()) ? cap : v.from(), v.to(), v.precision());
      }
      // As for any "N units après X", the value dates the complement X, here known exactly; the
      // clause's own time (the key date plus N units) is kept to narrow the reference.
      h.kind = h.pattern.kind();
      h.value = DateInterval.day(found.date());
      h.anchor = "complement:keydate:" + found.id();
      h.complement = true;
      h.keyDate = found.id();
      h.clauseValue = v;
    }
  }

  // ---------------------------------------------------------------- reference

  private record Reference(DateInterval value, Hit source, String anchor) {}

  /**
   * The publication date, unless it is coarser than a day and the text names a day it is written
   * on: a full date with a weekday or a "this" ("ce lundi 6 septembre"), consistent, inside the
   * publication interval. The latest such day wins.
   */
  private Reference reference(List<Hit> hits, DateInterval published) {
    if (published != null && published.precision() == DatePrecision.DAY) {
      return new Reference(published, null, "published");
    }
    Hit best = null;
    LocalDate bestDay = null;
    for (Hit h : hits) {
      if (h.pattern.op() != TimeOp.DATE
          || !h.g.containsKey("day")
          || month(h).isEmpty()
          || !(h.g.containsKey("weekday") || h.g.containsKey("this"))) {
        continue;
      }
      Optional<LocalDate> d = fullDate(h, published);
      if (d.isEmpty()
          || !weekday(h, "weekday").map(w -> w == d.get().getDayOfWeek().getValue()).orElse(true)
          || (published != null && !published.contains(d.get()))) {
        continue;
      }
      if (bestDay == null || d.get().isAfter(bestDay)) {
        best = h;
        bestDay = d.get();
      }
    }
    if (best != null) {
      return new Reference(DateInterval.day(bestDay), best, "reference:" + best.start);
    }
    if (published != null) {
      Optional<Reference> clue = keyDateReference(hits, published);
      if (clue.isPresent()) {
        return clue.get();
      }
    }
    return new Reference(published, null, published == null ? "unanchored" : "published");
  }

  /**
   * A month-only publication date narrowed by what the text dates from a key happening ("près d'une
   * semaine après la prise de Kaboul"): the intersection of every such value with the publication
   * interval. A value outside the interval is ignored; clues that disagree (empty intersection)
   * leave the publication interval as it is.
   */
  private static Optional<Reference> keyDateReference(List<Hit> hits, DateInterval published) {
    LocalDate from = published.from();
    LocalDate to = published.to();
    Hit first = null;
    for (Hit h : hits) {
      if (h.clauseValue == null || !h.clauseValue.overlaps(published)) {
        continue;
      }
      LocalDate f = h.clauseValue.from().isAfter(from) ? h.clauseValue.from() : from;
      LocalDate t = h.clauseValue.to().isBefore(to) ? h.clauseValue.to() : to;
      if (f.isAfter(t)) {
        return Optional.empty();
      }
      from = f;
      to = t;
      first = first == null ? h : first;
    }
    if (first == null) {
      return Optional.empty();
    }
    DateInterval v =
        new DateInterval(
            from, to, coarsest(first.clauseValue.precision(), widthPrecision(from, to)));
    return Optional.of(
        new Reference(v, first, "reference:" + first.start + ";keydate:" + first.keyDate));
  }

  /** Day, month and (given or inferred) year of a DATE hit; empty when impossible. */
  private Optional<LocalDate> fullDate(Hit h, DateInterval ref) {
    Optional<Integer> day = integer(h, "day");
    Optional<Integer> month = month(h);
    Optional<Integer> year = integer(h, "year");
    if (day.isEmpty() || month.isEmpty()) {
      return Optional.empty();
    }
    if (year.isPresent()) {
      return date(year.get(), month.get(), day.get());
    }
    if (ref == null) {
      return Optional.empty();
    }
    Optional<Integer> wd = weekday(h, "weekday");
    LocalDate best = null;
    long bestScore = Long.MAX_VALUE;
    int y0 = mid(ref).getYear();
    for (int y = y0 - 1; y <= y0 + 1; y++) {
      Optional<LocalDate> d = date(y, month.get(), day.get());
      if (d.isEmpty()) {
        continue;
      }
      // The likeliest year; the named weekday only breaks ties (a disagreeing weekday is flagged,
      // never a reason to move the date a year away).
      long score = 2 * yearCost(ref, DateInterval.day(d.get()), h.since);
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
   * How unlikely a date without a year is, placed in one candidate year: news mostly looks back, so
   * a past date costs its distance and a future one is only taken when it is near (a deadline "le
   * 31 août" written in August); after "depuis/since" only the past will do.
   */
  private static long yearCost(DateInterval ref, DateInterval candidate, boolean pastOnly) {
    if (ref.overlaps(candidate)) {
      return 0;
    }
    if (candidate.to().isBefore(ref.from())) {
      return ChronoUnit.DAYS.between(candidate.to(), ref.from());
    }
    long ahead = ChronoUnit.DAYS.between(ref.to(), candidate.from());
    return pastOnly || ahead > FUTURE_DAYS ? 100_000 + ahead : ahead;
  }

  private static final int FUTURE_DAYS = 90;

  // ---------------------------------------------------------------- independent rules

  private static boolean dependent(TimeOp op) {
    return op == TimeOp.AFTER
        || op == TimeOp.BEFORE
        || op == TimeOp.LATER
        || op == TimeOp.EARLIER
        || op == TimeOp.PREVREL
        || op == TimeOp.CLOCK;
  }

  private void resolveIndependent(Hit h, Reference ref) {
    h.kind = h.pattern.kind();
    TimeOp op = h.pattern.op();
    switch (op) {
      case DATE -> dateValue(h, ref);
      case SOLAR -> solarDate(h, ref);
      case YEAR -> integer(h, "year").ifPresent(y -> absolute(h, DateInterval.year(y)));
      case DECADE -> decade(h);
      case WEEKDAY -> {
        if (h.g.containsKey("partofday")) {
          h.kind = TimeKind.TIME;
        }
        Optional<Integer> wd = weekday(h, "weekday");
        if (wd.isPresent()) {
          DayOfWeek w = DayOfWeek.of(wd.get());
          relative(h, ref, r -> DateInterval.day(weekdayNear(r, w, h)), DatePrecision.DAY);
        }
      }
      case RELDAY -> {
        if (h.g.containsKey("partofday")) {
          h.kind = TimeKind.TIME;
        }
        String v =
            rules
                .value("reldate", h.g.getOrDefault("reldate", ""))
                .or(() -> rules.value("reltime", h.g.getOrDefault("reltime", "")))
                .orElse("0");
        int[] off = range(v);
        relative(
            h,
            ref,
            r -> new DateInterval(r.plusDays(off[0]), r.plusDays(off[1]), DatePrecision.DAY),
            DatePrecision.DAY);
      }
      case CALUNIT -> {
        String unit = unit(h, "unit");
        int off = h.g.containsKey("last") ? -1 : h.g.containsKey("next") ? 1 : 0;
        relative(h, ref, r -> calendarUnit(r, unit, off), precisionOf(unit));
      }
      case WEEKEND -> relative(h, ref, r -> weekend(r, h), DatePrecision.DAY);
      case NIGHT, RANGE -> night(h, ref);
      case AGO, IN -> {
        int n = number(h);
        String unit = unit(h, "unit");
        int sign = op == TimeOp.AGO ? -1 : 1;
        relative(h, ref, r -> shift(DateInterval.day(r), sign * n, unit, true), precisionOf(unit));
      }
      case PAST -> {
        int n = number(h);
        String unit = unit(h, "unit");
        relative(
            h,
            ref,
            r -> new DateInterval(plus(r, -n, unit), r, DatePrecision.DAY),
            DatePrecision.DAY);
      }
      case DURATION, SET -> {
        h.value = null;
        h.anchor = "none";
      }
      default -> throw new IllegalStateException("not an independent rule: " + op);
    }
    if (h.since && h.value != null) {
      since(h, ref);
    }
  }

  /**
   * "depuis dimanche", "since 1996": from the start of the expression to the reference (its last
   * day when it is an interval), known no better than either end.
   */
  private static void since(Hit h, Reference ref) {
    if (ref.value == null || h.value.from().isAfter(ref.value.to())) {
      return; // nothing to run to: keep the day itself
    }
    LocalDate to = ref.value.to();
    DatePrecision p = h.value.precision();
    if (!ref.value.isSingleDay()) {
      p = coarsest(p, coarsest(ref.value.precision(), widthPrecision(h.value.from(), to)));
    }
    h.value = new DateInterval(h.value.from(), to, p);
    if (h.anchor.equals("absolute")) {
      h.anchor = ref.anchor;
    }
  }

  private void dateValue(Hit h, Reference ref) {
    Optional<Integer> day = integer(h, "day");
    Optional<Integer> month = month(h);
    Optional<Integer> year = integer(h, "year");
    Optional<Integer> wd = weekday(h, "weekday");
    if (month.isEmpty() && day.isPresent() && wd.isPresent()) {
      // "lundi 6": the day of the month near the reference on which the 6th is a Monday.
      relative(h, ref, r -> weekdayAndDay(r, wd.get(), day.get()), DatePrecision.DAY);
      return;
    }
    if (month.isEmpty()) {
      return;
    }
    if (day.isEmpty()) {
      if (year.isPresent()) {
        absolute(h, DateInterval.month(YearMonth.of(year.get(), month.get())));
      } else if (ref.value != null) {
        int y0 = mid(ref.value).getYear();
        DateInterval best = null;
        for (int y = y0 - 1; y <= y0 + 1; y++) {
          DateInterval m = DateInterval.month(YearMonth.of(y, month.get()));
          if (best == null
              || yearCost(ref.value, m, h.since) < yearCost(ref.value, best, h.since)) {
            best = m;
          }
        }
        h.value = best;
        h.anchor = ref.anchor;
      } else {
        h.anchor = "unanchored";
      }
      return;
    }
    Optional<LocalDate> d = fullDate(h, ref.value);
    if (d.isEmpty()) {
      if (year.isPresent() || ref.value != null) {
        h.invalid = true; // "31 février": not a date
      }
      h.anchor = "unanchored";
      return;
    }
    h.value = DateInterval.day(d.get());
    // The expression that set the reference got its year from the publication date, not itself.
    h.anchor = year.isPresent() ? "absolute" : h == ref.source ? "published" : ref.anchor;
    if (wd.isPresent() && d.get().getDayOfWeek().getValue() != wd.get()) {
      // The date is the stronger clue; say that the weekday disagreed.
      h.anchor += ";weekday-mismatch";
    }
  }

  /**
   * A Solar Hijri date ("۲۰ اسد ۱۴۰۰", "سرطان"): day, month ({@code shmonth} words) and year
   * ({@code shyear}) groups, converted by ICU's Persian calendar. Without a year, the Solar year
   * that puts the date nearest the reference, as for Gregorian dates.
   */
  private void solarDate(Hit h, Reference ref) {
    Optional<Integer> month =
        rules.value("shmonth", h.g.getOrDefault("shmonth", "")).map(Integer::parseInt);
    Optional<Integer> day = integer(h, "day");
    Optional<Integer> year = integer(h, "shyear");
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
      absolute(h, v.get());
      weekdayCheck(h, v.get());
      return;
    }
    if (ref.value == null) {
      h.anchor = "unanchored";
      return;
    }
    int y0 = SolarHijri.year(mid(ref.value));
    DateInterval best = null;
    for (int y = y0 - 1; y <= y0 + 1; y++) {
      Optional<DateInterval> v = solar(y, month.get(), day);
      if (v.isPresent()
          && (best == null
              || yearCost(ref.value, v.get(), h.since) < yearCost(ref.value, best, h.since))) {
        best = v.get();
      }
    }
    if (best == null) {
      h.invalid = true;
      h.anchor = "unanchored";
      return;
    }
    h.value = best;
    h.anchor = ref.anchor;
    weekdayCheck(h, best);
  }

  private static Optional<DateInterval> solar(int y, int m, Optional<Integer> day) {
    if (day.isPresent()) {
      return SolarHijri.toGregorian(y, m, day.get()).map(DateInterval::day);
    }
    return SolarHijri.month(y, m);
  }

  private void weekdayCheck(Hit h, DateInterval v) {
    Optional<Integer> wd = weekday(h, "weekday");
    if (wd.isPresent() && v.isSingleDay() && v.from().getDayOfWeek().getValue() != wd.get()) {
      h.anchor += ";weekday-mismatch";
    }
  }

  private void decade(Hit h) {
    Optional<Integer> y = integer(h, "year").or(() -> integer(h, "yy").map(v -> 1900 + v));
    if (y.isPresent() && y.get() % 10 == 0) {
      absolute(
          h,
          new DateInterval(
              LocalDate.of(y.get(), 1, 1), LocalDate.of(y.get() + 9, 12, 31), DatePrecision.YEAR));
    } else {
      h.invalid = true;
    }
  }

  private void night(Hit h, Reference ref) {
    Optional<Integer> w1 = weekday(h, "weekday");
    Optional<Integer> w2 = weekday(h, "weekday2");
    if (w1.isPresent() && w2.isPresent()) {
      relative(
          h,
          ref,
          r -> {
            LocalDate d2 = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(w2.get())));
            LocalDate d1 = d2.with(TemporalAdjusters.previous(DayOfWeek.of(w1.get())));
            return new DateInterval(d1, d2, DatePrecision.DAY);
          },
          DatePrecision.DAY);
      return;
    }
    Optional<Integer> day2 = integer(h, "day2");
    // "overnight on June 6": no first day given, the night before.
    Optional<Integer> day1 = integer(h, "day").or(() -> day2.map(d -> -1));
    Optional<Integer> month = month(h);
    if (day2.isEmpty() || month.isEmpty()) {
      return;
    }
    Map<String, String> g2 = new HashMap<>(h.g);
    g2.put("day", h.g.get("day2"));
    Hit second = new Hit(h.pattern, h.order, h.start, h.end, g2, h.sentence);
    Optional<LocalDate> d2 = fullDate(second, ref.value);
    if (d2.isEmpty()) {
      h.anchor = "unanchored";
      return;
    }
    LocalDate d1 =
        day1.get() < 0
            ? d2.get().minusDays(1)
            : day1.get() <= day2.get()
                ? d2.get().withDayOfMonth(day1.get())
                : d2.get().minusMonths(1).withDayOfMonth(Math.min(day1.get(), 28));
    h.value = new DateInterval(d1, d2.get(), DatePrecision.DAY);
    h.anchor = h.g.containsKey("year") ? "absolute" : ref.anchor;
  }

  // ---------------------------------------------------------------- dependent rules

  private void resolveDependent(List<Hit> hits, int i, Reference ref, String norm) {
    Hit h = hits.get(i);
    h.kind = h.pattern.kind();
    TimeOp op = h.pattern.op();
    switch (op) {
      case AFTER, BEFORE -> {
        int n = number(h);
        String unit = unit(h, "unit");
        Hit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
        if (next != null
            && next.value != null
            && !dependent(next.pattern.op())
            && ADJACENT.matcher(norm).region(h.end, next.start).matches()) {
          // "trois jours après le 10 août": one expression, counted from the inner date.
          h.value = shift(next.value, op == TimeOp.AFTER ? n : -n, unit, true);
          h.anchor = next.anchor;
          h.end = next.end;
          h.since = false;
          next.merged = true;
          return;
        }
        // "trois semaines après la prise de Kaboul": the clause's time is n units after an
        // event, so the value dates that event (the complement), counted back from the clause.
        Hit gov = nearestInSentence(hits, h, norm);
        DateInterval base = gov != null ? gov.value : ref.value;
        if (base == null) {
          h.anchor = "unanchored";
          return;
        }
        h.value = shift(base, op == TimeOp.AFTER ? -n : n, unit, true);
        h.anchor = "complement:" + (gov != null ? "expression:" + gov.start : ref.anchor);
        h.complement = true;
      }
      case LATER, EARLIER -> {
        int n = number(h);
        String unit = unit(h, "unit");
        Hit prev = previous(hits, i);
        from(h, prev, ref, b -> shift(b, op == TimeOp.LATER ? n : -n, unit, true));
      }
      case PREVREL -> {
        int off = range(rules.value("relprev", h.g.getOrDefault("relprev", "")).orElse("0"))[0];
        // "le lendemain de l'attaque du 26 août": a date later in the same clause is what the
        // day is counted from; otherwise the previous expression.
        Hit next = nextInClause(hits, i, norm);
        from(h, next != null ? next : previous(hits, i), ref, b -> shift(b, off, "day", false));
      }
      case CLOCK -> {
        Hit gov = nearestInSentence(hits, h, norm);
        if (gov != null) {
          h.value = gov.value;
          h.anchor = "expression:" + gov.start;
        } else {
          h.value = ref.value;
          h.anchor = ref.anchor;
        }
      }
      default -> throw new IllegalStateException("not a dependent rule: " + op);
    }
  }

  private static void from(Hit h, Hit prev, Reference ref, Function<DateInterval, DateInterval> f) {
    if (prev != null) {
      h.value = f.apply(prev.value);
      h.anchor = "expression:" + prev.start;
    } else if (ref.value != null) {
      h.value = f.apply(ref.value);
      h.anchor = ref.anchor;
    } else {
      h.anchor = "unanchored";
    }
  }

  private static Hit nextInClause(List<Hit> hits, int i, String norm) {
    Hit h = hits.get(i);
    for (int j = i + 1; j < hits.size(); j++) {
      Hit n = hits.get(j);
      if (n.sentence != h.sentence || CLAUSE_BREAK.matcher(norm).region(h.end, n.start).find()) {
        return null;
      }
      if (n.value != null && !dependent(n.pattern.op()) && !n.invalid) {
        return n;
      }
    }
    return null;
  }

  /** The last earlier expression with a date of its own (not a complement's). */
  private static Hit previous(List<Hit> hits, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Hit p = hits.get(j);
      if (p.value != null && !p.complement && !p.merged && !p.invalid) {
        return p;
      }
    }
    return null;
  }

  /** The nearest dated expression of the same sentence, preferring one in the same clause. */
  private static Hit nearestInSentence(List<Hit> hits, Hit h, String norm) {
    Hit best = null;
    long bestScore = Long.MAX_VALUE;
    for (Hit o : hits) {
      // Right next to it counts as the same sentence: "at 9:15 a.m. on Wednesday" may be cut in
      // two by the sentence splitter.
      boolean touching = Math.max(h.start, o.start) - Math.min(h.end, o.end) <= 1;
      if (o == h
          || (o.sentence != h.sentence && !touching)
          || o.value == null
          || o.complement
          || o.merged
          || o.invalid
          || dependent(o.pattern.op())) {
        continue;
      }
      int a = Math.min(h.end, o.end);
      int b = Math.max(h.start, o.start);
      long score = Math.max(0, b - a);
      if (b > a && CLAUSE_BREAK.matcher(norm).region(a, b).find()) {
        score += 100_000;
      }
      if (score < bestScore) {
        best = o;
        bestScore = score;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- helpers

  private static void absolute(Hit h, DateInterval v) {
    h.value = v;
    h.anchor = "absolute";
  }

  /**
   * Applies a rule to the reference: to its one day, or to every day of a wider reference, keeping
   * the union ("dimanche" in a document of August is any Sunday from 1 to 29 August).
   */
  private static void relative(
      Hit h, Reference ref, Function<LocalDate, DateInterval> f, DatePrecision base) {
    if (ref.value == null) {
      h.anchor = "unanchored";
      return;
    }
    Function<LocalDate, DateInterval> g = f;
    long days = ChronoUnit.DAYS.between(ref.value.from(), ref.value.to()) + 1;
    if (days > MAX_REFERENCE_DAYS) {
      h.anchor = "unanchored";
      return;
    }
    List<DateInterval> values = new ArrayList<>();
    for (LocalDate r = ref.value.from(); !r.isAfter(ref.value.to()); r = r.plusDays(1)) {
      DateInterval v = g.apply(r);
      if (v != null) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      return;
    }
    h.value = union(values, base);
    h.anchor = ref.anchor;
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

  private static DatePrecision coarsest(DatePrecision a, DatePrecision b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  private static LocalDate weekdayNear(LocalDate r, DayOfWeek w, Hit h) {
    if (h.g.containsKey("this")) {
      return r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(w.getValue() - 1);
    }
    if (h.g.containsKey("next")) {
      return r.with(TemporalAdjusters.next(w));
    }
    if (h.g.containsKey("last")) {
      return r.with(TemporalAdjusters.previous(w));
    }
    if (h.future) {
      return r.with(TemporalAdjusters.nextOrSame(w));
    }
    return r.with(TemporalAdjusters.previousOrSame(w));
  }

  private static DateInterval weekdayAndDay(LocalDate r, int wd, int day) {
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

  private static DateInterval weekend(LocalDate r, Hit h) {
    LocalDate sat = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    if (h.g.containsKey("next")) {
      sat = r.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    } else if (h.future && r.getDayOfWeek() != DayOfWeek.SUNDAY) {
      sat = r.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    } else if (h.g.containsKey("last") && !r.isAfter(sat.plusDays(1))) {
      sat = sat.minusWeeks(1);
    }
    return new DateInterval(sat, sat.plusDays(1), DatePrecision.DAY);
  }

  private static DateInterval calendarUnit(LocalDate r, String unit, int off) {
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

  private static LocalDate plus(LocalDate d, int n, String unit) {
    return switch (unit) {
      case "day" -> d.plusDays(n);
      case "week" -> d.plusWeeks(n);
      case "month" -> d.plusMonths(n);
      case "year" -> d.plusYears(n);
      case "decade" -> d.plusYears(10L * n);
        // A day or more of hours ("the past 24 hours") reaches back over whole days; fewer hours
        // and
        // minutes stay within the day.
      case "hour" ->
          Math.abs(n) < 24 ? d : d.plusDays(Integer.signum(n) * ((Math.abs(n) + 23) / 24));
      default -> d;
    };
  }

  private static int tolerance(String unit) {
    return switch (unit) {
      case "week" -> 3;
      case "month" -> 15;
      case "year" -> 182;
      case "decade" -> 1826;
      default -> 0;
    };
  }

  private static DatePrecision precisionOf(String unit) {
    return switch (unit) {
      case "week" -> DatePrecision.WEEK;
      case "month" -> DatePrecision.MONTH;
      case "year", "decade" -> DatePrecision.YEAR;
      default -> DatePrecision.DAY;
    };
  }

  private static LocalDate mid(DateInterval i) {
    return i.from().plusDays(ChronoUnit.DAYS.between(i.from(), i.to()) / 2);
  }

  private static long distance(DateInterval ref, LocalDate d) {
    if (ref.contains(d)) {
      return 0;
    }
    return d.isBefore(ref.from())
        ? ChronoUnit.DAYS.between(d, ref.from())
        : ChronoUnit.DAYS.between(ref.to(), d);
  }

  private static long distance(DateInterval ref, DateInterval x) {
    return ref.overlaps(x) ? 0 : Math.min(distance(ref, x.from()), distance(ref, x.to()));
  }

  private static Optional<LocalDate> date(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int[] range(String v) {
    String[] p = v.split("\\.\\.");
    int a = Integer.parseInt(p[0].strip());
    int b = p.length > 1 ? Integer.parseInt(p[1].strip()) : a;
    return new int[] {Math.min(a, b), Math.max(a, b)};
  }

  private static Optional<Integer> integer(Hit h, String group) {
    String v = h.g.get(group);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<Integer> month(Hit h) {
    String name = h.g.get("month");
    if (name != null) {
      return rules.value("month", name).map(Integer::parseInt);
    }
    return integer(h, "monthnum").filter(m -> m >= 1 && m <= 12);
  }

  private Optional<Integer> weekday(Hit h, String group) {
    String name = h.g.get(group);
    return name == null ? Optional.empty() : rules.value("weekday", name).map(Integer::parseInt);
  }

  private int number(Hit h) {
    String v = h.g.getOrDefault("number", "1");
    if (v.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(v);
    }
    return rules.value("number", v).map(Integer::parseInt).orElse(1);
  }

  private String unit(Hit h, String group) {
    return rules.value("unit", h.g.getOrDefault(group, "")).orElse("day");
  }

  /** One match while the document is being resolved; mutable, never leaves this class. */
  private static final class Hit {
    final TimePattern pattern;
    final int order;
    int start;
    int end;
    final Map<String, String> g;
    final int sentence;
    boolean since;
    boolean merged;
    boolean complement;
    boolean invalid;
    boolean future;
    String keyDate;
    DateInterval clauseValue;
    TimeKind kind;
    DateInterval value;
    String anchor = "unanchored";

    Hit(TimePattern pattern, int order, int start, int end, Map<String, String> g, int sentence) {
      this.pattern = pattern;
      this.order = order;
      this.start = start;
      this.end = end;
      this.g = g;
      this.sentence = sentence;
      this.kind = pattern.kind();
    }
  }
}
