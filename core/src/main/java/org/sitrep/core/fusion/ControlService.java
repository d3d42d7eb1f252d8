package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * The API over fused events that the CLI and the web server call: control on a day, the timeline of
 * one place, the daily report. Built on a list of events and the documents' source groups;
 * immutable and thread-safe; {@link #withDocument} and {@link #withEvents} update it incrementally:
 * only the places the change touches are fused again, and {@link #control} reuses the states of the
 * units whose evidence did not change (a pure function of the unit, its evidence and the day,
 * memoised per unit for the last day asked).
 */
public final class ControlService {
  private final FusionState state;
  private final ControlEngine engine;
  private final Map<String, ControlUnit> units;
  private final Map<String, List<ControlEngine.Item>> itemsByUnit;
  // unit id → its state on the last day control() was asked for (see known())
  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private volatile Map<String, Event> eventsById; // built on first use

  /** A unit's state on one day, as {@link ControlEngine#stateAt} gave it. */
  private record Known(LocalDate day, Optional<ControlState> state) {}

  /**
   * Built on {@code state}; {@code before} (may be null) is the service this one updates: a unit
   * whose description and evidence are unchanged keeps its evidence list and its known state.
   */
  private ControlService(FusionState state, ControlService before) {
    this.state = state;
    this.engine = new ControlEngine(state.settings());
    List<FusedEvent> fused = state.fused();
    Map<String, ControlUnit> u = new TreeMap<>();
    Map<String, List<ControlEngine.Item>> own = new TreeMap<>();
    List<FusedEvent> byId = new ArrayList<>(fused);
    byId.sort(Comparator.comparing(FusedEvent::id));
    for (FusedEvent e : byId) {
      if (e.kind() != EventKind.TERRITORY || e.date() == null) {
        continue; // an undated change of hands cannot be placed on the control time line
      }
      ControlUnit cu = e.unit();
      u.merge(cu.id(), cu, ControlService::betterUnit);
      own.computeIfAbsent(cu.id(), k -> new ArrayList<>()).add(new ControlEngine.Item(e, 1.0));
    }
    mergeLocalitiesNamedLikeDistricts(u, own);
    Map<String, List<ControlEngine.Item>> items = new TreeMap<>();
    double share = state.settings().provinceToDistrict();
    for (var entry : own.entrySet()) {
      List<ControlEngine.Item> l = new ArrayList<>(entry.getValue());
      String prov = u.get(entry.getKey()).provinceId();
      if (prov != null && own.containsKey(prov) && share > 0) {
        for (ControlEngine.Item it : own.get(prov)) {
          l.add(new ControlEngine.Item(it.event(), share));
        }
      }
      items.put(entry.getKey(), List.copyOf(l));
    }
    if (before != null) {
      for (var entry : items.entrySet()) {
        String id = entry.getKey();
        List<ControlEngine.Item> was = before.itemsByUnit.get(id);
        // Items compare cheaply: untouched places keep their very FusedEvent objects.
        if (was != null && u.get(id).equals(before.units.get(id)) && was.equals(entry.getValue())) {
          entry.setValue(was);
          Known k = before.known.get(id);
          if (k != null) {
            known.put(id, k);
          }
        }
      }
    }
    this.units = u;
    this.itemsByUnit = items;
  }

  /**
   * A report of "the district of X" that the gazetteer resolved without its district is a locality
   * named X; when a district X of the same province is known, its reports count for that district.
   */
  private static void mergeLocalitiesNamedLikeDistricts(
      Map<String, ControlUnit> u, Map<String, List<ControlEngine.Item>> own) {
    Map<String, String> districtByName = new TreeMap<>();
    for (ControlUnit x : u.values()) {
      if (x.level() == UnitLevel.DISTRICT) {
        districtByName.putIfAbsent(Names.key(x.admin1()) + "/" + Names.key(x.admin2()), x.id());
      }
    }
    for (ControlUnit x : List.copyOf(u.values())) {
      String d =
          x.level() == UnitLevel.LOCALITY
              ? districtByName.get(Names.key(x.admin1()) + "/" + Names.key(x.name()))
              : null;
      if (d != null) {
        own.get(d).addAll(own.remove(x.id()));
        u.remove(x.id());
      }
    }
  }

  // Coordinates of the unit itself (a report naming the district) beat a town's within it.
  private static ControlUnit betterUnit(ControlUnit a, ControlUnit b) {
    if (a.lat() == null && b.lat() != null) {
      return b;
    }
    return a;
  }

  public static ControlService of(
      Collection<Event> events, SourceGroups groups, FusionSettings settings) {
    return new ControlService(FusionState.of(events, groups, settings), null);
  }

  public static ControlService of(FusionState state) {
    return new ControlService(Objects.requireNonNull(state, "state"), null);
  }

  /** This service with one document's events added or replaced; refuses only its places. */
  public ControlService withDocument(String docId, Collection<Event> events, String duplicateOf) {
    return new ControlService(state.withDocument(docId, events, duplicateOf), this);
  }

  /**
   * This service with {@code removed} (events of this service, matched by id) taken out, {@code
   * added} put in and the documents grouped by {@code groups} ({@link FusionState#withEvents}):
   * equal to building it from the resulting events at once, at the cost of the places touched.
   */
  public ControlService withEvents(
      Collection<Event> removed, Collection<Event> added, SourceGroups groups) {
    return new ControlService(state.withEvents(removed, added, groups), this);
  }

  public FusionSettings settings() {
    return state.settings();
  }

  public List<FusedEvent> fusedEvents() {
    return state.fused();
  }

  public Optional<Event> event(String eventId) {
    Map<String, Event> ev = eventsById;
    if (ev == null) {
      ev = new HashMap<>();
      for (Event e : state.events()) {
        ev.put(e.eventId(), e);
      }
      eventsById = ev;
    }
    return Optional.ofNullable(ev.get(eventId));
  }

  /** The unit with this id, else name or district, else a locality its reports name. */
  public Optional<ControlUnit> unit(String query) {
    Optional<ControlUnit> exact = Optional.ofNullable(units.get(query));
    if (exact.isPresent()) {
      return exact;
    }
    Optional<ControlUnit> named = units.values().stream().filter(x -> x.matches(query)).findFirst();
    if (named.isPresent()) {
      return named;
    }
    // a locality the reports name (a town standing for its district)
    String q = Names.key(query);
    for (var e : itemsByUnit.entrySet()) {
      for (ControlEngine.Item it : e.getValue()) {
        if (it.scale() == 1.0
            && it.event().members().stream()
                .anyMatch(m -> m.location() != null && Names.key(m.location().name()).equals(q))) {
          return Optional.of(units.get(e.getKey()));
        }
      }
    }
    return Optional.empty();
  }

  /** Every unit with evidence begun by {@code day}, as of that day. */
  public ControlMap control(LocalDate day) {
    Map<String, ControlState> raw = new TreeMap<>();
    for (String id : units.keySet()) {
      known(id, day).ifPresent(s -> raw.put(id, s));
    }
    List<ControlState> out = new ArrayList<>();
    for (ControlState s : raw.values()) {
      out.add(s.unit().level() == UnitLevel.PROVINCE ? wholeProvince(s, raw.values()) : s);
    }
    out.sort(ORDER);
    return new ControlMap(day, out);
  }

  /** The unit's own state on {@code day}, computed once per unit and day asked. */
  private Optional<ControlState> known(String id, LocalDate day) {
    Known k = known.get(id);
    if (k != null && k.day().equals(day)) {
      return k.state();
    }
    Optional<ControlState> s = engine.stateAt(units.get(id), itemsByUnit.get(id), day);
    known.put(id, new Known(day, s));
    return s;
  }

  private static final Comparator<ControlState> ORDER =
      Comparator.comparing((ControlState s) -> Names.key(s.unit().admin1()))
          .thenComparing(s -> s.unit().level())
          .thenComparing(s -> Names.key(s.unit().name()))
          .thenComparing(s -> s.unit().id());

  /**
   * A province claimed whole is contested while one of its districts is held, claimed or contested
   * by someone else: the whole-province claim cannot be entirely true.
   */
  private static ControlState wholeProvince(ControlState p, Collection<ControlState> all) {
    if (p.status() == ControlStatus.UNKNOWN) {
      return p;
    }
    for (ControlState d : all) {
      if (p.unit().id().equals(d.unit().provinceId())
          && d.status() != ControlStatus.UNKNOWN
          && !Names.key(d.controller()).equals(Names.key(p.controller()))) {
        List<String> ids = new ArrayList<>(d.eventIds());
        return p.withStatus(ControlStatus.CONTESTED, d.controller(), ids);
      }
    }
    return p;
  }

  private Optional<ControlState> stateOn(ControlUnit u, LocalDate day) {
    Optional<ControlState> s = engine.stateAt(u, itemsByUnit.get(u.id()), day);
    if (s.isEmpty() || u.level() != UnitLevel.PROVINCE) {
      return s;
    }
    List<ControlState> districts = new ArrayList<>();
    for (ControlUnit d : units.values()) {
      if (u.id().equals(d.provinceId())) {
        engine.stateAt(d, itemsByUnit.get(d.id()), day).ifPresent(districts::add);
      }
    }
    return Optional.of(wholeProvince(s.get(), districts));
  }

  /**
   * The history of a place as a user names it: by unit id, name or district first, then (another
   * spelling, a gazetteer id) through the gazetteer's places for it, as fusion keys their units.
   * The gazetteer is asked for only when the first lookup fails (loading it can take seconds).
   */
  public Optional<Timeline> timeline(String query, Supplier<Gazetteer> gazetteer) {
    Optional<Timeline> t = timeline(query);
    if (t.isPresent()) {
      return t;
    }
    Gazetteer g = gazetteer.get();
    Optional<Place> byId = g.byId(query);
    if (byId.isPresent()) {
      t = timeline(unitId(byId.get(), g));
    }
    for (Iterator<Place> it = g.search(query, 5).iterator(); t.isEmpty() && it.hasNext(); ) {
      t = timeline(unitId(it.next(), g));
    }
    return t;
  }

  /** The control unit id fusion gives events located at this gazetteer place. */
  public static String unitId(Place p, Gazetteer g) {
    Gazetteer.AdminNames an = g.adminNames(p);
    int precision = p.kind() == PlaceKind.PROVINCE ? 3 : p.kind() == PlaceKind.DISTRICT ? 2 : 1;
    // Events name admin units as texts do, without "Province", "Region"... (Gazetteer.bareName).
    String a1 = Gazetteer.bareName(an.admin1(), PlaceKind.PROVINCE);
    String a2 = Gazetteer.bareName(an.admin2(), PlaceKind.DISTRICT);
    String name =
        p.kind() == PlaceKind.PROVINCE && a1 != null ? a1 : Gazetteer.bareName(p.name(), p.kind());
    return ControlUnit.of(new Location(name, a1, a2, null, null, precision, p.id())).id();
  }

  /** The history of one place (by unit id, name or district), or empty when it has no evidence. */
  public Optional<Timeline> timeline(String query) {
    Optional<ControlUnit> u = unit(query);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    ControlUnit unit = u.get();
    List<FusedEvent> events = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    Set<String> seen = new TreeSet<>();
    for (ControlEngine.Item it : itemsByUnit.get(unit.id())) {
      FusedEvent e = it.event();
      if (seen.add(e.id())) {
        events.add(e);
      }
      for (Testimony t : e.testimonies()) {
        first = first == null || t.date().from().isBefore(first) ? t.date().from() : first;
        last = last == null || t.date().to().isAfter(last) ? t.date().to() : last;
      }
      first = e.date().from().isBefore(first) ? e.date().from() : first;
    }
    for (ControlUnit d : units.values()) {
      if (unit.level() == UnitLevel.PROVINCE && unit.id().equals(d.provinceId())) {
        for (ControlEngine.Item it : itemsByUnit.get(d.id())) {
          for (Testimony t : it.event().testimonies()) {
            last = t.date().to().isAfter(last) ? t.date().to() : last;
          }
        }
      }
    }
    events.sort(EventFuser.ORDER);
    List<Timeline.Entry> entries = new ArrayList<>();
    ControlState prev = null;
    LocalDate prevDay = null;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      Optional<ControlState> s = stateOn(unit, d);
      if (s.isEmpty()) {
        continue;
      }
      ControlState cur = s.get();
      if (prev == null || cur.differsFrom(prev) || !cur.eventIds().equals(prev.eventIds())) {
        close(entries, d.minusDays(1));
        entries.add(new Timeline.Entry(d, null, cur, added(prev, cur)));
      }
      prev = cur;
      prevDay = d;
    }
    if (prev != null && prev.status() != ControlStatus.UNKNOWN) {
      // When, without news, confidence will have decayed below the "unknown" floor.
      double c = prev.confidence();
      if (c > 0) {
        long days =
            (long)
                Math.ceil(
                    settings().halfLifeDays()
                        * Math.log(c / settings().unknownBelow())
                        / Math.log(2));
        LocalDate probe = prevDay.plusDays(Math.max(1, days));
        for (int i = 0; i < 3; i++) {
          Optional<ControlState> s = stateOn(unit, probe);
          if (s.isPresent() && s.get().status() == ControlStatus.UNKNOWN) {
            close(entries, probe.minusDays(1));
            entries.add(new Timeline.Entry(probe, null, s.get(), List.of()));
            break;
          }
          probe = probe.plusDays(1);
        }
      }
    }
    return Optional.of(new Timeline(unit, entries, events));
  }

  private static void close(List<Timeline.Entry> entries, LocalDate to) {
    if (!entries.isEmpty()) {
      Timeline.Entry e = entries.remove(entries.size() - 1);
      entries.add(new Timeline.Entry(e.from(), to, e.state(), e.newEventIds()));
    }
  }

  private static List<String> added(ControlState prev, ControlState cur) {
    List<String> l = new ArrayList<>(cur.eventIds());
    if (prev != null) {
      l.removeAll(prev.eventIds());
    }
    return l;
  }

  /** The daily situation report for {@code day}. */
  public Report report(LocalDate day) {
    return Report.build(this, day);
  }
}
