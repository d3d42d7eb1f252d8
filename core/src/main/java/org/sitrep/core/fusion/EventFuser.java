package org.sitrep.core.fusion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;

/**
 * Cross-report fusion: reports of the same happening (same place, same kind, dates within the
 * tolerance, compatible actors; for territory the same new controller) become one {@link
 * FusedEvent}. Reports are linked pairwise and fused by connected components over a canonical
 * order, so the result does not depend on the order reports arrive in. Stateless and thread-safe.
 */
public final class EventFuser {
  private final FusionSettings settings;

  public EventFuser(FusionSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public FusionSettings settings() {
    return settings;
  }

  /** The key under which reports may fuse: place, kind and (territory) new controller. */
  static String bucket(Event e) {
    return placeKey(e) + "|" + e.kind().wire() + "|" + controllerKey(e);
  }

  /**
   * The place part of the key. Territorial reports key on their control unit (a town's capture is
   * its district's); other reports on the gazetteer entry.
   */
  static String placeKey(Event e) {
    if (e.kind() == EventKind.TERRITORY) {
      return ControlUnit.of(e.location()).id();
    }
    Location l = e.location();
    if (l == null) {
      return "none";
    }
    return l.gazetteerId() != null
        ? "gaz:" + l.gazetteerId()
        : "loc:"
            + Names.slug(l.admin1())
            + "/"
            + Names.slug(l.admin2())
            + "/"
            + Names.slug(l.name());
  }

  private static String controllerKey(Event e) {
    return e.territory() == null ? "" : Names.key(e.territory().controllerAfter());
  }

  /** Fuses every report; the list is sorted by date, place and id. */
  public List<FusedEvent> fuse(Collection<Event> events, SourceGroups groups) {
    Map<String, List<Event>> buckets = new TreeMap<>();
    List<FusedEvent> out = new ArrayList<>();
    for (Event e : canonical(events)) {
      if (!e.dated()) {
        // An undated report cannot be told to be the same happening as any other: alone.
        out.add(merge(List.of(e), groups));
        continue;
      }
      buckets.computeIfAbsent(bucket(e), k -> new ArrayList<>()).add(e);
    }
    for (List<Event> b : buckets.values()) {
      out.addAll(fuseBucket(b, groups));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * {@link #fuse} of one place's reports ({@code events}, all under one {@link #placeKey}), given
   * {@code before}: that place's fusion under the same groups before the reports in {@code changed}
   * came, went or were replaced. Only the buckets (kind and new controller) of the changed reports
   * are fused again: fusion never links reports across buckets.
   */
  List<FusedEvent> refuse(
      List<FusedEvent> before,
      Collection<Event> events,
      Collection<Event> changed,
      SourceGroups groups) {
    Map<String, String> keys = new java.util.HashMap<>();
    Set<String> touched = new HashSet<>();
    for (Event e : changed) {
      touched.add(bucketInPlace(e, keys));
    }
    List<FusedEvent> out = new ArrayList<>();
    for (FusedEvent f : before) {
      if (!touched.contains(bucketInPlace(f.members().get(0), keys))) {
        out.add(f);
      }
    }
    List<Event> again = new ArrayList<>();
    for (Event e : events) {
      if (touched.contains(bucketInPlace(e, keys))) {
        again.add(e);
      }
    }
    out.addAll(fuse(again, groups));
    out.sort(ORDER);
    return out;
  }

  // The bucket less the place (the same for all of one place's reports); names keyed once per call.
  private static String bucketInPlace(Event e, Map<String, String> keys) {
    String c =
        e.territory() == null
            ? ""
            : keys.computeIfAbsent(e.territory().controllerAfter(), Names::key);
    return e.kind().wire() + "|" + c;
  }

  /** By date, undated happenings last, then by id. */
  static final Comparator<FusedEvent> ORDER =
      Comparator.comparing(
              (FusedEvent f) -> f.date() == null ? null : f.date().from(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              f -> f.date() == null ? null : f.date().to(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(FusedEvent::id);

  /** Sorted by id; a report seen twice under one id counts once. */
  static List<Event> canonical(Collection<Event> events) {
    Map<String, Event> byId = new TreeMap<>();
    for (Event e : events) {
      byId.merge(e.eventId(), e, (a, b) -> tieBreak(a, b));
    }
    return new ArrayList<>(byId.values());
  }

  // Two different reports under one id should not happen; if it does, keep one by content.
  private static Event tieBreak(Event a, Event b) {
    return a.toString().compareTo(b.toString()) <= 0 ? a : b;
  }

  /**
   * Fuses the reports of one bucket (already in canonical order). Reports are swept in date order
   * so that only reports whose widened dates can overlap are compared; the components, hence the
   * result, do not depend on that order.
   */
  List<FusedEvent> fuseBucket(List<Event> b, SourceGroups groups) {
    int n = b.size();
    int[] parent = new int[n];
    List<Set<String>> parties = new ArrayList<>(n);
    Integer[] byFrom = new Integer[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      parties.add(parties(b.get(i)));
      byFrom[i] = i;
    }
    java.util.Arrays.sort(
        byFrom, Comparator.comparing((Integer i) -> b.get(i).date().from()).thenComparing(i -> i));
    long tol = settings.dateToleranceDays();
    for (int x = 0; x < n; x++) {
      int i = byFrom[x];
      DateInterval di = b.get(i).date();
      for (int y = x + 1; y < n; y++) {
        int j = byFrom[y];
        if (b.get(j).date().from().minusDays(tol).isAfter(di.to())) {
          break; // every later report starts later still
        }
        if (sameHappening(b.get(i), b.get(j), parties.get(i), parties.get(j))) {
          int ri = find(parent, i);
          int rj = find(parent, j);
          parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
    Map<Integer, List<Event>> comps = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      comps.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(b.get(i));
    }
    List<FusedEvent> out = new ArrayList<>();
    for (List<Event> c : comps.values()) {
      out.add(merge(c, groups));
    }
    return out;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  /** Whether two reports are of the same happening (the fusion rule, pair by pair). */
  boolean compatible(Event a, Event b) {
    return bucket(a).equals(bucket(b)) && sameHappening(a, b, parties(a), parties(b));
  }

  // Within one bucket (same place, kind and new controller): dates and actors.
  private boolean sameHappening(Event a, Event b, Set<String> pa, Set<String> pb) {
    long tol = settings.dateToleranceDays();
    DateInterval da = a.date();
    DateInterval db = b.date();
    if (da.from().minusDays(tol).isAfter(db.to()) || db.from().minusDays(tol).isAfter(da.to())) {
      return false;
    }
    if (a.kind() == EventKind.TERRITORY || pa.isEmpty() || pb.isEmpty()) {
      return true; // territory: same unit and same new controller is the same change of hands
    }
    for (String x : pa) {
      if (pb.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> parties(Event e) {
    Set<String> s = new HashSet<>();
    for (EventActor a : e.actors()) {
      if (a.role() != ActorRole.SOURCE) {
        s.add(Names.key(a.name()));
      }
    }
    return s;
  }

  /** One fused event from the reports of one component (in canonical order). */
  FusedEvent merge(List<Event> members, SourceGroups groups) {
    Set<String> parties = Voice.parties(members);
    Map<String, Voice> voices = new java.util.HashMap<>();
    members.forEach(m -> voices.put(m.eventId(), Voice.of(m, parties)));
    List<Event> support = members.stream().filter(m -> !voices.get(m.eventId()).denies()).toList();
    List<Event> basis = support.isEmpty() ? members : support;
    Event first = basis.get(0);

    List<Testimony> testimonies = new ArrayList<>();
    for (Event m : members) {
      Voice v = voices.get(m.eventId());
      double scale = 1 - settings.extractionShare() + settings.extractionShare() * m.confidence();
      java.util.Set<String> gs = new java.util.TreeSet<>();
      m.docIds().forEach(d -> gs.add(groups.groupOf(d)));
      for (String g : gs) {
        testimonies.add(
            new Testimony(
                m.eventId(),
                g,
                v,
                v.support(settings) * scale,
                v.contrary(settings) * scale,
                m.date()));
      }
    }

    DateInterval date = mergedDate(basis);
    Territory territory = null;
    if (first.kind() == EventKind.TERRITORY) {
      territory =
          new Territory(
              mostCommon(basis.stream().map(m -> m.territory().controllerAfter()).toList()),
              mostCommon(
                  basis.stream()
                      .map(m -> m.territory().controllerBefore())
                      .filter(Objects::nonNull)
                      .toList()));
    }
    ControlUnit unit = first.kind() == EventKind.TERRITORY ? unitOf(basis) : null;
    return new FusedEvent(
        fusedId(members),
        first.kind(),
        mostCommonSubType(basis),
        date,
        representativeLocation(basis),
        unit,
        mergedActors(basis),
        territory,
        mergedFatalities(basis),
        mergedClaim(members, support),
        members,
        testimonies);
  }

  /** The dates all reports agree on, or their hull when tolerance linked disjoint ones. */
  static DateInterval mergedDate(List<Event> ms) {
    if (ms.size() == 1) {
      return ms.get(0).date(); // null for an undated report
    }
    Optional<DateInterval> acc = Optional.of(ms.get(0).date());
    for (Event m : ms.subList(1, ms.size())) {
      acc = acc.flatMap(a -> a.intersect(m.date()));
    }
    if (acc.isPresent()) {
      return acc.get();
    }
    var from = ms.stream().map(m -> m.date().from()).min(Comparator.naturalOrder()).orElseThrow();
    var to = ms.stream().map(m -> m.date().to()).max(Comparator.naturalOrder()).orElseThrow();
    DatePrecision p = from.equals(to) ? DatePrecision.DAY : DatePrecision.WEEK;
    if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > 7) {
      p = DatePrecision.MONTH;
    }
    return new DateInterval(from, to, p);
  }

  private static ControlUnit unitOf(List<Event> ms) {
    // the unit itself when a report names it, else the first report's place
    ControlUnit u = ControlUnit.of(ms.get(0).location());
    for (Event m : ms) {
      Location l = m.location();
      if (l != null && l.lat() != null && Names.key(l.name()).equals(Names.key(u.name()))) {
        return new ControlUnit(
            u.id(), u.level(), u.name(), u.admin1(), u.admin2(), l.lat(), l.lon());
      }
    }
    return u;
  }

  private static Location representativeLocation(List<Event> ms) {
    Location best = null;
    for (Event m : ms) {
      Location l = m.location();
      if (l != null && (best == null || l.geoPrecision() < best.geoPrecision())) {
        best = l;
      }
    }
    return best;
  }

  private static List<EventActor> mergedActors(List<Event> ms) {
    Map<String, EventActor> byKey = new LinkedHashMap<>();
    for (Event m : ms) {
      for (EventActor a : m.actors()) {
        byKey.putIfAbsent(a.role() + "|" + Names.key(a.name()), a);
      }
    }
    List<EventActor> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparing(EventActor::role).thenComparing(a -> Names.key(a.name())));
    return out;
  }

  /**
   * Conservative merge of casualty counts across reports of one happening: the lowest stated count
   * for each figure (ACLED's rule), the widest low..high range. "Not stated" is not zero.
   */
  static Fatalities mergedFatalities(List<Event> ms) {
    Integer killed = null;
    Integer wounded = null;
    Integer kow = null;
    Integer low = null;
    Integer best = null;
    Integer high = null;
    Integer acled = null;
    for (Event m : ms) {
      Fatalities f = m.fatalities();
      killed = min(killed, f.killed());
      wounded = min(wounded, f.wounded());
      kow = min(kow, f.killedOrWounded());
      low = min(low, f.low());
      best = min(best, f.best());
      high = max(high, f.high());
      boolean stated = f.killed() != null || f.killedOrWounded() != null || f.acled() > 0;
      if (stated) {
        acled = min(acled, f.acled());
      }
    }
    if (low != null && high != null && low > high) {
      high = low;
    }
    return new Fatalities(killed, wounded, kow, low, best, high, acled == null ? 0 : acled);
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static Integer min(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
  }

  private static Claim mergedClaim(List<Event> all, List<Event> support) {
    if (support.isEmpty()) {
      return all.get(0).claim();
    }
    boolean denied = support.size() < all.size();
    Event strongest = support.get(0);
    for (Event m : support) {
      if (m.claim().status().ordinal() < strongest.claim().status().ordinal()) {
        strongest = m;
      }
    }
    return denied
        ? new Claim(ClaimStatus.DISPUTED, strongest.claim().attributedTo())
        : strongest.claim();
  }

  private static AcledSubEventType mostCommonSubType(List<Event> ms) {
    Map<AcledSubEventType, Integer> n = new EnumMap<>(AcledSubEventType.class);
    ms.forEach(m -> n.merge(m.subEventType(), 1, Integer::sum));
    AcledSubEventType best = null;
    for (var e : n.entrySet()) {
      if (best == null || e.getValue() > n.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** The most frequent spelling, ties to the smallest; null for none. */
  static String mostCommon(List<String> names) {
    Map<String, Integer> n = new TreeMap<>();
    names.forEach(x -> n.merge(x, 1, Integer::sum));
    String best = null;
    for (var e : n.entrySet()) {
      if (best == null || e.getValue() > n.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  static String fusedId(List<Event> members) {
    StringBuilder sb = new StringBuilder();
    members.stream().map(Event::eventId).sorted().forEach(id -> sb.append(id).append('\n'));
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("f-");
      for (int i = 0; i < 8; i++) {
        hex.append(String.format("%02x", h[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
