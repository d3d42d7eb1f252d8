package org.sitrep.core.fusion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which documents are one source: a near-duplicate wire copy belongs to the group of the document
 * it copies, so that it counts once. A document not in the map is its own group.
 */
public record SourceGroups(Map<String, String> groupOfDoc) {
  public static final SourceGroups NONE = new SourceGroups(Map.of());

  public SourceGroups {
    groupOfDoc = Map.copyOf(groupOfDoc);
  }

  public String groupOf(String docId) {
    return groupOfDoc.getOrDefault(docId, docId);
  }

  /**
   * Builds the groups from the store's near-duplicate links ({@code doc → duplicateOf}, values may
   * be null). Chains resolve to their first document; a cycle falls back to its smallest id, so the
   * result does not depend on the order of the links.
   */
  public static SourceGroups fromDuplicateLinks(Map<String, String> duplicateOf) {
    Map<String, String> groups = new TreeMap<>();
    for (String doc : new TreeMap<>(nonNull(duplicateOf)).keySet()) {
      Set<String> seen = new HashSet<>();
      String cur = doc;
      String smallest = doc;
      while (duplicateOf.get(cur) != null && seen.add(cur)) {
        cur = duplicateOf.get(cur);
        smallest = cur.compareTo(smallest) < 0 ? cur : smallest;
      }
      String root = duplicateOf.get(cur) == null ? cur : smallest;
      if (!root.equals(doc)) {
        groups.put(doc, root);
      }
    }
    return new SourceGroups(groups);
  }

  /** These groups plus one document's own link (the incremental case). */
  public SourceGroups with(String docId, String duplicateOf) {
    Objects.requireNonNull(docId, "docId");
    if (duplicateOf == null || duplicateOf.equals(docId)) {
      return this;
    }
    Map<String, String> m = new HashMap<>(groupOfDoc);
    m.put(docId, groupOf(duplicateOf));
    return new SourceGroups(m);
  }

  private static Map<String, String> nonNull(Map<String, String> m) {
    Map<String, String> out = new HashMap<>();
    m.forEach((k, v) -> out.put(Objects.requireNonNull(k, "doc id"), v));
    return out;
  }
}
