package org.sitrep.core.fusion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which documents are one source: a near-duplicate wire copy belongs to the group of the document
 * it copies, so that it counts once. Holds the store's raw links ({@code doc → duplicateOf});
 * chains resolve to their first document, a cycle to its smallest id, so the groups do not depend
 * on the order links were added. A document without a link is its own group.
 */
public record SourceGroups(Map<String, String> duplicateOf) {
  public static final SourceGroups NONE = new SourceGroups(Map.of());

  public SourceGroups {
    Map<String, String> m = new HashMap<>();
    duplicateOf.forEach(
        (k, v) -> {
          if (v != null && !v.equals(Objects.requireNonNull(k, "doc id"))) {
            m.put(k, v);
          }
        });
    duplicateOf = Map.copyOf(m);
  }

  /** From the store's near-duplicate links; values may be null (an original). */
  public static SourceGroups fromDuplicateLinks(Map<String, String> duplicateOf) {
    return new SourceGroups(duplicateOf);
  }

  public String groupOf(String docId) {
    Set<String> seen = new HashSet<>();
    String cur = docId;
    String smallest = docId;
    while (duplicateOf.containsKey(cur) && seen.add(cur)) {
      cur = duplicateOf.get(cur);
      smallest = cur.compareTo(smallest) < 0 ? cur : smallest;
    }
    return duplicateOf.containsKey(cur) ? smallest : cur;
  }

  /** These groups plus one document's own link (the incremental case); null adds nothing. */
  public SourceGroups with(String docId, String duplicate) {
    Objects.requireNonNull(docId, "docId");
    if (duplicate == null || duplicate.equals(docId)) {
      return this;
    }
    Map<String, String> m = new HashMap<>(duplicateOf);
    m.put(docId, duplicate);
    return new SourceGroups(m);
  }
}
