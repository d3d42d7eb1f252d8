package org.sitrep.core.fusion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Event;

/**
 * Fused events kept by place, so that adding or replacing one document refuses only the places it
 * touches. Immutable: every change returns a new state sharing the untouched places' results. Equal
 * to fusing everything at once ({@link #of}), whatever the order documents came in.
 */
public final class FusionState {
  private final EventFuser fuser;
  private final SourceGroups groups;
  private final Map<String, List<Event>> eventsByPlace;
  private final Map<String, List<FusedEvent>> fusedByPlace;
  private final int refused;

  private FusionState(
      EventFuser fuser,
      SourceGroups groups,
      Map<String, List<Event>> eventsByPlace,
      Map<String, List<FusedEvent>> fusedByPlace,
      int refused) {
    this.fuser = fuser;
    this.groups = groups;
    this.eventsByPlace = eventsByPlace;
    this.fusedByPlace = fusedByPlace;
    this.refused = refused;
  }

  public static FusionState empty(FusionSettings settings) {
    return new FusionState(new EventFuser(settings), SourceGroups.NONE, Map.of(), Map.of(), 0);
  }

  /** Everything at once. */
  public static FusionState of(
      Collection<Event> events, SourceGroups groups, FusionSettings settings) {
    FusionState s = empty(settings);
    Map<String, List<Event>> by = new TreeMap<>();
    for (Event e : events) {
      by.computeIfAbsent(EventFuser.placeKey(e), k -> new ArrayList<>()).add(e);
    }
    Map<String, List<FusedEvent>> fused = new TreeMap<>();
    EventFuser f = s.fuser;
    by.forEach((k, v) -> fused.put(k, f.fuse(v, groups)));
    Map<String, List<Event>> frozen = new TreeMap<>();
    by.forEach((k, v) -> frozen.put(k, List.copyOf(EventFuser.canonical(v))));
    return new FusionState(f, groups, frozen, fused, by.size());
  }

