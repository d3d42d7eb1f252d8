package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;

/**
 * One document being resolved: its text as patterns see it, its paragraphs, the time expressions
 * found so far and what the annotators have said about them. Mutable; one per {@link
 * RuleDateResolver#resolve} call, never shared.
 */
final class Resolution {
  final AnalyzedDocument doc;
  final TimeRules rules;
  final String norm;
  final List<CharSpan> paragraphs;
  final List<Sentence> sentences;
  final DateInterval published;
  final List<TimeHit> hits = new ArrayList<>();
  Reference reference;

  // The time patterns' matchers over norm, made on first use and reused for every paragraph of
  // the document (each use sets its region): one per pattern and paragraph was 1 % of the run.
  private final java.util.regex.Matcher[] matchers;

  Resolution(AnalyzedDocument doc, TimeRules rules, List<CharSpan> paragraphs) {
    this.doc = doc;
    this.rules = rules;
    this.norm = rules.respell(TimeRules.normalise(doc.text()));
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = doc.sentences();
    this.published = doc.clean().document().published();
    this.matchers = new java.util.regex.Matcher[rules.patterns().size()];
  }

  /** The matcher of pattern {@code index} of the rules over {@link #norm}. */
  java.util.regex.Matcher matcher(int index) {
    java.util.regex.Matcher m = matchers[index];
    if (m == null) {
      m = matchers[index] = rules.patterns().get(index).regex().matcher(norm);
    }
    return m;
  }

  /** The sentence span holding an offset, or the paragraph's when no sentence does. */
  CharSpan sentenceAround(int offset, CharSpan paragraph) {
    int from = paragraph.start();
    int to = paragraph.end();
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        from = Math.max(from, s.span().start());
        to = Math.min(to, s.span().end());
      }
    }
    return new CharSpan(from, to);
  }

  CharSpan paragraph(TimeHit h) {
    return h.paragraph >= 0 && h.paragraph < paragraphs.size()
        ? paragraphs.get(h.paragraph)
        : new CharSpan(0, norm.length());
  }

  // ---------------------------------------------------------------- reading a hit's groups

  static Optional<Integer> integer(TimeHit h, String group) {
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

  /**
   * The year the text gives: four digits, or two ("octobre 98"), read as the latest year ending so
   * that is not after the year of publication.
   */
  Optional<Integer> year(TimeHit h) {
    Optional<Integer> y = integer(h, "year");
    if (y.isPresent()) {
      return y;
    }
    Optional<Integer> yy = integer(h, "shortyear");
    if (yy.isEmpty()) {
      return Optional.empty();
    }
    // Without a publication date, never today's year: a fixed pivot (00-29 are 20xx).
    int last = published != null ? published.to().getYear() : UNDATED_PIVOT;
    int y2000 = 2000 + yy.get();
    return Optional.of(y2000 <= last ? y2000 : 1900 + yy.get());
  }

  /** The last year a two-digit year may mean in a document without a date. */
  private static final int UNDATED_PIVOT = 2029;

  Optional<Integer> month(TimeHit h) {
    return month(h, "month");
  }

  Optional<Integer> month(TimeHit h, String group) {
    String name = h.g.get(group);
    if (name != null) {
      return rules.value("month", name).map(Integer::parseInt);
    }
    String bare = group.equals("month") ? h.g.get("baremonth") : null;
    if (bare != null) {
      return rules.value("baremonth", bare).map(Integer::parseInt);
    }
    // "26/02-12/03": the second month of a numeric run is "monthnum2".
    String num = group.equals("month") ? "monthnum" : "monthnum" + group.substring(5);
    return integer(h, num).filter(m -> m >= 1 && m <= 12);
  }

  Optional<Integer> weekday(TimeHit h, String group) {
    String name = h.g.get(group);
    return name == null ? Optional.empty() : rules.value("weekday", name).map(Integer::parseInt);
  }

  int number(TimeHit h) {
    String v = h.g.get("number");
    if (v == null) {
      // "ces dernières semaines": a few, as the data says.
      return Optional.ofNullable(h.g.get("few"))
          .flatMap(f -> rules.value("few", f))
          .map(Integer::parseInt)
          .orElse(1);
    }
    if (v.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(v);
    }
    return rules.value("number", v).map(Integer::parseInt).orElse(1);
  }

  String unit(TimeHit h, String group) {
    return rules.value("unit", h.g.getOrDefault(group, "")).orElse("day");
  }

  /** The words of a class matched by a group, as its data value ("2..4"). */
  Optional<String> word(TimeHit h, String cls) {
    String v = h.g.get(cls);
    return v == null ? Optional.empty() : rules.value(cls, v);
  }
}
