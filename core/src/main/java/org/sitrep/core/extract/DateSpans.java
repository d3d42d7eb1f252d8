package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.model.CharSpan;

/**
 * The time expressions' spans by start (their numbers are no casualty counts), so that a sentence
 * gets those that can hold one of its tokens without a pass over the whole document's (quadratic in
 * its length, issue 17).
 */
final class DateSpans {
  private final List<CharSpan> byStart;
  private final int longest;

  DateSpans(List<CharSpan> spans) {
    this.byStart = new ArrayList<>(spans);
    byStart.sort(Comparator.comparingInt(CharSpan::start));
    int l = 0;
    for (CharSpan c : spans) {
      l = Math.max(l, c.length());
    }
    this.longest = l;
  }

  /** Where the document's time expressions lie. */
  static DateSpans of(PlacedDocument doc) {
    List<CharSpan> out = new ArrayList<>();
    for (var t : doc.dated().times()) {
      out.add(t.span());
    }
    return new DateSpans(out);
  }

  /** Every span that overlaps {@code sentence} (and maybe a few near it), in start order. */
  List<CharSpan> near(CharSpan sentence) {
    int from = sentence.start() - longest;
    int lo = 0;
    int hi = byStart.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<CharSpan> out = new ArrayList<>();
    for (int k = lo; k < byStart.size() && byStart.get(k).start() <= sentence.end(); k++) {
      out.add(byStart.get(k));
    }
    return out;
  }
}
