package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.fusion.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;

/**
 * Fusion and control do not depend on the order reports arrive in; adding documents one by one
 * gives what fusing them all at once gives; wire copies never add sources; denials never erase.
 */
class FusionPropertiesTest {
  private static final FusionSettings S = FusionSettings.defaults();
  private static final List<Location> PLACES =
      List.of(PUL_E_HESAR, DEH_SALAH, BANU, RUKHA, PANJSHIR);
  private static final List<String> SIDES = List.of("Taliban", "anti-Taliban resistance");
  private static final List<String> BY =
      java.util.Arrays.asList(null, "Taliban spokesman", "witnesses");
  private static final List<LocalDate> PROBES = List.of(aug(5), aug(12), aug(20), aug(28), sep(30));

  /** A report before its id and document are assigned. */
  record Draft(
      Location place,
      String side,
      int day,
      int width,
      ClaimStatus status,
      String by,
      boolean clash,
      int doc,
      int killed) {}

  @Provide
  Arbitrary<List<Event>> reports() {
    Arbitrary<Draft> draft =
        Combinators.combine(
                Arbitraries.of(PLACES),
                Arbitraries.of(SIDES),
                Arbitraries.integers().between(1, 25),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(ClaimStatus.class),
                Arbitraries.of(BY),
                Arbitraries.of(true, false, false),
                Arbitraries.integers().between(0, 7))
            .as(
                (place, side, day, width, status, by, clash, doc) ->
                    new Draft(
                        place, side, day, width, status, by, clash, doc, (day * 7 + doc) % 31 - 1));
    return draft.list().ofMinSize(1).ofMaxSize(25).map(FusionPropertiesTest::materialise);
  }