  /**
   * Adds one document's events (replacing any earlier version of that document), with its
   * near-duplicate link ({@code duplicateOf} may be null). Only the places the old or new events
   * are at are fused again.
   */
  public FusionState withDocument(String docId, Collection<Event> events, String duplicateOf) {
    Objects.requireNonNull(docId, "docId");
    SourceGroups g = groups.with(docId, duplicateOf);
    Set<String> touched = new HashSet<>();
    Map<String, List<Event>> by = new HashMap<>(eventsByPlace);
    for (var entry : eventsByPlace.entrySet()) {
      // a new link can move documents already here into another group: refuse their places
      boolean regrouped =
          g != groups
              && entry.getValue().stream()
                  .flatMap(e -> e.docIds().stream())
                  .anyMatch(d -> !g.groupOf(d).equals(groups.groupOf(d)));
      if (regrouped) {
        touched.add(entry.getKey());
      }
      if (entry.getValue().stream().anyMatch(e -> e.docIds().contains(docId))) {
        touched.add(entry.getKey());
        by.put(
            entry.getKey(),
            entry.getValue().stream().filter(e -> !e.docIds().contains(docId)).toList());
      }
    }
    for (Event e : events) {
      String k = EventFuser.placeKey(e);
      touched.add(k);
      List<Event> l = new ArrayList<>(by.getOrDefault(k, List.of()));
      l.add(e);
      by.put(k, l);
    }
    Map<String, List<FusedEvent>> fused = new TreeMap<>(fusedByPlace);
    Map<String, List<Event>> frozen = new TreeMap<>();
    by.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            frozen.put(k, touched.contains(k) ? List.copyOf(EventFuser.canonical(v)) : v);
          }
        });
    for (String k : touched) {
      List<Event> v = frozen.get(k);
      if (v == null) {
        fused.remove(k);
      } else {
        fused.put(k, fuser.fuse(v, g));
      }
    }
    return new FusionState(fuser, g, frozen, fused, touched.size());
  }

  /**
   * This state with {@code removed} (events of this state, matched by id) taken out and {@code
   * added} put in, the documents grouped by {@code groups}: equal to fusing the resulting events at
   * once ({@link #of}). Only the places those events are at, and the places holding a document
   * whose source group {@code groups} changes, are fused again; the others keep their results.
   */
  public FusionState withEvents(
      Collection<Event> removed, Collection<Event> added, SourceGroups groups) {
    Objects.requireNonNull(groups, "groups");
    Map<String, List<Event>> changed = new HashMap<>();
    Map<String, List<Event>> moves = new HashMap<>(); // place → the reports that came or went
    for (Event e : removed) {
      String id = e.eventId();
      String k = EventFuser.placeKey(e);
      List<Event> l = placeList(changed, k);
      for (Event x : l) {
        if (x.eventId().equals(id)) {
          moves.computeIfAbsent(k, y -> new ArrayList<>()).add(x);
        }
      }
      l.removeIf(x -> x.eventId().equals(id));
    }
    for (Event e : added) {
      String k = EventFuser.placeKey(e);
      List<Event> l = placeList(changed, k);
      List<Event> m = moves.computeIfAbsent(k, y -> new ArrayList<>());
      for (Event x : l) {
        if (x.eventId().equals(e.eventId())) {
          m.add(x); // one id twice: one of them will give way (EventFuser.canonical)
        }
      }
      l.add(e);
      m.add(e);
    }
    Set<String> touched = new HashSet<>(changed.keySet());
    Set<String> regrouped = new HashSet<>();
    if (!groups.equals(this.groups)) {
      // a changed link moves documents into another group: their places' testimonies change
      for (var entry : eventsByPlace.entrySet()) {
        if (regrouped(entry.getValue(), groups)) {
          regrouped.add(entry.getKey());
        }
      }
      touched.addAll(regrouped);
    }
    Map<String, List<Event>> by = new TreeMap<>(eventsByPlace);
    Map<String, List<FusedEvent>> fused = new TreeMap<>(fusedByPlace);
    for (String k : touched) {
      List<Event> c = changed.get(k);
      List<Event> v = c == null ? eventsByPlace.get(k) : List.copyOf(EventFuser.canonical(c));
      if (v.isEmpty()) {
        by.remove(k);
        fused.remove(k);
      } else {
        by.put(k, v);
        List<FusedEvent> was = fusedByPlace.get(k);
        fused.put(
            k,
            was == null || regrouped.contains(k)
                ? fuser.fuse(v, groups)
                : fuser.refuse(was, v, moves.getOrDefault(k, List.of()), groups));
      }
    }
    return new FusionState(fuser, groups, by, fused, touched.size());
  }

  private List<Event> placeList(Map<String, List<Event>> changed, String place) {
    return changed.computeIfAbsent(
        place, k -> new ArrayList<>(eventsByPlace.getOrDefault(k, List.of())));
  }

  private boolean regrouped(List<Event> events, SourceGroups g) {
    for (Event e : events) {
      for (String d : e.docIds()) {
        if (!g.groupOf(d).equals(groups.groupOf(d))) {
          return true;
        }
      }
    }
    return false;
  }

  public SourceGroups groups() {
    return groups;
  }

  public FusionSettings settings() {
    return fuser.settings();
  }

  /** How many places the last change fused again (for tests of incrementality). */
  public int placesRefused() {
    return refused;
  }

  public List<Event> events() {
    List<Event> all = new ArrayList<>();
    eventsByPlace.values().forEach(all::addAll);
    return EventFuser.canonical(all);
  }

  /** Every fused event, by date, place and id. */
  public List<FusedEvent> fused() {
    List<FusedEvent> all = new ArrayList<>();
    fusedByPlace.values().forEach(all::addAll);
    all.sort(EventFuser.ORDER);
    return all;
  }
}
