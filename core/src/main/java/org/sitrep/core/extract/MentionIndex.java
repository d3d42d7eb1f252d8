package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.model.CharSpan;

/**
 * The document's place mentions by start, so that each sentence finds those it contains in
 * logarithmic time; they come back in the document's own order, which the place roles depend on.
 */
final class MentionIndex {
  private final List<PlaceMention> mentions;
  private final int[] byStart;

  MentionIndex(List<PlaceMention> mentions) {
    this.mentions = mentions;
    this.byStart =
        IntStream.range(0, mentions.size())
            .boxed()
            .sorted(Comparator.comparingInt(i -> mentions.get(i).span().start()))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  List<PlaceMention> within(CharSpan sentence) {
    int lo = 0;
    int hi = byStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(byStart[mid]).span().start() < sentence.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Integer> inside = new ArrayList<>();
    for (int k = lo;
        k < byStart.length && mentions.get(byStart[k]).span().start() < sentence.end();
        k++) {
      if (sentence.contains(mentions.get(byStart[k]).span())) {
        inside.add(byStart[k]);
      }
    }
    inside.sort(null);
    List<PlaceMention> out = new ArrayList<>(inside.size());
    for (int i : inside) {
      out.add(mentions.get(i));
    }
    return out;
  }
}
