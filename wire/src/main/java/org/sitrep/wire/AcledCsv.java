package org.sitrep.wire;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.core.fusion.AcledTables;
import org.sitrep.core.fusion.FusedEvent;
import org.sitrep.core.fusion.Report;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.EventActor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/**
 * Fused events as ACLED rows, with ACLED's column names and conventions: one row per happening
 * (wire copies and repeated reports merged), the conservative fatality count, numeric actor-type
 * and interaction codes, time precision 1/2/3 for day/week/month, and for an interval the middle
 * day as {@code event_date}. Pure: the {@code timestamp} (ACLED: when the row was last changed) is
 * passed in.
 */
public final class AcledCsv {
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  private AcledCsv() {}

  /**
   * @param sourceOfDoc outlet or account name per document id (documents without one are cited by
   *     id)
   */
  public static String write(
      List<FusedEvent> events, Map<String, String> sourceOfDoc, AcledTables t, long timestamp) {
    return write(events, sourceOfDoc, t, l -> Optional.empty(), timestamp);
  }

  /**
   * @param countryOf the ISO alpha-2 country code of an event's place (through the gazetteer); an
   *     event whose place gives none, or that has no place, gets the theatre's country
   */
  public static String write(
      List<FusedEvent> events,
      Map<String, String> sourceOfDoc,
      AcledTables t,
      Function<Location, Optional<String>> countryOf,
      long timestamp) {
    StringBuilder sb = new StringBuilder();
    Csv.row(sb, COLUMNS);
    for (FusedEvent e : events) {
      AcledTables.Country c =
          e.location() == null
              ? t.country()
              : t.countryOf(countryOf.apply(e.location()).orElse(null));
      Csv.row(sb, row(e, sourceOfDoc, t, c, timestamp));
    }
    return sb.toString();
  }

  static List<String> row(
      FusedEvent e,
      Map<String, String> sourceOfDoc,
      AcledTables t,
      AcledTables.Country country,
      long timestamp) {
    // An undated event (no publication date, no date in the text) leaves the date columns empty.
    LocalDate mid =
        e.date() == null
            ? null
            : e.date().from().plusDays(ChronoUnit.DAYS.between(e.date().from(), e.date().to()) / 2);
    String actor1 = actors(e, ActorRole.ACTOR1);
    String actor2 = actors(e, ActorRole.ACTOR2);
    OptionalInt i1 = inter(e, ActorRole.ACTOR1, t);
    OptionalInt i2 = inter(e, ActorRole.ACTOR2, t);
    Location l = e.location();
    TreeSet<String> sources = new TreeSet<>();
    for (String d : e.docIds()) {
      sources.add(sourceOfDoc.getOrDefault(d, d));
    }
    List<String> r = new ArrayList<>();
    r.add(country.iso3() + idNumber(e.id()));
    r.add(mid == null ? "" : mid.toString());
    r.add(mid == null ? "" : Integer.toString(mid.getYear()));
    r.add(mid == null ? "" : Integer.toString(timePrecision(e)));
    r.add(disorder(e.subEventType()));
    r.add(e.subEventType().eventType().label());
    r.add(e.subEventType().label());
    r.add(actor1);
    r.add(actors(e, ActorRole.ASSOC_ACTOR1));
    r.add(i1.isPresent() ? Integer.toString(i1.getAsInt()) : "");
    r.add(actor2);
    r.add(actors(e, ActorRole.ASSOC_ACTOR2));
    r.add(i2.isPresent() ? Integer.toString(i2.getAsInt()) : (actor2.isEmpty() ? "0" : ""));
    r.add(interaction(i1, i2, actor2.isEmpty()));
    r.add(
        e.subEventType().eventType() == AcledEventType.VIOLENCE_AGAINST_CIVILIANS
            ? "Civilian targeting"
            : "");
    r.add(Integer.toString(country.iso()));
    r.add(country.region());
    r.add(country.name());
    r.add(l == null || l.admin1() == null ? "" : l.admin1());
    r.add(l == null || l.admin2() == null ? "" : l.admin2());
    r.add("");
    r.add(l == null ? "" : l.name());
    r.add(l == null || l.lat() == null ? "" : coord(l.lat()));
    r.add(l == null || l.lon() == null ? "" : coord(l.lon()));
    r.add(l == null ? "" : Integer.toString(l.geoPrecision()));
    r.add(String.join("; ", sources));
    r.add("");
    r.add(notes(e, mid));
    r.add(Integer.toString(e.fatalities().acled()));
    r.add(tags(e));
    r.add(Long.toString(timestamp));
    return r;
  }

