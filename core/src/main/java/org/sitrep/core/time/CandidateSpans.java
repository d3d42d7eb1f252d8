package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.CharSpan;

/**
 * Step 1: the candidate time expressions of each paragraph, from the patterns of every language
 * (data); where matches overlap, the longest wins, then the earlier pattern line.
 */
final class CandidateSpans implements TimeAnnotator {
  /** How far before and after a time word an expression can reach. */
  private static final int BEFORE_TRIGGER = 48;

  private static final int AFTER_TRIGGER = 64;

  @Override
  public void annotate(Resolution r) {
    for (int p = 0; p < r.paragraphs.size(); p++) {
      r.hits.addAll(find(r, r.paragraphs.get(p), p));
    }
  }

  /** The stretches of a paragraph around digits and time words, merged; the rest can hold none. */
  private static List<CharSpan> windows(TimeRules rules, String norm, CharSpan region) {
    List<CharSpan> out = new ArrayList<>();
    int[] se = {-1, -1};
    // The trigger's matches by first character (TriggerScan): same as find() over the region.
    rules
        .triggerScan()
        .forEach(
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
  static int sentenceAt(List<Sentence> sentences, int offset) {
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
  private static List<TimeHit> find(Resolution r, CharSpan region, int paragraph) {
    List<TimeHit> all = new ArrayList<>();
    List<TimePattern> patterns = r.rules.patterns();
    List<CharSpan> windows = windows(r.rules, r.norm, region);
    if (windows.isEmpty()) {
      return all;
    }
    PatternStarts starts = r.rules.patternStarts();
    // Per window, found once for all the patterns tried there: its word starts, and its screen
    // (a match lies inside its window, so what it must contain is in the window's text).
    String folded = TimeRules.fold(r.norm, region.start(), region.end());
    PatternStarts.Positions[] positions = new PatternStarts.Positions[windows.size()];
    TimeRules.Screen[] screens = new TimeRules.Screen[windows.size()];
    long[][] cands = new long[windows.size()][];
    for (int w = 0; w < positions.length; w++) {
      CharSpan win = windows.get(w);
      positions[w] = PatternStarts.Positions.of(r.norm, win.start(), win.end());
      cands[w] = starts.candidates(r.norm, positions[w]);
      screens[w] =
          r.rules.screenFolded(
              folded.substring(win.start() - region.start(), win.end() - region.start()));
    }
    for (int pi = 0; pi < patterns.size(); pi++) {
      TimePattern p = patterns.get(pi);
      Matcher m = null;
      int index = pi;
      for (int wi = 0; wi < positions.length; wi++) {
        if (!screens[wi].mayMatch(pi) || (starts.screened(pi) && !starts.anyStart(pi, cands[wi]))) {
          continue;
        }
        if (m == null) {
          m = r.matcher(pi);
        }
        PatternStarts.Positions w = positions[wi];
        // Only at word starts whose first characters can begin a match (PatternStarts): the
        // non-empty matches of find() over the window.
        starts.forEach(
            pi,
            m,
            w,
            cands[wi],
            x -> {
              Map<String, String> g = new HashMap<>();
              for (String name : p.groups()) {
                String v = x.group(name);
                if (v != null) {
                  g.put(name, v);
                }
              }
              all.add(
                  new TimeHit(
                      p,
                      index,
                      x.start(),
                      x.end(),
                      g,
                      sentenceAt(r.sentences, x.start()),
                      paragraph));
            });
      }
    }
    all.sort(
        Comparator.comparingInt((TimeHit h) -> h.start - h.end)
            .thenComparingInt(h -> h.order)
            .thenComparingInt(h -> h.start));
    // The kept hits do not overlap, so ordered by start they are ordered by end too: a hit
    // overlaps one of them exactly when it overlaps the last one starting before its end (was a
    // scan of every kept hit per hit).
    java.util.TreeMap<Integer, TimeHit> kept = new java.util.TreeMap<>();
    for (TimeHit h : all) {
      Map.Entry<Integer, TimeHit> before = kept.lowerEntry(h.end);
      if (before == null || before.getValue().end <= h.start) {
        kept.put(h.start, h);
      }
    }
    return new ArrayList<>(kept.values());
  }
}
