package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one independent source (a group of near-duplicate documents) says about a fused event: the
 * strongest support and contrary weight any of its reports gives, the voice of its strongest
 * report, and the ids of its reports.
 */
public record SourceVote(
    String group, Voice voice, double support, double contrary, List<String> eventIds) {
  public SourceVote {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(voice, "voice");
    eventIds = List.copyOf(eventIds);
  }

  /**
   * Groups testimonies by source: within one source the strongest support and the strongest
   * contrary weight count, each scaled by {@code scale} and, when {@code day} is given, by the
   * share of the report's interval past on that day (reports not yet begun are left out).
   */
  static List<SourceVote> aggregate(List<Testimony> ts, double scale, LocalDate day) {
    Map<String, SourceVote> by = new TreeMap<>();
    for (Testimony t : ts) {
      double share = day == null ? 1.0 : t.shareAt(day);
      if (share <= 0) {
        continue;
      }
      SourceVote v =
          new SourceVote(
              t.group(),
              t.voice(),
              t.support() * share * scale,
              t.contrary() * share * scale,
              List.of(t.eventId()));
      by.merge(t.group(), v, SourceVote::combine);
    }
    return new ArrayList<>(by.values());
  }

  static SourceVote combine(SourceVote a, SourceVote b) {
    List<String> ids = new ArrayList<>(a.eventIds());
    ids.addAll(b.eventIds());
    ids = ids.stream().distinct().sorted().toList();
    Voice voice;
    if (a.support() != b.support()) {
      voice = a.support() > b.support() ? a.voice() : b.voice();
    } else if (a.contrary() != b.contrary()) {
      voice = a.contrary() > b.contrary() ? a.voice() : b.voice();
    } else {
      voice = a.voice().ordinal() <= b.voice().ordinal() ? a.voice() : b.voice();
    }
    return new SourceVote(
        a.group(),
        voice,
        Math.max(a.support(), b.support()),
        Math.max(a.contrary(), b.contrary()),
        ids);
  }
}