  static List<Event> materialise(List<Draft> ds) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < ds.size(); i++) {
      Draft d = ds.get(i);
      String id = String.format("e%02d", i);
      String doc = "doc" + d.doc();
      LocalDate from = aug(d.day());
      LocalDate to = from.plusDays(d.width());
      if (d.clash()) {
        Fatalities f =
            d.killed() < 0
                ? Fatalities.NONE
                : new Fatalities(
                    d.killed(), null, null, d.killed(), d.killed(), d.killed(), d.killed());
        out.add(clash(id, doc, d.place(), from, to, f, d.side()));
      } else {
        out.add(taken(id, doc, d.place(), d.side(), null, from, to, d.status(), d.by()));
      }
    }
    return out;
  }

  // Copies of documents 6 and 7 are wire copies of 0 and 1.
  private static final SourceGroups GROUPS =
      SourceGroups.fromDuplicateLinks(Map.of("doc6", "doc0", "doc7", "doc1"));

  @Property(tries = 150)
  void fusionIgnoresArrivalOrder(@ForAll("reports") List<Event> events, @ForAll long seed) {
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    EventFuser f = new EventFuser(S);
    assertThat(f.fuse(shuffled, GROUPS)).isEqualTo(f.fuse(events, GROUPS));
  }

  @Property(tries = 100)
  void controlIgnoresArrivalOrder(@ForAll("reports") List<Event> events, @ForAll long seed) {
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    ControlService a = ControlService.of(events, GROUPS, S);
    ControlService b = ControlService.of(shuffled, GROUPS, S);
    for (LocalDate d : PROBES) {
      assertThat(b.control(d)).isEqualTo(a.control(d));
    }
  }

  @Property(tries = 100)
  void addingDocumentsOneByOneEqualsFusingAll(
      @ForAll("reports") List<Event> events, @ForAll long seed) {
    Map<String, List<Event>> byDoc = new TreeMap<>();
    events.forEach(e -> byDoc.computeIfAbsent(e.docIds().get(0), k -> new ArrayList<>()).add(e));
    List<String> docs = new ArrayList<>(byDoc.keySet());
    Collections.shuffle(docs, new Random(seed));
    FusionState inc = FusionState.empty(S);
    for (String doc : docs) {
      inc = inc.withDocument(doc, byDoc.get(doc), GROUPS.duplicateOf().get(doc));
    }
    FusionState all = FusionState.of(events, GROUPS, S);
    assertThat(inc.fused()).isEqualTo(all.fused());
    ControlService a = ControlService.of(all);
    ControlService b = ControlService.of(inc);
    for (LocalDate d : PROBES) {
      assertThat(b.control(d)).isEqualTo(a.control(d));
    }
  }

  /**
   * Events put in, replaced (same id, other content), withdrawn by document, and wire-copy links
   * made and unmade, one change at a time as the streaming job does: after every change the
   * incremental service fuses and controls exactly as one built from the resulting events at once,
   * on the day of the latest news and on other days asked in between (its memo is per day).
   */
  @Property(tries = 150)
  void changingEventsOneAtATimeEqualsFusingAll(
      @ForAll("reports") List<Event> events, @ForAll long seed) {
    Random r = new Random(seed);
    Map<String, Event> now = new TreeMap<>();
    Map<String, String> links = new TreeMap<>();
    ControlService inc = ControlService.of(List.of(), SourceGroups.NONE, S);
    List<Event> pool = new ArrayList<>(events);
    int step = 0;
    while (!pool.isEmpty() || step < events.size() + 3) {
      step++;
      int what = r.nextInt(10);
      List<Event> removed = new ArrayList<>();
      List<Event> added = new ArrayList<>();
      if (what < 6 && !pool.isEmpty()) {
        added.add(pool.remove(0));
      } else if (what == 6 && !now.isEmpty()) {
        // a redelivery with other content: the same id, moved in time and place
        Event old = new ArrayList<>(now.values()).get(r.nextInt(now.size()));
        Event moved = materialise(List.of(draftLike(r))).get(0);
        added.add(withId(moved, old.eventId(), old.docIds().get(0)));
      } else if (what == 7 && !now.isEmpty()) {
        String doc = new ArrayList<>(now.values()).get(r.nextInt(now.size())).docIds().get(0);
        now.values().stream().filter(e -> e.docIds().contains(doc)).forEach(removed::add);
      } else if (what == 8) {
        String doc = "doc" + r.nextInt(8);
        if (links.containsKey(doc)) {
          links.remove(doc);
        } else {
          links.put(doc, "doc" + r.nextInt(8));
        }
      } else if (pool.isEmpty()) {
        continue;
      } else {
        added.add(pool.remove(pool.size() - 1));
      }
      for (Event e : added) {
        Event old = now.get(e.eventId());
        if (old != null) {
          removed.add(old);
        }
      }
      removed.forEach(e -> now.remove(e.eventId()));
      added.forEach(e -> now.put(e.eventId(), e));
      SourceGroups groups = SourceGroups.fromDuplicateLinks(links);
      inc = inc.withEvents(removed, added, groups);
      ControlService all = ControlService.of(now.values(), groups, S);
      assertThat(inc.fusedEvents()).isEqualTo(all.fusedEvents());
      LocalDate latest =
          now.values().stream()
              .filter(Event::dated)
              .map(e -> e.date().to())
              .max(LocalDate::compareTo)
              .orElse(aug(1));
      for (LocalDate d : List.of(latest, PROBES.get(r.nextInt(PROBES.size())), latest)) {
        assertThat(inc.control(d)).isEqualTo(all.control(d));
      }
    }
  }

  private static Draft draftLike(Random r) {
    return new Draft(
        PLACES.get(r.nextInt(PLACES.size())),
        SIDES.get(r.nextInt(SIDES.size())),
        1 + r.nextInt(25),
        r.nextInt(4),
        ClaimStatus.values()[r.nextInt(ClaimStatus.values().length)],
        BY.get(r.nextInt(BY.size())),
        r.nextInt(3) == 0,
        r.nextInt(8),
        r.nextInt(30));
  }

  private static Event withId(Event e, String id, String doc) {
    return new Event(
        id,
        List.of(doc),
        e.kind(),
        e.subEventType(),
        e.date(),
        e.location(),
        e.actors(),
        e.territory(),
        e.fatalities(),
        e.claim(),
        e.evidence().stream()
            .map(x -> new org.sitrep.model.Evidence(doc, x.start(), x.end(), x.quote(), x.role()))
            .toList(),
        e.confidence());
  }

  @Property(tries = 100)
  void oneDocumentRefusesOnlyItsPlaces(@ForAll("reports") List<Event> events) {
    FusionState all = FusionState.of(events, SourceGroups.NONE, S);
    Event extra = taken("zz", "new-doc", RUKHA, "Taliban", aug(3), ClaimStatus.ASSERTED, null);
    FusionState after = all.withDocument("new-doc", List.of(extra), null);
    assertThat(after.placesRefused()).isEqualTo(1);
    assertThat(after.fused())
        .isEqualTo(FusionState.of(after.events(), SourceGroups.NONE, S).fused());
  }

  @Property(tries = 100)
  void wireCopiesNeverAddSources(@ForAll("reports") List<Event> events) {
    EventFuser f = new EventFuser(S);
    Map<String, Integer> before = sources(f.fuse(events, SourceGroups.NONE));
    List<Event> withCopies = new ArrayList<>(events);
    Map<String, String> links = new HashMap<>();
    for (Event e : events) {
      String copy = e.docIds().get(0) + "-copy";
      links.put(copy, e.docIds().get(0));
      withCopies.add(copyOf(e, copy));
    }
    Map<String, Integer> after =
        sources(f.fuse(withCopies, SourceGroups.fromDuplicateLinks(links)));
    assertThat(after).isEqualTo(before);
  }

  @Property(tries = 100)
  void aDenialMakesContestedNeverErases(@ForAll("reports") List<Event> events) {
    ControlService a = ControlService.of(events, SourceGroups.NONE, S);
    ControlMap m = a.control(sep(1));
    for (ControlState st : m.states()) {
      Location where = locationOf(events, st.unit().id());
      Event denial =
          taken(
              "zz",
              "denier",
              where,
              st.controller(),
              null,
              st.since(),
              st.since(),
              ClaimStatus.DENIED,
              "witnesses");
      List<Event> more = new ArrayList<>(events);
      more.add(denial);
      ControlState after =
          ControlService.of(more, SourceGroups.NONE, S)
              .control(sep(1))
              .state(st.unit().id())
              .orElse(null);
      assertThat(after).as("denied state still there").isNotNull();
    }
  }

  /**
   * One new report, from a source of its own, saying another side took a place that several
   * independent sources say is held never makes that place "held" by the new side.
   */
  @Property(tries = 150)
  void oneStrayReportCannotFlipAnEstablishedState(@ForAll("reports") List<Event> events) {
    LocalDate day = sep(1);
    ControlMap before = ControlService.of(events, SourceGroups.NONE, S).control(day);
    for (ControlState st : before.states()) {
      if (st.status() != ControlStatus.HELD || st.sources() < ControlEngine.ESTABLISHED) {
        continue;
      }
      Location where = locationOf(events, st.unit().id());
      String other = SIDES.get(0).equals(st.controller()) ? SIDES.get(1) : SIDES.get(0);
      List<Event> more = new ArrayList<>(events);
      more.add(taken("zz", "stray", where, other, day, ClaimStatus.ASSERTED, null));
      ControlState after =
          ControlService.of(more, SourceGroups.NONE, S).control(day).state(st.unit().id()).get();
      if (after.controller().equals(other)) {
        assertThat(after.status()).as("one report against " + st).isNotEqualTo(ControlStatus.HELD);
      }
    }
  }

  /** Where the territorial reports about a control unit are. */
  private static Location locationOf(List<Event> events, String unitId) {
    return events.stream()
        .filter(e -> e.territory() != null && ControlUnit.of(e.location()).id().equals(unitId))
        .findFirst()
        .orElseThrow()
        .location();
  }

  private static Map<String, Integer> sources(List<FusedEvent> fused) {
    Map<String, Integer> m = new TreeMap<>();
    for (FusedEvent e : fused) {
      String key =
          e.members().stream()
              .map(Event::eventId)
              .filter(id -> !id.endsWith("c"))
              .sorted()
              .toList()
              .toString();
      m.put(key, e.independentSources());
    }
    return m;
  }

  private static Event copyOf(Event e, String doc) {
    return withId(e, e.eventId() + "c", doc);
  }
}