  // ACLED ids are the country code and a number; ours is derived from the fused id, so stable.
  static String idNumber(String fusedId) {
    String hex = fusedId.startsWith("f-") ? fusedId.substring(2) : fusedId;
    return Long.toString(Long.parseUnsignedLong(hex.substring(0, Math.min(8, hex.length())), 16));
  }

  static int timePrecision(FusedEvent e) {
    long days = ChronoUnit.DAYS.between(e.date().from(), e.date().to());
    return days == 0 ? 1 : days <= 7 ? 2 : 3;
  }

  static String disorder(AcledSubEventType s) {
    switch (s.eventType()) {
      case BATTLES:
      case EXPLOSIONS_REMOTE_VIOLENCE:
      case VIOLENCE_AGAINST_CIVILIANS:
        return "Political violence";
      case PROTESTS:
        return s == AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
            ? "Political violence; Demonstrations"
            : "Demonstrations";
      case RIOTS:
        return s == AcledSubEventType.MOB_VIOLENCE ? "Political violence" : "Demonstrations";
      default:
        return "Strategic developments";
    }
  }

  private static String actors(FusedEvent e, ActorRole role) {
    return e.actors().stream()
        .filter(a -> a.role() == role)
        .map(EventActor::name)
        .collect(Collectors.joining("; "));
  }

  private static OptionalInt inter(FusedEvent e, ActorRole role, AcledTables t) {
    for (EventActor a : e.actors()) {
      if (a.role() == role) {
        // the extractor's code for the actor's class, else the table's for its name
        return a.inter() != null ? OptionalInt.of(a.inter()) : t.inter(a.name());
      }
    }
    return OptionalInt.empty();
  }

  /** Two digits, lower code first; a sole actor gives its code times ten. */
  static String interaction(OptionalInt a, OptionalInt b, boolean sole) {
    if (a.isEmpty()) {
      return "";
    }
    if (sole) {
      return Integer.toString(a.getAsInt() * 10);
    }
    if (b.isEmpty()) {
      return "";
    }
    int lo = Math.min(a.getAsInt(), b.getAsInt());
    int hi = Math.max(a.getAsInt(), b.getAsInt());
    return Integer.toString(lo * 10 + hi);
  }

  private static String coord(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  static String notes(FusedEvent e, LocalDate mid) {
    StringBuilder sb = new StringBuilder();
    sb.append("On ").append(mid == null ? "an unknown date" : mid);
    if (mid != null && !e.date().isSingleDay()) {
      sb.append(" (between ")
          .append(e.date().from())
          .append(" and ")
          .append(e.date().to())
          .append(")");
    }
    sb.append(": ").append(e.subEventType().label());
    if (e.location() != null) {
      sb.append(" in ").append(e.location().name());
    }
    if (e.territory() != null) {
      sb.append("; control to ").append(e.territory().controllerAfter());
      if (e.territory().controllerBefore() != null) {
        sb.append(" from ").append(e.territory().controllerBefore());
      }
    }
    sb.append(". Claim: ").append(e.claim().status().wire());
    if (e.claim().attributedTo() != null) {
      sb.append(" (").append(e.claim().attributedTo()).append(")");
    }
    sb.append(".");
    if (Report.stated(e.fatalities())) {
      sb.append(" Casualties: ").append(Report.counts(e.fatalities())).append(".");
    }
    List<String> sentences = sourceSentences(e.evidence());
    if (!sentences.isEmpty()) {
      sb.append(" Source text: \"").append(String.join(" ", sentences)).append("\"");
    }
    return sb.toString();
  }

  /**
   * The sentences the event rests on, for the notes: the main sentence of the first report (role
   * null) and the other sentences of that report that state the same happening (role "event"), at
   * most two. Supporting spans (the date, the place, the attribution) are not sentences: a date
   * span may be a document's own "date 2021-08" header line. With no sentence at all, nothing.
   */
  static List<String> sourceSentences(List<Evidence> evidence) {
    Evidence main = null;
    for (Evidence x : evidence) {
      if (x.role() == null) {
        main = x;
        break;
      }
    }
    if (main == null) {
      for (Evidence x : evidence) {
        if ("event".equals(x.role())) {
          main = x;
          break;
        }
      }
    }
    if (main == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    out.add(main.quote().replaceAll("\\s+", " ").trim());
    for (Evidence x : evidence) {
      if (out.size() < 2
          && x != main
          && x.docId().equals(main.docId())
          && "event".equals(x.role())
          && !x.quote().equals(main.quote())) {
        out.add(x.quote().replaceAll("\\s+", " ").trim());
      }
    }
    return out;
  }

  static String tags(FusedEvent e) {
    return String.format(
        Locale.ROOT,
        "sitrep confidence=%.2f; independent sources=%d; denying sources=%d; claim=%s",
        e.confidence(),
        e.independentSources(),
        e.denyingSources(),
        e.claim().status().wire());
  }
}
