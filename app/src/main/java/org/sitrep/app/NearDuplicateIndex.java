package org.sitrep.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.text.NearDuplicates;

/**
 * The store's near-duplicate rule for a run without a store ({@code sitrep extract}, the streaming
 * job without a database): documents seen so far by signature bands; a new document that nearly
 * repeats one of them is linked to that one's original. Same signature, threshold and choice as the
 * store (most similar candidate, ties to the smallest id), so a pipe of events and a store group
 * the same wire copies. Thread-safe; memory grows with the documents seen (one signature each).
 */
final class NearDuplicateIndex {
  private final NearDuplicates dups;
  private final Map<Band, List<String>> byBand = new HashMap<>();
  private final Map<String, NearDuplicates.Signature> signatures = new HashMap<>();
  private final Map<String, String> links = new HashMap<>();

  NearDuplicateIndex(NearDuplicates.Settings settings) {
    this.dups = new NearDuplicates(settings);
  }

  /** Adds a document; returns the original it nearly repeats, or null. */
  String add(String id, CleanDocument clean) {
    return add(id, sign(clean));
  }

  /** The signature of a document: any thread, before {@link #add(String, Signed)}. */
  Signed sign(CleanDocument clean) {
    NearDuplicates.Signature sig = dups.signature(NearDuplicates.articleText(clean));
    return new Signed(sig, dups.bands(sig));
  }

  /** A document's signature and its bands. */
  record Signed(NearDuplicates.Signature signature, long[] bands) {}

  /** Adds a document already signed; returns the original it nearly repeats, or null. */
  synchronized String add(String id, Signed signed) {
    NearDuplicates.Signature sig = signed.signature();
    long[] bands = signed.bands();
    TreeSet<String> candidates = new TreeSet<>();
    for (int i = 0; i < bands.length; i++) {
      for (String c : byBand.getOrDefault(new Band(i, bands[i]), List.of())) {
        if (!c.equals(id)) {
          candidates.add(c);
        }
      }
    }
    String best = null;
    double bestSim = 0;
    for (String c : candidates) {
      double sim = dups.similarity(sig, signatures.get(c));
      String root = links.getOrDefault(c, c);
      if (sim >= dups.settings().threshold()
          && (best == null || sim > bestSim)
          && !root.equals(id)) {
        best = root;
        bestSim = sim;
      }
    }
    if (!signatures.containsKey(id)) {
      for (int i = 0; i < bands.length; i++) {
        byBand.computeIfAbsent(new Band(i, bands[i]), k -> new java.util.ArrayList<>()).add(id);
      }
    }
    signatures.put(id, sig);
    if (best != null) {
      links.put(id, best);
    }
    return best;
  }

  private record Band(int index, long hash) {}
}
