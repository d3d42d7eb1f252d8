package org.sitrep.core.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.text.Sentence;
import org.sitrep.core.time.TimeAnchors;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.SegmentKind;
import org.sitrep.model.Territory;

/**
 * Rule-based event extraction over data-file lexicons: triggers type the event (ACLED sub-event),
 * nearby place mentions locate it (one event per place of a list), actor aliases and syntax cues
 * (passive, "par"/"by" agents, "repris aux X") give actors and controllers, cue words give the
 * claim status (attribution, hedges, negation, history), and document-level passes fill what a
 * sentence leaves open (the agent of a passive named in another sentence), merge mentions of one
 * happening and turn denied events into disputes. Stateless and thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {
  /** How far (in tokens) a place may lie from its trigger. */
  private static final int PLACE_REACH = 15;

  /** How many sentences back a place carries over to an event that names none. */
  private static final int CARRY_SENTENCES = 3;

  static final String UNKNOWN = "unknown";

  private final Lexicons lex;
  private final PlaceDirectory directory;

  /** Each language's patterns indexed by first token, built once here (SentenceScan). */
  private final Map<Lexicon, LexiconIndex> indexes;

  public RuleEventExtractor(Lexicons lex, PlaceDirectory directory) {
    this.lex = Objects.requireNonNull(lex, "lex");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.indexes = LexiconIndex.forAll(lex);
  }

  /** One event in the making. Mutable while the document is being read, never shared. */
  private static final class Cand {
    SentenceScan scan;
    Hit<Trigger> trig;
    AcledSubEventType type;
    Hit<PlaceMention> place;
    boolean carried;
    boolean hint;
    ActorRef after;
    ActorRef before;
    final List<ActorRef> actors1 = new ArrayList<>();
    final List<ActorRef> actors2 = new ArrayList<>();
    ClaimStatus status = ClaimStatus.ASSERTED;
    String attributedTo;
    CharSpan attributionSpan;
    boolean negated;
    boolean drop;
    GoverningDate date;
    Fatalities fatalities = Fatalities.NONE;
    final List<Evidence> more = new ArrayList<>();
    final List<Cand> mergedFrom = new ArrayList<>();

    EventKind kind() {
      return type == null ? EventKind.TERRITORY : type.defaultKind();
    }

    String placeId() {
      return place == null ? null : placeObj().id();
    }

    Place placeObj() {
      return place == null ? null : ((Resolution.Resolved) place.what().resolution()).place();
    }
  }

  @Override
  public ExtractedDocument extract(PlacedDocument doc) {
    String text = doc.text();
    List<SentenceScan> scans = new ArrayList<>();
    String docLang = documentLanguage(doc);
    MentionIndex mentionIndex = new MentionIndex(doc.places());
    for (Sentence s : doc.dated().analyzed().sentences()) {
      if (s.kind() != SegmentKind.BODY && s.kind() != SegmentKind.QUOTED_POST) {
        continue;
      }
      Lexicon l = lexiconFor(s, docLang);
      // Only the mentions inside the sentence: every mention per sentence was quadratic in the
      // document's length (issue 17, 10 MB of prose).
      LexiconIndex idx = indexes.get(l);
      scans.add(
          new SentenceScan(
              text,
              scans.size(),
              s,
              l,
              idx != null ? idx : LexiconIndex.of(l, lex),
              mentionIndex.within(s.span())));
    }
    Set<String> mentioned = new HashSet<>();
    for (SentenceScan sc : scans) {
      for (Hit<ActorRef> a : sc.actors) {
        if (a.what().actorId() != null) {
          mentioned.add(a.what().actorId());
        }
      }
    }
    List<Cand> cands = new ArrayList<>();
    DateSpans dates = new DateSpans(dateSpans(doc));
    for (SentenceScan sc : scans) {
      sentence(doc, scans, sc, cands, dates);
    }
    List<Cand> denials = new ArrayList<>();
    List<Cand> live = new ArrayList<>();
    List<Cand> placeless = new ArrayList<>();
    List<Cand> hints = new ArrayList<>();
    boolean located = false;
    for (Cand c : cands) {
      if (c.hint && !c.drop && !c.negated) {
        hints.add(c);
      }
      if (c.drop) {
        continue;
      }
      if (c.place == null && c.kind() != EventKind.STATEMENT) {
        if (!c.negated && c.kind() != EventKind.TERRITORY) {
          placeless.add(c);
        }
        continue;
      }
      located |= c.kind() != EventKind.STATEMENT;
      (c.negated ? denials : live).add(c);
    }
    if (!located && !placeless.isEmpty()) {
      // A report of violence whose place the gazetteer does not know is still an event: coded at
      // the country the text names (ACLED geo precision 3), else with no location. Only when the
      // document locates nothing else, so that it cannot double an event that has a place.
      Hit<PlaceMention> country = countryMention(doc);
      for (Cand c : placeless) {
        c.place = country;
        c.carried = country != null;
      }
      live.addAll(placeless);
    }
    absorbWithinSentences(live);
    casualtiesFromTheStory(scans, live, dates);
    fillFromDocument(scans, live, hints);
    for (Cand c : live) {
      narrow(c, mentioned);
      typeCapture(c);
    }
    List<Cand> merged = foldGenericAttacks(merge(live));
    for (Cand d : denials) {
      for (Cand c : merged) {
        // A denial disputes what happened at its place or inside it, not around it.
        Place dp = d.placeObj();
        Place cp = c.placeObj();
        if (c.kind() == d.kind()
            && cp != null
            && dp != null
            && (cp.id().equals(dp.id()) || inside(cp, dp))) {
          c.status = ClaimStatus.DISPUTED;
          c.more.add(Evidence.of(doc.id(), text, d.scan.sentence.span(), "denial"));
        }
      }
    }
    List<Event> events = new ArrayList<>();
    for (Cand c : merged) {
      events.add(build(doc, c));
    }
    return new ExtractedDocument(doc, events);
  }

  /**
   * The document's place mentions by start, so that each sentence finds those it contains in
   * logarithmic time; they come back in the document's own order, which the place roles depend on.
   */
  static final class MentionIndex {
    private final List<PlaceMention> mentions;
    private final int[] byStart;

    MentionIndex(List<PlaceMention> mentions) {
      this.mentions = mentions;
      this.byStart =
          java.util.stream.IntStream.range(0, mentions.size())
              .boxed()
              .sorted(java.util.Comparator.comparingInt(i -> mentions.get(i).span().start()))
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

  /**
   * The time expressions' spans by start, so that a sentence gets those that can hold one of its
   * tokens without a pass over the whole document's (quadratic in its length, issue 17).
   */
  static final class DateSpans {
    private final List<CharSpan> byStart;
    private final int longest;

    DateSpans(List<CharSpan> spans) {
      this.byStart = new ArrayList<>(spans);
      byStart.sort(java.util.Comparator.comparingInt(CharSpan::start));
      int l = 0;
      for (CharSpan c : spans) {
        l = Math.max(l, c.length());
      }
      this.longest = l;
    }

    /** Every span that overlaps {@code sentence} (and maybe a few near it), in start order. */
    List<CharSpan> near(CharSpan sentence) {
      int from = sentence.start() - longest;
      int lo = 0;
      int hi = byStart.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (byStart.get(mid).start() < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      List<CharSpan> out = new ArrayList<>();
      for (int k = lo; k < byStart.size() && byStart.get(k).start() <= sentence.end(); k++) {
        out.add(byStart.get(k));
      }
      return out;
    }
  }

  /** Where the document's time expressions lie: their numbers are no casualty counts. */
  private static List<CharSpan> dateSpans(PlacedDocument doc) {
    List<CharSpan> out = new ArrayList<>();
    for (var t : doc.dated().times()) {
      out.add(t.span());
    }
    return out;
  }

  /** The first country the document names, as a place hit outside any sentence's tokens. */
  private static Hit<PlaceMention> countryMention(PlacedDocument doc) {
    for (PlaceMention m : doc.places()) {
      if (m.resolution() instanceof Resolution.Resolved r
          && r.place().kind() == PlaceKind.COUNTRY) {
        return new Hit<>(0, 0, m);
      }
    }
    return null;
  }

  private Lexicon lexiconFor(Sentence s, String docLang) {
    Optional<Lexicon> own = lex.lexicon(s.lang());
    if (own.isPresent()) {
      return own.get();
    }
    // Undetermined: the language whose function words the sentence uses most; on a tie (a short
    // sentence, "Three passengers died."), the document's.
    Lexicon best = null;
    int bestHits = -1;
    for (Lexicon l : languagesInOrder()) {
      int hits = functionWords(l, s);
      if (hits > bestHits || hits == bestHits && l.lang().equals(docLang)) {
        best = l;
        bestHits = hits;
      }
    }
    return best;
  }

  /** The declared language, else the one whose function words the document uses most. */
  private String documentLanguage(PlacedDocument doc) {
    String declared = doc.dated().analyzed().clean().document().lang();
    if (declared != null && lex.lexicon(declared).isPresent()) {
      return declared;
    }
    String best = null;
    int bestHits = -1;
    for (Lexicon l : languagesInOrder()) {
      int hits = 0;
      for (Sentence s : doc.dated().analyzed().sentences()) {
        hits += functionWords(l, s);
      }
      if (hits > bestHits) {
        best = l.lang();
        bestHits = hits;
      }
    }
    return best;
  }

  /** The languages in a fixed order (the map's own order varies from run to run). */
  private List<Lexicon> languagesInOrder() {
    List<Lexicon> out = new ArrayList<>(lex.languages().values());
    out.sort(java.util.Comparator.comparing(Lexicon::lang));
    return out;
  }

  private static int functionWords(Lexicon l, Sentence s) {
    int hits = 0;
    for (var t : s.tokens()) {
      if (l.functionWords().contains(Norm.of(t.text()))) {
        hits++;
      }
    }
    return hits;
  }

  // ---------------------------------------------------------------- one sentence

  private void sentence(
      PlacedDocument doc,
      List<SentenceScan> scans,
      SentenceScan sc,
      List<Cand> out,
      DateSpans dates) {
    List<Hit<Trigger>> trig = new ArrayList<>();
    boolean strong = false;
    boolean violence = false;
    for (Hit<Trigger> t : sc.triggers) {
      // "sans combattre", "without a fight" tell how a place was taken, not of a raid.
      boolean denied = sc.anyCue("negation1", t.start() - 1, t.start());
      strong |= !t.what().has(Trigger.WEAK) && !t.what().territorial() && !denied;
      AcledSubEventType ty = t.what().type();
      violence |=
          ty != null
              && ty.defaultKind() != EventKind.STATEMENT
              && !t.what().territorial()
              && !denied;
    }
    for (Hit<Trigger> t : sc.triggers) {
      Trigger tr = t.what();
      boolean statement = tr.type() != null && tr.type().defaultKind() == EventKind.STATEMENT;
      if (tr.has(Trigger.WEAK) && (strong || tr.territorial() && violence) && !statement) {
        continue; // "gunmen entered X and killed three": a raid, not a capture
      }
      if (tr.has(Trigger.ADJ)
              && !placeFollows(sc, t)
              && !sc.anyCue("arearef", t.end(), t.end() + 4)
              && !sc.anyCue("townref", t.end(), t.end() + 3)
          || tr.has(Trigger.ADJ_BEFORE) && !placePrecedes(sc, t)) {
        continue;
      }
      trig.add(t);
    }
    if (trig.isEmpty()) {
      return;
    }
    Map<Hit<Trigger>, List<Hit<PlaceMention>>> own = assignPlaces(sc, trig);
    List<Attribution> attributions = Attribution.of(sc);
    Fatalities fat = casualties(sc, dates.near(sc.sentence.span()));
    boolean fatalitiesTaken = false;
    for (Hit<Trigger> t : trig) {
      AcledSubEventType type = subType(scans, sc, t);
      List<Hit<PlaceMention>> ps = own.getOrDefault(t, List.of());
      boolean territorial = type == null || type.defaultKind() == EventKind.TERRITORY;
      List<Hit<PlaceMention>> targets = new ArrayList<>(ps);
      boolean carried = false;
      if (targets.isEmpty() && territorial) {
        // "X fell after a week of fighting" with the verb last, "after fighting in X, they took the
        // district": the place went to the nearer battle trigger; the change of control shares it.
        Hit<PlaceMention> shared = sharedBattlePlace(sc, t, own);
        if (shared != null) {
          targets.add(shared);
        }
      }
      if (targets.isEmpty()) {
        if (territorial) {
          // "all but one of its 28 districts had fallen": the province named before.
          // A change of control needs a place; one without still says who is taking places
          // ("the Taliban took another city"): it is kept as a hint for the document pass.
          Hit<PlaceMention> area = areaReference(scans, sc, t);
          targets.add(area);
          carried = area != null;
        } else {
          Hit<PlaceMention> fallback = sc.places.isEmpty() ? null : sc.places.get(0);
          // "attacks across the country": no place of its own, none carried from before.
          boolean nationwide =
              sc.countrySubject
                  || sc.anyCueInClause("nationwide", 0, sc.size(), sc.clause[t.start()]);
          if (nationwide) {
            fallback = null;
          }
          // A statement is located only by a place its own sentence names.
          if (fallback == null && !nationwide && type.defaultKind() != EventKind.STATEMENT) {
            fallback = carriedPlace(scans, sc);
            carried = fallback != null;
          }
          targets.add(fallback);
        }
      } else if (!territorial && type.defaultKind() != EventKind.CLASH) {
        targets = List.of(ps.get(0)); // one happening, located at its first place
      }
      for (Hit<PlaceMention> p : targets) {
        Cand c = new Cand();
        c.scan = sc;
        c.trig = t;
        c.type = type;
        c.place = p;
        c.carried = carried;
        actors(sc, c, attributions);
        claim(sc, c, attributions);
        CharSpan tspan = sc.span(t.start(), t.end());
        // A place named in an earlier sentence ("the capital") is dated where it is taken.
        CharSpan anchorSpan = p != null && territorial && !carried ? p.what().span() : tspan;
        c.hint = p == null && territorial;
        c.date =
            GoverningDate.of(doc.dated(), anchorSpan)
                .or(() -> GoverningDate.of(doc.dated(), tspan))
                .orElse(null);
        if (c.date == null) {
          continue; // an event must be placed in time; a document with no date gives none
        }
        history(doc, sc, c);
        boolean violent =
            !territorial && type.defaultKind() != EventKind.STATEMENT && !fatalitiesTaken;
        if (violent && fat != Fatalities.NONE) {
          c.fatalities = fat;
          fatalitiesTaken = true;
        }
        out.add(c);
      }
    }
  }

  /**
   * The one place of the sentence within reach of the trigger that went to a battle trigger; null
   * when there is none or more than one.
   */
  private static Hit<PlaceMention> sharedBattlePlace(
      SentenceScan sc, Hit<Trigger> t, Map<Hit<Trigger>, List<Hit<PlaceMention>>> own) {
    Hit<PlaceMention> found = null;
    for (Map.Entry<Hit<Trigger>, List<Hit<PlaceMention>>> e : own.entrySet()) {
      Trigger other = e.getKey().what();
      if (other.type() == null || other.type().defaultKind() != EventKind.CLASH) {
        continue;
      }
      for (Hit<PlaceMention> p : e.getValue()) {
        if (distance(p, t) <= PLACE_REACH) {
          if (found != null) {
            return null;
          }
          found = p;
        }
      }
    }
    return found;
  }

  private static boolean placePrecedes(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<PlaceMention> p : sc.places) {
      if (p.end() <= t.start() && p.end() >= t.start() - 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeFollows(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<PlaceMention> p : sc.places) {
      if (p.start() >= t.end() && p.start() <= t.end() + 3) {
        return true;
      }
    }
    return false;
  }

  private Map<Hit<Trigger>, List<Hit<PlaceMention>>> assignPlaces(
      SentenceScan sc, List<Hit<Trigger>> trig) {
    Map<Hit<Trigger>, List<Hit<PlaceMention>>> own = new LinkedHashMap<>();
    for (Hit<PlaceMention> p : sc.places) {
      Hit<Trigger> best = null;
      int bestD = Integer.MAX_VALUE;
      for (Hit<Trigger> t : trig) {
        int d;
        if (t.what().has(Trigger.ADJ) && !objectOf(sc, t, p)) {
          continue; // "the fall of X, Y and Z", "prise de X": the object follows the word
        }
        if (p.start() >= t.end() && (excepted(sc, p) || subjectOfOwnClause(sc, p))
            || inRelativeClause(sc, p, t)) {
          continue;
        }
        if (p.start() >= t.end()) {
          d = p.start() - t.end(); // the object follows: preferred on a tie
        } else if (t.start() >= p.end()) {
          d = t.start() - p.end() + 1;
          // "captured a district of X after fierce fighting": X is the object of the verb before,
          // not the place of the adjunct that follows it.
          if (sc.anyCue("adjunct", p.end(), t.start())) {
            d += PLACE_REACH;
          }
        } else {
          d = 0;
        }
        if (d < bestD) {
          best = t;
          bestD = d;
        }
      }
      if (best != null && bestD <= PLACE_REACH) {
        own.computeIfAbsent(best, k -> new ArrayList<>()).add(p);
      }
    }
    // A list of places ("A, B, C and D fell") goes to the trigger its nearest member goes to,
    // however
    // long the list; in the languages whose cues name the "listand" words (opt-in: on the English
    // and
    // French dev sets it adds matches whose dates are coarser than the gold's).
    Set<Hit<PlaceMention>> taken = new HashSet<>();
    own.values().forEach(taken::addAll);
    for (List<Hit<PlaceMention>> ps :
        sc.lex.cues().containsKey("listand") ? own.values() : List.<List<Hit<PlaceMention>>>of()) {
      for (int k = 0; k < ps.size(); k++) {
        int at = sc.places.indexOf(ps.get(k));
        for (int dir = -1; dir <= 1; dir += 2) {
          for (int j = at + dir; j >= 0 && j < sc.places.size(); j += dir) {
            Hit<PlaceMention> a = sc.places.get(dir < 0 ? j : j - 1);
            Hit<PlaceMention> b = sc.places.get(dir < 0 ? j + 1 : j);
            Hit<PlaceMention> q = sc.places.get(j);
            if (!listGlue(sc, a.end(), b.start()) || taken.contains(q)) {
              break;
            }
            taken.add(q);
            ps.add(q);
          }
        }
      }
    }
    // "Pul-e-Khumri, la capitale de la province de Baghlan": the province only situates the town.
    for (List<Hit<PlaceMention>> ps : own.values()) {
      Set<String> ancestors = new HashSet<>();
      for (Hit<PlaceMention> p : ps) {
        Place pl = place(p);
        for (String a : new String[] {pl.admin1Id(), pl.admin2Id()}) {
          if (a != null && !a.equals(pl.id())) {
            ancestors.add(a);
          }
        }
      }
      Set<String> seen = new HashSet<>();
      ps.removeIf(p -> ancestors.contains(place(p).id()) || !seen.add(place(p).id()));
    }
    return own;
  }

  /**
   * Whether {@code p} is the object of a trigger that needs one right after it: a place within 3
   * tokens after it, or a list going on from there ("the fall of A, B and C").
   */
  private boolean objectOf(SentenceScan sc, Hit<Trigger> t, Hit<PlaceMention> p) {
    int cursor = t.end();
    boolean first = true;
    for (Hit<PlaceMention> q : sc.allPlaces) {
      if (q.start() < t.end()) {
        continue;
      }
      if (first ? q.start() - cursor > 3 : !listGap(sc, cursor, q.start())) {
        return false;
      }
      if (q == p) {
        return true;
      }
      cursor = q.end();
      first = false;
    }
    return false;
  }

  /** Tokens {@code [from, to)} join two items of a list: a comma or "and", a few words at most. */
  private static boolean listGap(SentenceScan sc, int from, int to) {
    if (to - from > 4 || to <= from) {
      return false;
    }
    boolean joined = false;
    for (int i = from; i < to; i++) {
      String t = sc.tokens.get(i).text();
      if (t.equals(",") || sc.anyCue("coordinator", i, i + 1)) {
        joined = true;
      } else if (sc.isPunct(i) || sc.anyCue("auxiliary", i, i + 1)) {
        return false;
      }
    }
    return joined;
  }

  /**
   * "Takhar province, which borders Khatlon province, was retaken": a place inside a relative
   * clause (from its pronoun to the next comma) that does not hold the trigger describes another
   * place; it is not the trigger's.
   */
  private static boolean inRelativeClause(SentenceScan sc, Hit<PlaceMention> p, Hit<Trigger> t) {
    int b = p.start() - 1;
    while (b >= 0 && !sc.isPunct(b) && !sc.anyCue("relative", b, b + 1)) {
      b--;
    }
    if (b < 0 || !sc.anyCue("relative", b, b + 1)) {
      return false;
    }
    // Only a clause about a place ("X province, which ..."): "the attack, which hit X" keeps X.
    int before = b > 0 && sc.isPunct(b - 1) ? b - 2 : b - 1;
    boolean aboutPlace = false;
    for (Hit<PlaceMention> q : sc.allPlaces) {
      aboutPlace |= before >= q.start() && before < q.end() + 2 && q != p;
    }
    if (!aboutPlace) {
      return false;
    }
    int e = p.end();
    while (e < sc.size() && !sc.isPunct(e)) {
      e++;
    }
    return t.start() < b || t.start() >= e;
  }

  /** "all districts except X", "sauf X": the exception is what the trigger does not cover. */
  private static boolean excepted(SentenceScan sc, Hit<PlaceMention> p) {
    return sc.anyCue("except", Math.max(0, p.start() - 3), p.start());
  }

  /**
   * "... had fallen, and Faizabad, the capital, was surrounded": a place opening a coordinated
   * clause with its own verb is that verb's subject, not the object of the trigger before it.
   */
  private static boolean subjectOfOwnClause(SentenceScan sc, Hit<PlaceMention> p) {
    if (p.start() == 0 || !sc.anyCue("coordinator", p.start() - 1, p.start())) {
      return false;
    }
    for (int i = p.end(); i < sc.size() && i <= p.end() + 8; i++) {
      String t = sc.tokens.get(i).text();
      if (t.equals(";") || t.equals(".") || t.equals(":")) {
        return false;
      }
      // The tagger is unsure on news text: an auxiliary word or a trigger also marks the verb.
      String pos = sc.tokens.get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX") || sc.anyCue("auxiliary", i, i + 1)) {
        return true;
      }
      for (Hit<Trigger> tr : sc.triggers) {
        if (tr.start() == i) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A territorial trigger without a place of its own that speaks of areas named before ("its 28
   * districts", "the three districts", "ces localités"): the province of the latest place of this
   * sentence or the few before, at province precision.
   */
  private Hit<PlaceMention> areaReference(
      List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    Hit<Cue> ref = null;
    for (Hit<Cue> h : sc.cues("arearef")) {
      if (distance(h, t) <= 5) {
        ref = h;
        break;
      }
    }
    if (ref == null) {
      return townReference(scans, sc, t);
    }
    List<Hit<PlaceMention>> before = new ArrayList<>();
    for (Hit<PlaceMention> p : sc.places) {
      if (p.end() <= ref.start()) {
        before.add(p);
      }
    }
    for (int k = sc.index - 1; before.isEmpty() && k >= 0 && k >= sc.index - CARRY_SENTENCES; k--) {
      before.addAll(scans.get(k).places);
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Place pl = place(before.get(i));
      Optional<Place> province =
          pl.kind() == PlaceKind.PROVINCE
              ? Optional.of(pl)
              : pl.admin1Id() == null ? Optional.empty() : directory.byId(pl.admin1Id());
      if (province.isPresent()) {
        CharSpan span = sc.span(ref.start(), ref.end());
        PlaceMention m =
            new PlaceMention(
                span,
                sc.surface(ref.start(), ref.end()),
                new Resolution.Resolved(
                    province.get(), 1.0, 3, "areas of the province named before", List.of()));
        return new Hit<>(ref.start(), ref.end(), m);
      }
    }
    return null;
  }

  /**
   * "entered the capital", "entrent dans la ville": a town named before (the country's capital for
   * "the capital" when the text names it anywhere), at the reference's tokens.
   */
  private Hit<PlaceMention> townReference(
      List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    Hit<Cue> ref = null;
    for (Hit<Cue> h : sc.cues("townref")) {
      boolean named = false;
      for (Hit<PlaceMention> p : sc.allPlaces) {
        named |= p.start() >= h.end() && p.start() <= h.end() + 2;
      }
      if (!named && distance(h, t) <= 3) {
        ref = h;
        break;
      }
    }
    if (ref == null) {
      return null;
    }
    Hit<PlaceMention> antecedent = null;
    if ("capital".equals(ref.what().value())) {
      for (SentenceScan s : scans) {
        for (Hit<PlaceMention> p : s.places) {
          if (antecedent == null && place(p).kind() == PlaceKind.NATIONAL_CAPITAL) {
            antecedent = p;
          }
        }
      }
    }
    for (int k = sc.index; antecedent == null && k >= 0 && k >= sc.index - CARRY_SENTENCES; k--) {
      List<Hit<PlaceMention>> ps = scans.get(k).places;
      for (int i = ps.size() - 1; i >= 0 && antecedent == null; i--) {
        Hit<PlaceMention> p = ps.get(i);
        if ((k < sc.index || p.end() <= ref.start()) && town(place(p).kind())) {
          antecedent = p;
        }
      }
    }
    return antecedent == null ? null : new Hit<>(ref.start(), ref.end(), antecedent.what());
  }

  private static boolean town(PlaceKind k) {
    return k == PlaceKind.NATIONAL_CAPITAL
        || k == PlaceKind.PROVINCIAL_CAPITAL
        || k == PlaceKind.DISTRICT_CENTRE
        || k == PlaceKind.POPULATED_PLACE;
  }

  /** Tokens [from, to) join two names of a list: a comma, an "and" word, or both (1-2 tokens). */
  private static boolean listGlue(SentenceScan sc, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String t = sc.tokens.get(i).text();
      if (!t.equals(",") && !t.equals("،") && !sc.anyCue("listand", i, i + 1)) {
        return false;
      }
    }
    return true;
  }

  private static Place place(Hit<PlaceMention> p) {
    return ((Resolution.Resolved) p.what().resolution()).place();
  }

  private static Hit<PlaceMention> carriedPlace(List<SentenceScan> scans, SentenceScan sc) {
    for (int k = sc.index - 1; k >= 0 && k >= sc.index - CARRY_SENTENCES; k--) {
      SentenceScan prev = scans.get(k);
      if (!prev.places.isEmpty()) {
        return prev.places.get(0);
      }
    }
    return null;
  }

  private AcledSubEventType subType(List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    Trigger tr = t.what();
    AcledSubEventType type = tr.type();
    if (type == null) {
      return null;
    }
    if (type == AcledSubEventType.PEACEFUL_PROTEST) {
      // Demonstrators who turn violent make a violent demonstration whatever the police do; force
      // against a demonstration only counts as excessive when the demonstrators were peaceful.
      if (protestCue(scans, sc, "violent")) {
        return AcledSubEventType.VIOLENT_DEMONSTRATION;
      }
      if (protestCue(scans, sc, "excessive")) {
        return AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
      }
      if (protestCue(scans, sc, "intervention")) {
        return AcledSubEventType.PROTEST_WITH_INTERVENTION;
      }
    }
    if (type == AcledSubEventType.VIOLENT_DEMONSTRATION && !demonstrationTold(scans)) {
      // Rioters with no demonstration in the report: the codebook's mob violence.
      return AcledSubEventType.MOB_VIOLENCE;
    }
    AcledSubEventType typed = victimType(sc, t, type);
    if ((typed == AcledSubEventType.ATTACK || typed == AcledSubEventType.ARMED_CLASH)
        && crowdStrikes(sc, t)) {
      return AcledSubEventType.MOB_VIOLENCE;
    }
    return typed;
  }

  /** Whether the report tells of a demonstration (a protest, march or rally) anywhere. */
  private static boolean demonstrationTold(List<SentenceScan> scans) {
    for (SentenceScan sc : scans) {
      for (Hit<Trigger> t : sc.triggers) {
        if (t.what().type() == AcledSubEventType.PEACEFUL_PROTEST) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A cue of how a demonstration went, in its sentence or in the next two that report nothing else
   * ("Traders marched in X. They burned tyres."), as short reports tell it.
   */
  private static boolean protestCue(List<SentenceScan> scans, SentenceScan sc, String category) {
    if (!sc.cues(category).isEmpty()) {
      return true;
    }
    for (int k = sc.index + 1; k < scans.size() && k <= sc.index + 2; k++) {
      SentenceScan next = scans.get(k);
      for (Hit<Trigger> t : next.triggers) {
        EventKind kind = t.what().type() == null ? null : t.what().type().defaultKind();
        if (!t.what().has(Trigger.WEAK)
            && kind != EventKind.PROTEST
            && kind != EventKind.RIOT
            && t.what().type() != AcledSubEventType.ARRESTS) {
          return false;
        }
      }
      if (!next.cues(category).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the ones who strike are a crowd (residents, supporters, youths, a mob) and no armed
   * group: the codebook's mob violence. They are the subject of an active verb, the agent after
   * "by" of a passive one, or the parties of a clash.
   */
  private boolean crowdStrikes(SentenceScan sc, Hit<Trigger> t) {
    int tc = sc.clause[t.start()];
    boolean passive = sc.anyCue("passive", Math.max(0, t.start() - 3), t.start());
    // A clash has two parties and no striker: a crowd that fights the police or another crowd.
    boolean clash =
        t.what().type() == AcledSubEventType.ARMED_CLASH && !t.what().has(Trigger.VICTIM);
    int from;
    int to;
    if (passive && !clash) {
      from = t.end();
      while (from < sc.size() && from < t.end() + 6 && !agentAt(sc, from)) {
        from++;
      }
      to = Math.min(sc.size(), from + 6);
    } else {
      from = t.start();
      while (from > 0 && sc.clause[from - 1] == tc && from > t.start() - 15) {
        from--;
      }
      to = clash ? Math.min(sc.size(), t.end() + 8) : t.start();
    }
    if (from >= to || !sc.anyCue("crowd", from, to) || sc.anyCue("armed", from, to)) {
      return false;
    }
    if (!clash && sc.anyCue("stateforce", from, to)) {
      return false; // the police who beat someone are no mob
    }
    for (Hit<ActorRef> a : sc.actors) {
      Actor ac = actor(a.what());
      if (a.start() >= from
          && a.end() <= to
          && ac != null
          && !ac.type().equals("civilian")
          && !(clash && ac.type().equals("state"))) {
        return false;
      }
    }
    return true;
  }

  private AcledSubEventType victimType(SentenceScan sc, Hit<Trigger> t, AcledSubEventType type) {
    Trigger tr = t.what();
    if (tr.has(Trigger.VICTIM)) {
      AcledSubEventType byTarget = byTarget(sc, t);
      if (byTarget != null) {
        return byTarget;
      }
      boolean passive = sc.anyCue("passive", Math.max(0, t.start() - 3), t.start());
      int civ = nearest(victimSide(sc.cues("civilian"), t, passive), t);
      int com = nearest(victimSide(sc.cues("combatant"), t, passive), t);
      for (Hit<ActorRef> a : sc.actors) {
        if (!passive && a.end() <= t.start()) {
          continue; // the subject of an active verb is the one who strikes, not the target
        }
        Actor ac = actor(a.what());
        int d = distance(a, t);
        if (ac != null && ac.type().equals("civilian")) {
          civ = Math.min(civ, d);
        } else {
          com = Math.min(com, d);
        }
      }
      if (civ < com) {
        return AcledSubEventType.ATTACK;
      }
      if (com < civ) {
        return AcledSubEventType.ARMED_CLASH;
      }
    }
    return type;
  }

  /**
   * Violence typed by its target, as the codebook does: on armed men (soldiers, police, militants,
   * their positions) it is an armed clash, on civilians an attack. The target is the object of an
   * active verb ("gunmen shot two herders") or the subject of a passive or bare participle ("two
   * soldiers were killed", "three teachers killed"); null when it names neither.
   */
  private AcledSubEventType byTarget(SentenceScan sc, Hit<Trigger> t) {
    int tc = sc.clause[t.start()];
    boolean passive = sc.anyCue("passive", Math.max(0, t.start() - 3), t.start());
    int after = t.end();
    if (!passive && after < sc.size() && sc.clause[after] == tc) {
      int to = after;
      while (to < sc.size() && to < after + 8 && sc.clause[to] == tc && !agentAt(sc, to)) {
        to++;
      }
      AcledSubEventType a = targetIn(sc, after, to);
      if (a != null) {
        return a;
      }
    }
    int from = t.start();
    while (from > 0 && sc.clause[from - 1] == tc && from > t.start() - 8) {
      from--;
    }
    // Without "was" the words before are the target only when nothing follows as an object:
    // "three teachers killed in X", not "gunmen beat a thief".
    boolean bare =
        after >= sc.size()
            || sc.isPunctuation(after)
            || sc.clause[after] != tc
            || sc.cues("bare").stream().anyMatch(h -> h.start() == after);
    return passive || bare && !subjectActs(sc, from, t.start())
        ? targetIn(sc, from, t.start())
        : null;
  }

  private static boolean agentAt(SentenceScan sc, int i) {
    for (Hit<Cue> h : sc.cues("agent")) {
      if (h.start() == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor that is not a victim word stands before the verb: it is the subject. */
  private boolean subjectActs(SentenceScan sc, int from, int to) {
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.end() <= to) {
        Actor ac = actor(a.what());
        if (ac == null || !ac.type().equals("civilian")) {
          return true;
        }
      }
    }
    return false;
  }

  private AcledSubEventType targetIn(SentenceScan sc, int from, int to) {
    boolean civ = sc.anyCue("civilian", from, to);
    boolean com = sc.anyCue("combatant", from, to);
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.end() <= to) {
        Actor ac = actor(a.what());
        if (ac != null && ac.type().equals("civilian")) {
          civ = true;
        } else {
          com = true;
        }
      }
    }
    if (civ == com) {
      return null;
    }
    return civ ? AcledSubEventType.ATTACK : AcledSubEventType.ARMED_CLASH;
  }

  /** The hits that may name the target: not the subject of an active verb. */
  private static List<Hit<Cue>> victimSide(List<Hit<Cue>> hits, Hit<Trigger> t, boolean passive) {
    return passive ? hits : hits.stream().filter(h -> h.start() >= t.end()).toList();
  }

  private static int nearest(List<? extends Hit<?>> hits, Hit<?> t) {
    int best = Integer.MAX_VALUE;
    for (Hit<?> h : hits) {
      best = Math.min(best, distance(h, t));
    }
    return best;
  }

  private static int distance(Hit<?> a, Hit<?> b) {
    if (a.start() >= b.end()) {
      return a.start() - b.end();
    }
    if (b.start() >= a.end()) {
      return b.start() - a.end();
    }
    return 0;
  }

  private Actor actor(ActorRef r) {
    return r.actorId() == null ? null : lex.actors().get(r.actorId());
  }

  // ---------------------------------------------------------------- actors

  private void actors(SentenceScan sc, Cand c, List<Attribution> attributions) {
    Hit<Trigger> t = c.trig;
    int tc = sc.clause[t.start()];
    boolean passive = sc.anyCue("passive", Math.max(0, t.start() - 3), t.start());
    ActorRef agent = null;
    for (Hit<Cue> a : sc.cues("agent")) {
      if (a.start() >= t.end() && a.start() <= t.end() + 10 && sc.clause[a.start()] == tc) {
        agent = actorFrom(sc, a.end(), a.end() + 3);
        if (agent != null) {
          break;
        }
      }
    }
    ActorRef subject = passive ? null : actorBefore(sc, t.start(), null);
    if (c.type == null || c.type.defaultKind() == EventKind.TERRITORY) {
      Trigger tr = t.what();
      if (tr.has(Trigger.BEFORE_NEXT)) {
        // Inside a gapped trigger too: "drove [the Taliban] out of Banu".
        c.before = actorFrom(sc, t.start() + 1, t.end() + 10);
      }
      if (tr.has(Trigger.BEFORE_FROM)) {
        for (Hit<ActorRef> a : sc.actors) {
          if (a.start() >= t.end()
              && a.start() <= t.end() + 10
              && (fromWord(sc, a.start() - 1)
                  || fromWord(sc, a.start() - 2) && sc.norm.get(a.start() - 1).equals("the"))) {
            c.before = a.what();
            break;
          }
        }
      }
      if (tr.has(Trigger.AFTER_NEXT)) {
        // Inside a gapped trigger too: "به دست [طالبان] سقوط کرد", "fell under [Taliban] control".
        c.after = actorFrom(sc, t.start() + 1, t.end() + 8);
      }
      if (c.before == null && !tr.has(Trigger.LOSE)) {
        // Verb-final languages put the previous controller before the verb ("از طالبان پس گرفت").
        c.before = fromActorBefore(sc, t);
      }
      if (tr.has(Trigger.LOSE)) {
        // "les forces gouvernementales ont abandonné Taloqan": the subject is the old controller.
        c.before = passive ? agent : actorBefore(sc, t.start(), null);
        return;
      }
      if (c.after == null) {
        c.after = agent;
      }
      if (c.after == null && !passive && !tr.has(Trigger.NOUN)) {
        c.after = actorBefore(sc, t.start(), c.before);
      }
      if (c.after == null && tr.has(Trigger.NOUN)) {
        c.after = nominalAgent(sc, t, c.before);
      }
      if (c.before == null) {
        for (Hit<Cue> h : sc.cues("heldby")) {
          if (h.start() >= t.end() && h.start() <= t.end() + PLACE_REACH) {
            ActorRef b = actorFrom(sc, h.end(), h.end() + 4);
            if (b != null && !sameSide(b, c.after)) {
              c.before = b;
              break;
            }
          }
        }
      }
      return;
    }
    EventKind k = c.type.defaultKind();
    switch (k) {
      case CLASH:
        {
          ActorRef a1 = subject != null ? subject : agent;
          ActorRef a2 = null;
          for (Hit<ActorRef> a : sc.actors) {
            if (a.start() >= t.end() && !inSource(a, attributions) && !sameSide(a.what(), a1)) {
              a2 = a.what();
              break;
            }
          }
          if (a1 == null && passive) {
            ActorRef patient = actorBefore(sc, t.start(), null);
            a1 = a2;
            a2 = patient;
          }
          if (a1 == null) {
            a1 = a2;
            a2 = null;
          }
          add(c.actors1, a1);
          add(c.actors2, a2);
          break;
        }
      case VIOLENCE:
      case EXPLOSION:
        add(c.actors1, agent != null ? agent : subject);
        if (!sc.cues("civilian").isEmpty()) {
          add(c.actors2, new ActorRef("civilians", null, null));
        }
        break;
      case PROTEST:
      case RIOT:
        // ACLED's generic actors: demonstrators who stay peaceful are protesters, those who turn
        // violent, or a mob, rioters.
        add(c.actors1, new ActorRef(k == EventKind.RIOT ? "rioters" : "protesters", null, null));
        if (c.type != AcledSubEventType.PEACEFUL_PROTEST
            && c.type != AcledSubEventType.MOB_VIOLENCE) {
          for (Hit<ActorRef> a : sc.actors) {
            Actor ac = actor(a.what());
            if (ac == null || !ac.type().equals("civilian")) {
              add(c.actors2, a.what());
              break;
            }
          }
        }
        break;
      default:
        add(c.actors1, subject != null ? subject : actorBefore(sc, t.start(), null));
        if (c.actors1.isEmpty()) {
          add(c.actors1, agent);
        }
    }
  }

  private static boolean fromWord(SentenceScan sc, int i) {
    return i >= 0 && sc.anyCue("from", i, i + 1);
  }

  private static void add(List<ActorRef> l, ActorRef a) {
    if (a != null && l.stream().noneMatch(x -> x.key().equals(a.key()))) {
      l.add(a);
    }
  }

  private static boolean inSource(Hit<?> h, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (h.start() >= a.srcFrom() && h.start() < a.srcTo()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An actor right after a word of the "frombefore" cues (a "from" that stands before the verb, in
   * verb-final languages), before the trigger and in its clause.
   */
  private static ActorRef fromActorBefore(SentenceScan sc, Hit<Trigger> t) {
    ActorRef found = null;
    for (Hit<ActorRef> a : sc.actors) {
      if (a.end() <= t.start()
          && a.start() > 0
          && sc.anyCue("frombefore", a.start() - 1, a.start())
          && sc.clause[a.start()] == sc.clause[t.start()]) {
        found = a.what();
      }
    }
    return found;
  }

  private static ActorRef actorFrom(SentenceScan sc, int from, int to) {
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.start() <= to) {
        return a.what();
      }
    }
    return null;
  }

  /**
   * Who took the place of a nominal capture ("the Taliban's capture of X", "les talibans annoncent
   * la prise de X", "the fall of X to the Taliban"): the nearest actor before it, else one right
   * after it in its own clause. An actor of another clause ("..., but accused government forces of
   * ...") is someone else's argument: the document then decides.
   */
  private static ActorRef nominalAgent(SentenceScan sc, Hit<Trigger> t, ActorRef not) {
    ActorRef before = actorBefore(sc, t.start(), not);
    if (before != null) {
      return before;
    }
    int tc = sc.clause[t.start()];
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= t.end()
          && a.start() - t.end() <= PLACE_REACH / 2
          && sc.clause[a.start()] == tc
          && (not == null || !a.what().key().equals(not.key()))) {
        return a.what();
      }
    }
    return null;
  }

  /**
   * The nearest actor ending before {@code pos}, other than {@code not}; an actor inside an
   * apposition (", unique foyer d'opposition au nouveau régime afghan,") only when there is no
   * other.
   */
  private static ActorRef actorBefore(SentenceScan sc, int pos, ActorRef not) {
    ActorRef best = null;
    ActorRef appositive = null;
    for (Hit<ActorRef> a : sc.actors) {
      if (a.end() <= pos && (not == null || !a.what().key().equals(not.key()))) {
        if (sc.appositive(a.start(), pos)) {
          appositive = a.what();
        } else {
          best = a.what();
        }
      }
    }
    return best != null ? best : appositive;
  }

  private boolean sameSide(ActorRef a, ActorRef b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.key().equals(b.key())) {
      return true;
    }
    Actor x = actor(a);
    Actor y = actor(b);
    return x != null && y != null && x.side().equals(y.side());
  }

  // ---------------------------------------------------------------- claims

  private void claim(SentenceScan sc, Cand c, List<Attribution> attributions) {
    Hit<Trigger> t = c.trig;
    if (sc.sentence.kind() == SegmentKind.QUOTED_POST) {
      c.status = ClaimStatus.CLAIMED;
      c.attributedTo = "social media post";
    }
    Attribution best = null;
    for (Attribution a : attributions) {
      if (t.start() >= a.scopeFrom()
          && t.start() < a.scopeTo()
          && (t.start() < a.srcFrom() || t.start() >= a.srcTo())
          && (best == null || Math.abs(a.verb() - t.start()) < Math.abs(best.verb() - t.start()))) {
        best = a;
      }
    }
    if (best != null) {
      source(sc, c, best);
    }
    int tc = sc.clause[t.start()];
    if (sc.anyCue("hedge", 0, t.end()) || sc.anyCueInClause("hedge", t.start(), sc.size(), tc)) {
      c.status = ClaimStatus.HEDGED;
    }
    int from = Math.max(0, t.start() - 6);
    c.negated =
        sc.anyCueInClause("negation", from, t.end() + 3, tc)
            || sc.anyCue("negation1", t.start() - 1, t.start())
            || sc.anyCue("denial", 0, t.start());
    boolean statement = c.type != null && c.type.defaultKind() == EventKind.STATEMENT;
    if (!statement
        && (sc.anyCueInClause("irrealis", Math.max(0, t.start() - 4), t.start(), tc)
            || sc.anyCue("irrealis1", t.start() - 1, t.start()))) {
      c.drop = true;
    }
  }

  private void source(SentenceScan sc, Cand c, Attribution a) {
    String cls = null;
    for (Hit<Cue> s : sc.cues("source")) {
      if (s.start() >= a.srcFrom() && s.start() < a.srcTo()) {
        String v = s.what().value();
        if ("neutral".equals(v) || cls == null) {
          cls = v;
        }
      }
    }
    List<String> names = new ArrayList<>();
    Set<String> sourceActors = new HashSet<>();
    Set<String> spokenFor = new HashSet<>();
    for (Hit<ActorRef> h : sc.actors) {
      if (h.start() >= a.srcFrom() && h.start() < a.srcTo() && h.what().person() != null) {
        spokenFor.add(h.what().actorId());
      }
    }
    for (Hit<ActorRef> h : sc.actors) {
      if (h.start() >= a.srcFrom() && h.start() < a.srcTo()) {
        ActorRef r = h.what();
        if (r.person() == null && spokenFor.contains(r.actorId())) {
          continue; // "Zabihullah Mujahid, porte-parole des talibans": the person says it all
        }
        String name = r.person() != null ? r.person().attribution() : displayName(r);
        if (!names.contains(name)) {
          names.add(name);
        }
        sourceActors.add(r.key());
      }
    }
    if (!names.isEmpty()) {
      c.attributedTo = String.join(" and ", names);
      if (cls == null) {
        cls = "party";
      } else if ("neutral".equals(cls)) {
        c.attributedTo = c.attributedTo + " (" + sc.surface(firstSource(sc, a), a.srcTo()) + ")";
      }
    } else if (a.srcTo() > a.srcFrom()) {
      int e = Math.min(a.srcTo(), a.srcFrom() + 8);
      c.attributedTo = sc.surface(a.srcFrom(), e);
    }
    if (cls == null || "neutral".equals(cls)) {
      c.status = ClaimStatus.REPORTED;
    } else {
      c.status = ClaimStatus.CLAIMED;
    }
    int lo = Math.min(a.srcFrom(), a.verb());
    int hi = Math.max(a.srcTo(), a.verbEnd());
    if (hi > lo) {
      c.attributionSpan = sc.span(lo, hi);
    }
  }

  private static int firstSource(SentenceScan sc, Attribution a) {
    for (Hit<Cue> s : sc.cues("source")) {
      if (s.start() >= a.srcFrom() && s.start() < a.srcTo()) {
        return s.start();
      }
    }
    return a.srcFrom();
  }

  private String displayName(ActorRef r) {
    Actor a = actor(r);
    return a != null ? a.name() : r.unknownName();
  }

  /** History stated as background, by its words or by its date, yields no current event. */
  private void history(PlacedDocument doc, SentenceScan sc, Cand c) {
    Hit<Trigger> t = c.trig;
    int tc = sc.clause[t.start()];
    boolean words = false;
    for (Hit<Cue> h : sc.cues("background")) {
      words |= sc.clause[h.start()] == tc || h.start() >= t.end();
    }
    DateInterval ref = GoverningDate.reference(doc.dated());
    boolean old =
        ref != null
            && !c.date.how().equals(GoverningDate.PUBLISHED)
            && c.date.value().to().isBefore(ref.from().minusDays(365));
    if (words || old) {
      c.drop = true;
    }
  }

  // ---------------------------------------------------------------- casualties

  private Fatalities casualties(SentenceScan sc, List<CharSpan> dates) {
    List<Hit<String>> hits = new ArrayList<>();
    for (String cat : List.of("kow", "killed", "wounded")) {
      for (Hit<Cue> h : sc.cues(cat)) {
        hits.add(new Hit<>(h.start(), h.end(), cat));
      }
    }
    Fatality.Count killed = null;
    Fatality.Count wounded = null;
    Fatality.Count kow = null;
    for (Hit<String> h : SentenceScan.greedy(hits)) {
      Fatality.Count n = numberNear(sc, h, dates);
      if (n == null) {
        continue;
      }
      switch (h.what()) {
        case "kow":
          kow = kow == null ? n : kow;
          break;
        case "killed":
          killed = killed == null ? n : killed;
          break;
        default:
          wounded = wounded == null ? n : wounded;
      }
    }
    if (killed == null && wounded == null && kow == null) {
      return Fatalities.NONE;
    }
    return Fatality.of(killed, wounded, kow);
  }

  private Fatality.Count numberNear(SentenceScan sc, Hit<String> h, List<CharSpan> dates) {
    // "tuant dix civils", "killing 12 people": a count right after the verb is its object.
    int after = h.end();
    for (Hit<Cue> a : sc.cues("approx")) {
      if (a.start() == after) {
        after = a.end();
      }
    }
    if (after < sc.size()) {
      Fatality.Count c = numberAt(sc, after, dates);
      if (c != null) {
        return c;
      }
    }
    for (int j = h.start() - 1; j >= 0 && j >= h.start() - 6; j--) {
      if (sc.isPunct(j)) {
        break;
      }
      Fatality.Count c = numberAt(sc, j, dates);
      if (c != null) {
        // "six people including two teachers were killed": the part counts less than the whole.
        for (Hit<Cue> sub : sc.cues("subset")) {
          if (sub.end() <= j && sub.end() >= j - 1) {
            for (int k = sub.start() - 1; k >= 0 && k >= sub.start() - 4 && !sc.isPunct(k); k--) {
              Fatality.Count whole = numberAt(sc, k, dates);
              if (whole != null) {
                return whole;
              }
            }
          }
        }
        return c;
      }
    }
    for (int j = h.end(); j < sc.size() && j <= h.end() + 3; j++) {
      if (sc.isPunct(j)) {
        break;
      }
      Fatality.Count c = numberAt(sc, j, dates);
      if (c != null) {
        return c;
      }
    }
    return single(sc, h);
  }

  /**
   * One victim named in the singular: "killed a trader", "a man was shot dead", "the victim died".
   * The article right after the verb, or opening its clause before it.
   */
  private static Fatality.Count single(SentenceScan sc, Hit<String> h) {
    if (h.end() < sc.size() && sc.anyCue("one", h.end(), h.end() + 1) && !groupAfter(sc, h.end())) {
      return new Fatality.Count(1, "exact");
    }
    // Before the verb only when its subject is the victim: "a man was killed", "the victim died".
    boolean subjectDies =
        sc.anyCue("passive", Math.max(0, h.start() - 3), h.start())
            || sc.anyCue("intransitive", h.start(), h.start() + 1);
    int tc = sc.clause[h.start()];
    for (int j = h.start() - 1;
        subjectDies && j >= 0 && j >= h.start() - 8 && sc.clause[j] == tc;
        j--) {
      if (sc.anyCue("one", j, j + 1) && !groupAfter(sc, j)) {
        return new Fatality.Count(1, "exact");
      }
    }
    return null;
  }

  /** "a group of", "a total of", "the victims": not one. */
  private static boolean groupAfter(SentenceScan sc, int j) {
    if (j + 1 >= sc.size()) {
      return true;
    }
    String next = sc.norm.get(j + 1);
    return sc.anyCue("group", j + 1, j + 2)
        || sc.norm.get(j).equals("the") && next.endsWith("s") && !next.endsWith("ss");
  }

  /** A count whose last token is {@code j}. */
  private Fatality.Count numberAt(SentenceScan sc, int j, List<CharSpan> dates) {
    CharSpan at = sc.tokens.get(j).span();
    for (CharSpan d : dates) {
      if (d.contains(at)) {
        return null; // "on 19 August" counts no one
      }
    }
    String t = sc.norm.get(j);
    int start = -1;
    Integer value = null;
    String kind = "exact";
    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 6) {
      value = Integer.parseInt(t);
      start = j;
    } else {
      for (Hit<NumberWord> w : sc.numbers) {
        if (w.end() == j + 1) {
          value = w.what().value();
          kind = w.what().kind();
          start = w.start();
        }
      }
    }
    if (value == null) {
      return null;
    }
    if (kind.equals("exact")) {
      for (Hit<Cue> a : sc.cues("approx")) {
        if (a.end() <= start && a.end() >= start - 1) {
          kind = a.what().value();
        }
      }
    }
    return new Fatality.Count(value, kind);
  }

  // ---------------------------------------------------------------- document level

  private void fillFromDocument(List<SentenceScan> scans, List<Cand> live, List<Cand> hints) {
    List<Cand> takers = new ArrayList<>(live);
    takers.addAll(hints);
    for (Cand c : live) {
      // "repris aux talibans" with no agent: retaken by the nearest side that fights them.
      if (c.kind() == EventKind.TERRITORY && c.after == null && c.before != null) {
        c.after = opponent(scans, c.scan.index, c.before);
      }
    }
    for (Cand c : live) {
      if (c.kind() != EventKind.TERRITORY || c.after != null) {
        continue;
      }
      // A passive capture with no agent: the side that took the places around it in the text.
      Cand best = null;
      int bestD = Integer.MAX_VALUE;
      for (Cand o : takers) {
        if (o == c || o.kind() != EventKind.TERRITORY || o.after == null) {
          continue;
        }
        int d = Math.abs(o.scan.index - c.scan.index) * 2 + (o.scan.index > c.scan.index ? 1 : 0);
        if (d < bestD && !sameSide(o.after, c.before)) {
          best = o;
          bestD = d;
        }
      }
      if (best != null) {
        c.after = best.after;
      } else {
        c.after = opponent(scans, c.scan.index, c.before);
      }
    }
    for (Cand c : live) {
      // Control cannot pass from a side to itself: the agent was misread, take the other side.
      if (c.kind() == EventKind.TERRITORY
          && c.after != null
          && c.before != null
          && sameSide(c.after, c.before)) {
        ActorRef other = opponent(scans, c.scan.index, c.before);
        if (other != null) {
          c.after = other;
        }
      }
    }
    for (Cand c : live) {
      if (c.kind() != EventKind.CLASH || c.actors1.isEmpty() || !c.actors2.isEmpty()) {
        continue;
      }
      add(c.actors2, opponent(scans, c.scan.index, c.actors1.get(0)));
    }
  }

  /** The nearest actor of the text (earlier first) on another side than {@code of}. */
  private ActorRef opponent(List<SentenceScan> scans, int at, ActorRef of) {
    if (of == null) {
      // No side to oppose: the sentence's own actors were already passed over as agents, so the
      // text around it speaks first ("Taliban fighters pressed on. The fall of X came as ...").
      ActorRef around = side(scans, at, 1);
      return around != null ? around : side(scans, at, 0);
    }
    for (int d = 0; d < scans.size(); d++) {
      for (int k : new int[] {at - d, at + d}) {
        if (k < 0 || k >= scans.size() || d == 0 && k != at) {
          continue;
        }
        for (Hit<ActorRef> h : scans.get(k).actors) {
          Actor a = actor(h.what());
          if (a != null
              && (a.type().equals("non_state") || a.type().equals("state"))
              && !sameSide(h.what(), of)) {
            return h.what();
          }
        }
      }
    }
    return null;
  }

  /** The nearest armed side of the text at {@code min} sentences or more from {@code at}. */
  private ActorRef side(List<SentenceScan> scans, int at, int min) {
    for (int d = min; d < scans.size(); d++) {
      for (int k : new int[] {at - d, at + d}) {
        if (k < 0 || k >= scans.size() || d == 0 && k != at) {
          continue;
        }
        for (Hit<ActorRef> h : scans.get(k).actors) {
          Actor a = actor(h.what());
          if (a != null && (a.type().equals("non_state") || a.type().equals("state"))) {
            return h.what();
          }
        }
      }
      if (min == 0) {
        break;
      }
    }
    return null;
  }

  /** "The resistance" of a text that names the NRF is the NRF. */
  private void narrow(Cand c, Set<String> mentioned) {
    c.after = narrowed(c.after, mentioned, c);
    c.before = narrowed(c.before, mentioned, c);
    c.actors1.replaceAll(a -> narrowed(a, mentioned, c));
    c.actors2.replaceAll(a -> narrowed(a, mentioned, c));
  }

  private ActorRef narrowed(ActorRef r, Set<String> mentioned, Cand c) {
    Actor a = r == null ? null : actor(r);
    if (a == null || a.narrowsTo() == null || !mentioned.contains(a.narrowsTo())) {
      return r;
    }
    Actor to = lex.actors().get(a.narrowsTo());
    return to.validOn(c.date.value().to()) ? new ActorRef(to.id(), r.person(), null) : r;
  }

  private void typeCapture(Cand c) {
    if (c.type != null) {
      return;
    }
    if (!c.scan.cues("nonviolent").isEmpty()) {
      c.type = AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
      return;
    }
    Actor a = c.after == null ? null : actor(c.after);
    c.type =
        a != null && a.stateOn(c.date.value().from())
            ? AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY
            : AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
  }

  /**
   * One sentence that reports several kinds of violence at one place reports one event, of the type
   * that takes in the others by the codebook (a protest and its arrests, a mob and its killing, a
   * clash and its mortars): the others are dropped, their casualties kept. So are the acts of the
   * next sentences that continue the story at the same place.
   */
  private static void absorbWithinSentences(List<Cand> live) {
    Absorbs table = Absorbs.standard();
    // Only the same sentence and the next two can be absorbed: look them up by sentence rather
    // than over the whole document, which was quadratic in its length (issue 17).
    Map<Integer, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < live.size(); i++) {
      bySentence.computeIfAbsent(live.get(i).scan.index, k -> new ArrayList<>()).add(i);
    }
    for (Cand w : live) {
      if (w.drop) {
        continue;
      }
      List<Integer> near = new ArrayList<>();
      for (int d = 0; d <= 2; d++) {
        near.addAll(bySentence.getOrDefault(w.scan.index + d, List.of()));
      }
      near.sort(null);
      for (int oi : near) {
        Cand o = live.get(oi);
        // The same sentence, or a later one that names no place of its own and goes on telling
        // the story ("They burned tyres.").
        boolean later = o.scan.index > w.scan.index && o.scan.index <= w.scan.index + 2;
        boolean story =
            o.scan == w.scan
                || later && o.carried
                // "Police arrested two suspects." after the act, at its place: its sequel.
                || later && o.type == AcledSubEventType.ARRESTS && w.place != null;
        // A lockdown or a movement of forces told around an act is its background, wherever.
        boolean background =
            o.type == AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY && (o.scan == w.scan || later);
        if (o == w
            || o.drop
            || !story && !background
            || !table.absorbs(w.type, o.type)
            || !background
                && o.place != null
                && w.place != null
                && !samePlace(w.placeObj(), o.placeObj())) {
          continue;
        }
        o.drop = true;
        if (w.fatalities == Fatalities.NONE) {
          w.fatalities = o.fatalities;
        }
        // Who made the arrests or fired on the crowd is the other side of the protest.
        if (w.actors2.isEmpty()) {
          for (ActorRef a : o.actors1) {
            if (w.actors1.stream().noneMatch(x -> x.key().equals(a.key()))) {
              add(w.actors2, a);
              break;
            }
          }
        }
      }
    }
    live.removeIf(c -> c.drop);
  }

  /**
   * An act of violence whose sentence gives no toll takes it from the next sentences that report
   * nothing but the toll ("Two killed.", "The victim died.", "1 fatality."): up to two sentences
   * on, stopping at one that reports another act.
   */
  private void casualtiesFromTheStory(List<SentenceScan> scans, List<Cand> live, DateSpans dates) {
    for (Cand c : live) {
      EventKind k = c.kind();
      if (c.fatalities != Fatalities.NONE
          || k == EventKind.TERRITORY
          || k == EventKind.STATEMENT
          || k == EventKind.OTHER) {
        continue;
      }
      for (int i = c.scan.index + 1; i < scans.size() && i <= c.scan.index + 2; i++) {
        SentenceScan next = scans.get(i);
        boolean other = false;
        for (Hit<Trigger> t : next.triggers) {
          other |= !t.what().has(Trigger.WEAK);
        }
        if (other) {
          break;
        }
        Fatalities f = casualties(next, dates.near(next.sentence.span()));
        if (f != Fatalities.NONE) {
          c.fatalities = f;
          break;
        }
      }
    }
  }

  /** One event per happening: mentions of the same happening in one document become one. */
  private List<Cand> merge(List<Cand> live) {
    List<Cand> out = new ArrayList<>();
    for (Cand c : live) {
      Cand into = null;
      for (Cand o : out) {
        if (same(o, c)) {
          into = o;
          break;
        }
      }
      if (into == null) {
        out.add(c);
        continue;
      }
      if (c.kind() == EventKind.TERRITORY
          && known(into.after)
          && known(c.after)
          && !sameSide(into.after, c.after)) {
        // Contradictory claims about one place both survive, both disputed.
        into.status = ClaimStatus.DISPUTED;
        c.status = ClaimStatus.DISPUTED;
        out.add(c);
        continue;
      }
      absorb(into, c);
    }
    return out;
  }

  /**
   * "The attack killed 40", "l'attaque a fait 89 morts" after a bombing or a strike at that place
   * and time: the generic word names the explosion already found, not another happening.
   */
  private static List<Cand> foldGenericAttacks(List<Cand> merged) {
    List<Cand> out = new ArrayList<>();
    for (Cand g : merged) {
      boolean generic =
          g.trig.what().has(Trigger.VICTIM)
              && (g.kind() == EventKind.CLASH || g.kind() == EventKind.VIOLENCE);
      Cand into = null;
      for (Cand e : merged) {
        // A later sentence refers back, or the word names the explosion itself ("a bombing
        // attack", "l'attaque de drones"); in "attacked ... using grenades and suicide bombs" the
        // attack is the happening and the weapons its means.
        boolean refers =
            e.scan.index < g.scan.index || e.scan == g.scan && distance(e.trig, g.trig) <= 2;
        if (generic
            && e != g
            && refers
            && e.kind() == EventKind.EXPLOSION
            && e.placeObj() != null
            && samePlace(e.placeObj(), g.placeObj())
            && e.date.value().overlaps(g.date.value())) {
          into = e;
          break;
        }
      }
      if (into == null) {
        out.add(g);
      } else {
        absorb(into, g);
      }
    }
    return out;
  }

  private static boolean known(ActorRef a) {
    return a != null;
  }

  private static boolean same(Cand a, Cand b) {
    if (a.kind() != b.kind() || !samePlace(a.placeObj(), b.placeObj())) {
      return false;
    }
    if (a.kind() == EventKind.TERRITORY) {
      // A later mention whose date is only inherited from an earlier sentence ("... captured the
      // capital of Kunduz.") is the same capture, whatever day it inherited.
      boolean inherited =
          a.date.how().equals(TimeAnchors.PREVIOUS) || b.date.how().equals(TimeAnchors.PREVIOUS);
      return a.placeId() != null
          && (a.date.value().overlaps(b.date.value())
              || inherited && a.placeId().equals(b.placeId()));
    }
    if (!a.date.value().overlaps(b.date.value())) {
      return false;
    }
    if (a.type != b.type) {
      return false;
    }
    if (a.kind() == EventKind.STATEMENT || a.kind() == EventKind.OTHER) {
      return a.scan == b.scan;
    }
    // Two unlocated mentions of one type in a document that locates nothing: one happening.
    return a.placeId() != null || a.scan == b.scan || a.place == null && b.place == null;
  }

  /** The same place, or one inside the other (the Panjshir valley and the Panjshir province). */
  private static boolean samePlace(Place a, Place b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.id().equals(b.id()) || inside(a, b) || inside(b, a);
  }

  private static boolean inside(Place a, Place b) {
    return !a.id().equals(b.id()) && (b.id().equals(a.admin1Id()) || b.id().equals(a.admin2Id()));
  }

  private static void absorb(Cand into, Cand c) {
    into.more.addAll(c.more);
    // The outlet's own summary and a sourced detail of the same happening: the source is known.
    if (into.status == ClaimStatus.ASSERTED && c.attributedTo != null) {
      into.status = c.status;
      into.attributedTo = c.attributedTo;
      into.attributionSpan = c.attributionSpan;
    }
    if (into.after == null) {
      into.after = c.after;
    }
    if (into.before == null) {
      into.before = c.before;
    }
    c.actors1.forEach(a -> add(into.actors1, a));
    c.actors2.forEach(a -> add(into.actors2, a));
    if (into.fatalities == Fatalities.NONE) {
      into.fatalities = c.fatalities;
    }
    into.date.value().intersect(c.date.value()).ifPresent(d -> into.date = narrowDate(into, d));
    into.mergedFrom.add(c);
  }

  private static GoverningDate narrowDate(Cand into, DateInterval d) {
    return new GoverningDate(d, into.date.source(), into.date.how());
  }

  // ---------------------------------------------------------------- output

  private Event build(PlacedDocument doc, Cand c) {
    String text = doc.text();
    List<Evidence> ev = new ArrayList<>();
    ev.add(Evidence.of(doc.id(), text, c.scan.sentence.span(), null));
    for (Cand m : c.mergedFrom) {
      addEvidence(ev, Evidence.of(doc.id(), text, m.scan.sentence.span(), "event"));
    }
    if (c.date.source() != null) {
      addEvidence(ev, Evidence.of(doc.id(), text, c.date.source(), "date"));
    }
    if (c.attributionSpan != null) {
      addEvidence(ev, Evidence.of(doc.id(), text, c.attributionSpan, "attribution"));
    }
    if (c.place != null && c.carried) {
      addEvidence(ev, Evidence.of(doc.id(), text, c.place.what().span(), "place"));
    }
    for (Evidence e : c.more) {
      addEvidence(ev, e);
    }
    Location loc = location(c);
    List<EventActor> actors = new ArrayList<>();
    Territory territory = null;
    if (c.kind() == EventKind.TERRITORY) {
      String after = c.after == null ? UNKNOWN : displayName(c.after);
      String before = c.before == null ? null : displayName(c.before);
      territory = new Territory(after, before);
      if (c.after != null) {
        actors.add(eventActor(c.after, ActorRole.ACTOR1));
      }
      if (c.before != null) {
        actors.add(eventActor(c.before, ActorRole.ACTOR2));
      }
    } else {
      for (ActorRef a : c.actors1) {
        actors.add(eventActor(a, actors.isEmpty() ? ActorRole.ACTOR1 : ActorRole.ASSOC_ACTOR1));
      }
      boolean first = true;
      for (ActorRef a : c.actors2) {
        actors.add(eventActor(a, first ? ActorRole.ACTOR2 : ActorRole.ASSOC_ACTOR2));
        first = false;
      }
    }
    DateInterval date = c.date.value();
    Evidence main = ev.get(0);
    String id =
        hash(
            doc.id()
                + "|"
                + c.kind().wire()
                + "|"
                + c.placeId()
                + "|"
                + date.from()
                + "/"
                + date.to()
                + "|"
                + main.start()
                + "-"
                + main.end()
                + "|"
                + c.trig.start());
    return new Event(
        id,
        List.of(doc.id()),
        c.kind(),
        c.type,
        date,
        loc,
        actors,
        territory,
        c.fatalities,
        new Claim(c.status, c.attributedTo),
        ev,
        confidence(c, loc));
  }

  private static void addEvidence(List<Evidence> ev, Evidence e) {
    for (Evidence x : ev) {
      if (x.start() == e.start() && x.end() == e.end() && Objects.equals(x.role(), e.role())) {
        return;
      }
    }
    if (e.role() != null && "event".equals(e.role())) {
      for (Evidence x : ev) {
        if (x.start() == e.start() && x.end() == e.end()) {
          return;
        }
      }
    }
    ev.add(e);
  }

  private EventActor eventActor(ActorRef r, ActorRole role) {
    Actor a = actor(r);
    return new EventActor(displayName(r), role, a == null ? null : a.id());
  }

  private Location location(Cand c) {
    if (c.place == null) {
      return null;
    }
    Resolution.Resolved r = (Resolution.Resolved) c.place.what().resolution();
    Place p = r.place();
    String name = Gazetteer.bareName(p.name(), p.kind());
    String admin1 = adminName(p.admin1Id()).orElse(p.kind() == PlaceKind.PROVINCE ? name : null);
    String admin2 = adminName(p.admin2Id()).orElse(p.kind() == PlaceKind.DISTRICT ? name : null);
    return new Location(name, admin1, admin2, p.lat(), p.lon(), r.geoPrecision(), p.id());
  }

  /** An admin unit's name as texts write it, without "Province", "Region", "County"... */
  private Optional<String> adminName(String id) {
    return id == null
        ? Optional.empty()
        : directory.byId(id).map(a -> Gazetteer.bareName(a.name(), a.kind()));
  }

  /** From how sure the text is, how precisely the place and the date are known. */
  static double confidence(ClaimStatus status, Location loc, boolean carried, GoverningDate d) {
    double base =
        switch (status) {
          case ASSERTED -> 0.85;
          case REPORTED -> 0.75;
          case CLAIMED -> 0.65;
          case HEDGED -> 0.45;
          case DISPUTED -> 0.35;
          case DENIED -> 0.2;
        };
    double place =
        loc == null
            ? 0.7
            : switch (loc.geoPrecision()) {
              case 1 -> 1.0;
              case 2 -> 0.95;
              default -> 0.85;
            };
    if (carried) {
      place *= 0.9;
    }
    DatePrecision p = d.value().precision();
    double date =
        switch (p) {
          case DAY -> 1.0;
          case WEEK -> 0.95;
          case MONTH -> 0.85;
          case YEAR -> 0.7;
          case UNKNOWN -> 0.6;
        };
    if (d.how().equals(GoverningDate.PUBLISHED)) {
      date *= 0.9;
    }
    return Math.max(0, Math.min(1, base * place * date));
  }

  private static double confidence(Cand c, Location loc) {
    return confidence(c.status, loc, c.carried, c.date);
  }

  static String hash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
