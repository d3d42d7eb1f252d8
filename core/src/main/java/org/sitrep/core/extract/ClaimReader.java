package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.EventKind;
import org.sitrep.model.SegmentKind;

/**
 * How the text vouches for an event: asserted, reported by a neutral source, claimed by a party
 * (with who says it), hedged, negated; and what it does not report as news at all (irrealis,
 * background history, a date over a year old). Stateless and thread-safe.
 */
final class ClaimReader {
  private final Sides sides;

  ClaimReader(Sides sides) {
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /** Sets the candidate's status, source, negation, and drops what is not reported as real. */
  void claim(SentenceScan sc, Candidate c, List<Attribution> attributions) {
    claim(sc, c, attributions, List.of());
  }

  /**
   * As {@link #claim(SentenceScan, Candidate, List)}, with the spans of the time expressions near
   * the sentence: a word of a date is never a hedge ("On 9 May 2020": the month, not the modal).
   */
  void claim(SentenceScan sc, Candidate c, List<Attribution> attributions, List<CharSpan> dates) {
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
    if (c.status == ClaimStatus.ASSERTED
        && c.attributedTo == null
        && sc.anyCueInClause(
            "evidential", t.start(), Math.min(sc.size(), t.end() + EVIDENTIAL_WORDS), tc)) {
      // The Persian and Pashto perfect of hearsay ("تصرف کرده‌اند", "نیولي دي": they have taken,
      // it is reported): the writer tells what was heard, not seen.
      c.status = ClaimStatus.REPORTED;
    }
    if (hedged(sc, 0, t.end(), -1, dates)
        || hedged(sc, t.start(), sc.size(), tc, dates)
        // the event's own verb in a mood of hearsay ("les troupes se retireraient")
        || sc.anyCue("hedge1", t.start(), t.end())) {
      c.status = ClaimStatus.HEDGED;
    }
    if (rebutted(sc, t)) {
      c.status = ClaimStatus.DISPUTED;
    }
    int from = Math.max(0, t.start() - 6);
    c.negated =
        negatedHere(sc, from, t.end() + 3, tc)
            || sc.anyCue("negation1", t.start() - 1, t.start())
            || deniedBefore(sc, t.start())
            || deniedAsObject(sc, t)
            // "ont tenté, sans succès, d'enlever du bétail": tried, and it did not happen
            || sc.anyCue("failed", Math.max(0, t.start() - FAILED_WORDS), t.end() + FAILED_WORDS);
    boolean statement = c.type != null && c.type.defaultKind() == EventKind.STATEMENT;
    // "blocked the road to protest", "gathered to demonstrate": the purpose of a crowd's act told
    // before it is the protest that act makes, unless a verb says it is only wanted or urged.
    boolean purpose = demonstration(c.type);
    if (purpose) {
      boolean actBefore = false;
      for (Hit<Trigger> o : sc.triggers) {
        actBefore |= o.end() <= t.start() && demonstration(o.what().type());
      }
      // "burned their ballot papers to protest", "staged a walkout to protest": an act a crowd
      // does, told before in the clause ({@code protestact}), is the protest it makes too.
      purpose =
          actBefore || sc.anyCueInClause("protestact", Math.max(0, t.start() - 10), t.start(), tc);
    }
    if (!statement
        && (sc.anyCueInClause("irrealis", Math.max(0, t.start() - 4), t.start(), tc)
            || !purpose && sc.anyCue("irrealis1", t.start() - 1, t.start())
            // "the fall of X would give them ...": the event noun is what a conditional says
            // would follow; nothing has happened.
            || sc.anyCueInClause("irrealis2", t.end(), Math.min(sc.size(), t.end() + 6), tc))) {
      c.drop = true;
    }
  }

  /**
   * A denial before the trigger ("X denied that ..."), unless a verb of saying stands between them:
   * "Kyiv rejected the claim and said the fighting went on" denies the claim, and says the
   * fighting.
   */
  private static boolean deniedBefore(SentenceScan sc, int trigger) {
    int last = -1;
    for (Hit<Cue> d : sc.cues("denial")) {
      if (d.start() < trigger) {
        last = Math.max(last, d.end());
      }
    }
    return last >= 0 && !sc.anyCue("speech", last, trigger);
  }

  /**
   * Verb-final: the event is the marked object of a denial ("وزارت دفاع تصرف ولسوالی را رد کرد",
   * the ministry denied the capture of the district): the denial follows the object mark closing
   * the event's words, in its clause, with no other event between.
   */
  private static boolean deniedAsObject(SentenceScan sc, Hit<Trigger> t) {
    int tc = sc.clause[t.start()];
    for (Hit<Cue> o : sc.cues("object")) {
      if (o.start() < t.end()
          || o.start() > t.end() + OBJECT_WORDS
          || sc.clause[o.start()] != tc
          || !sc.anyCue("denial", o.end(), o.end() + 1)) {
        continue;
      }
      boolean between = false;
      for (Hit<Trigger> x : sc.triggers) {
        between |= x.start() >= t.end() && x.start() < o.start();
      }
      if (!between) {
        return true;
      }
    }
    return false;
  }

  /** How many words the rest of a denied event's object may have after its trigger. */
  static final int OBJECT_WORDS = 8;

  /**
   * "X announced the capture of Y, but Z rejected the claim": a denial after the event, past a word
   * of contrast and with no other event between them, disputes what was told.
   */
  private static boolean rebutted(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<Cue> k : sc.cues("contrast")) {
      if (k.start() < t.end()) {
        continue;
      }
      for (Hit<Cue> d : sc.cues("denial")) {
        if (d.start() < k.end() || d.start() > k.end() + REBUTTAL_WORDS) {
          continue;
        }
        boolean between = false;
        for (Hit<Trigger> o : sc.triggers) {
          between |= o.start() >= k.end() && o.start() < d.start();
        }
        if (!between) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A hedge cue in {@code [from, to)} (in clause {@code clause}, or any when -1), not in a date.
   */
  private static boolean hedged(
      SentenceScan sc, int from, int to, int clause, List<CharSpan> dates) {
    for (Hit<Cue> h : sc.cues("hedge")) {
      if (h.start() < to
          && h.end() > from
          && (clause < 0 || sc.clause[h.start()] == clause)
          && !inDate(sc.span(h.start(), h.end()), dates)) {
        return true;
      }
    }
    return false;
  }

  /** How many words after the trigger its perfect auxiliary may stand ("نیولي او ... شوي دي"). */
  static final int EVIDENTIAL_WORDS = 10;

  /** How many words from the trigger a "without success" may stand, across commas. */
  static final int FAILED_WORDS = 4;

  /** How far after its word of contrast a denial may stand ("but the army swiftly denied it"). */
  static final int REBUTTAL_WORDS = 8;

  private static boolean inDate(CharSpan s, List<CharSpan> dates) {
    for (CharSpan d : dates) {
      if (d.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean demonstration(org.sitrep.model.AcledSubEventType type) {
    return type != null
        && (type.defaultKind() == EventKind.PROTEST || type.defaultKind() == EventKind.RIOT);
  }

  /**
   * A negation of the trigger's clause in {@code [from, to)}, unless it negates a remark ("the
   * group did not respond about the raid", "n'a pas réagi"): then only the saying is denied, not
   * what happened.
   */
  private static boolean negatedHere(SentenceScan sc, int from, int to, int clause) {
    for (Hit<Cue> n : sc.cues("negation")) {
      if (n.start() >= to || n.end() <= from || sc.clause[n.start()] != clause) {
        continue;
      }
      if (!sc.anyCue("remark", n.end(), n.end() + 3)) {
        return true;
      }
    }
    return false;
  }

  private void source(SentenceScan sc, Candidate c, Attribution a) {
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
    List<ActorRef> speakers = new ArrayList<>();
    for (Hit<ActorRef> h : sc.actors) {
      if (h.start() >= a.srcFrom() && h.start() < a.srcTo()) {
        ActorRef r = h.what();
        speakers.add(r);
        if (r.person() == null && spokenFor.contains(r.actorId())) {
          continue; // "Zabihullah Mujahid, porte-parole des talibans": the person says it all
        }
        String name = r.person() != null ? r.person().attribution() : sides.displayName(r);
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
      // The speaker's words, without the connective that opens the sentence ("Still, an elder
      // told local radio ...": an elder).
      int from = a.srcFrom();
      while (from < a.srcTo() - 1
          && (sc.isPunct(from) || sc.anyCue("connective", from, from + 1))) {
        from++;
      }
      int e = Math.min(a.srcTo(), from + SPEAKER_WORDS);
      while (e > from + 1 && sc.isPunct(e - 1)) {
        e--;
      }
      c.attributedTo = sc.surface(from, e);
      if (cls == null && e - from <= NAME_WORDS) {
        c.speakerWords = List.copyOf(sc.norm.subList(from, e));
      }
    }
    // The source's side: a party telling of its own gain claims it, even through its officials
    // ("government officials said they repelled the attack"); telling of its own loss, or of what
    // was done to it, it admits it, which is reported news ("the army said six soldiers died"); a
    // named side that is none of the event's is a third party, which reports.
    c.speakers = List.copyOf(speakers);
    c.unnamedParty = speakers.isEmpty() && "party".equals(cls);
    Side side = "social".equals(cls) ? Side.UNKNOWN : side(c, speakers);
    if (side == Side.UNKNOWN
        && speakers.isEmpty()
        && "party".equals(cls)
        && c.kind() == EventKind.EXPLOSION
        && !c.actors1.isEmpty()) {
      // a spokesman of no side the text names, of a blast whose author it names: not its claim
      side = Side.LOSS;
    }
    if (side == Side.GAIN) {
      c.status = ClaimStatus.CLAIMED;
    } else if (side == Side.LOSS || side == Side.THIRD) {
      c.status = ClaimStatus.REPORTED;
    } else if (cls == null || "neutral".equals(cls)) {
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

  /** Where the speakers stand in the event they tell of. */
  enum Side {
    /** no speaker named, or an event with no side named: the words decide */
    UNKNOWN,
    /** a speaker on the side that acts or takes the place */
    GAIN,
    /** a speaker only on the side acted upon or that lost the place */
    LOSS,
    /** named speakers, none of them a side of the event */
    THIRD
  }

  Side side(Candidate c, List<ActorRef> speakers) {
    List<ActorRef> gain = new ArrayList<>(c.actors1);
    List<ActorRef> loss = new ArrayList<>(c.actors2);
    Sides.add(gain, c.after);
    Sides.add(loss, c.before);
    if (speakers.isEmpty() || gain.isEmpty() && loss.isEmpty()) {
      return Side.UNKNOWN;
    }
    boolean territory = c.kind() == EventKind.TERRITORY;
    boolean lost = false;
    boolean armed = false;
    for (ActorRef s : speakers) {
      if (gain.stream().anyMatch(g -> oneSide(s, g))) {
        return Side.GAIN;
      }
      lost |= loss.stream().anyMatch(l -> oneSide(s, l));
      Actor known = sides.actor(s);
      armed |= sides.armed(s) || known != null && known.type().equals("external");
    }
    if (c.kind() == EventKind.EXPLOSION) {
      // A blast or strike is claimed only by who set it off; any other side telling of it (the
      // army of the car bomb at its base, a government of the strikes on its city) reports it.
      return Side.LOSS;
    }
    if (lost) {
      // A place lost, told by the side that lost it, is an admission; so is an attack told by the
      // side attacked that tells of its own dead. Telling of an attack it beat back, or of the
      // attackers it killed, it may claim: the words decide.
      return territory || c.struck ? Side.LOSS : Side.UNKNOWN;
    }
    if (territory && armed) {
      // A place changes hands between two sides: an armed speaker that is not the side that lost
      // it is the side that took it ("retaken from the Taliban", says the ministry), and one that
      // is not the side that took it lost it.
      return c.before != null ? Side.GAIN : Side.LOSS;
    }
    // Only an armed side is a party that could have claimed it, and only where both sides of the
    // event are known is a speaker outside them a third party; a civilian speaker stays a witness,
    // by the words.
    return armed && !gain.isEmpty() && !loss.isEmpty() ? Side.THIRD : Side.UNKNOWN;
  }

  /**
   * Two references on one side: the same actor, two listed actors of one side, or a state's forces
   * where one of them is a generic state word ("the ministry", "the army") not yet resolved to the
   * country's listed state.
   */
  private boolean oneSide(ActorRef a, ActorRef b) {
    if (sides.sameSide(a, b)) {
      return true;
    }
    boolean generic = sides.actor(a) == null || sides.actor(b) == null;
    return generic && sides.stateForces(a) && sides.stateForces(b);
  }

  private static int firstSource(SentenceScan sc, Attribution a) {
    for (Hit<Cue> s : sc.cues("source")) {
      if (s.start() >= a.srcFrom() && s.start() < a.srcTo()) {
        return s.start();
      }
    }
    return a.srcFrom();
  }

  /** How many body sentences from the top a credit line may open ("به گزارش X، ..."). */
  static final int CREDIT_SENTENCES = 3;

  /**
   * An article that relays another outlet's report says so near its top, opening a sentence with
   * "according to X," ("به گزارش X،", "selon X,"): what it states in its own voice is X's report.
   * Only a source that is no side of the fighting credits a whole article.
   */
  void credit(List<SentenceScan> scans, List<Candidate> live) {
    if (byline(scans, live)) {
      return;
    }
    for (int k = 0; k < Math.min(CREDIT_SENTENCES, scans.size()); k++) {
      SentenceScan sc = scans.get(k);
      for (Attribution a : Attribution.of(sc)) {
        int open = 0;
        while (open < a.verb() && sc.anyCue("connective", open, open + 1)) {
          open++;
        }
        if (a.verb() != open
            || !sc.anyCue("according", a.verb(), a.verbEnd())
            || a.srcTo() <= a.srcFrom()
            || a.srcTo() >= sc.size()
            || !sc.isPunct(a.srcTo())) {
          continue;
        }
        for (Hit<ActorRef> h : sc.actors) {
          if (h.start() >= a.srcFrom() && h.start() < a.srcTo()) {
            return; // a side's own account, not an outlet's
          }
        }
        String who = sc.surface(a.srcFrom(), a.srcTo());
        for (Candidate c : live) {
          if (c.status == ClaimStatus.ASSERTED && c.attributedTo == null) {
            c.status = ClaimStatus.REPORTED;
            c.attributedTo = who;
            c.attributionSpan = sc.span(a.verb(), a.srcTo());
            c.credited = true;
          }
        }
        return;
      }
    }
  }

  /** How many words a speaker named by name alone may have ("Karimi", "Ahmad Karimi"). */
  static final int NAME_WORDS = 3;

  /**
   * A speaker named by name alone ("Karimi said the district was retaken") is who the text
   * introduced by that name before, with their title or side ("Ahmad Karimi, a spokesman of the
   * front, announced ..."): the source is read from that introduction.
   */
  void namedBefore(List<SentenceScan> scans, List<Candidate> live) {
    for (Candidate c : live) {
      List<String> who = c.speakerWords;
      if (who == null) {
        continue;
      }
      c.speakerWords = null;
      int k = scans.indexOf(c.scan);
      search:
      for (int j = k - 1; j >= 0; j--) {
        SentenceScan sc = scans.get(j);
        for (Attribution a : Attribution.of(sc)) {
          if (introduces(sc, a, who)) {
            source(sc, c, a);
            c.speakerWords = null;
            break search;
          }
        }
      }
    }
  }

  /**
   * The source span of {@code a} says who they are and holds the name {@code who}, or the name
   * stands right before it in quotation marks ("«Ahmad Karimi» the front's spokesman said").
   */
  private static boolean introduces(SentenceScan sc, Attribution a, List<String> who) {
    int n = who.size();
    boolean named = false;
    for (int i = Math.max(0, a.srcFrom() - n - 2); i + n <= a.srcTo() && !named; i++) {
      named = sc.norm.subList(i, i + n).equals(who);
    }
    if (!named) {
      return false;
    }
    for (Hit<Cue> s : sc.cues("source")) {
      if (s.start() >= a.srcFrom() && s.start() < a.srcTo()) {
        return true;
      }
    }
    for (Hit<ActorRef> h : sc.actors) {
      if (h.start() >= a.srcFrom() && h.start() < a.srcTo()) {
        return true;
      }
    }
    return false;
  }

  /** How many body sentences from the top a byline may stand (after a lead of a few). */
  static final int BYLINE_SENTENCES = 6;

  /** How many words a byline line may have ("avec notre correspondant à Niamey"). */
  static final int BYLINE_WORDS = 10;

  /**
   * A byline on a line of its own near the top ("avec notre correspondant à Niamey", "From our
   * correspondent in Kabul"): what the article states in its own voice is that correspondent's
   * report. True when one was found.
   */
  private boolean byline(List<SentenceScan> scans, List<Candidate> live) {
    for (int k = 0; k < Math.min(BYLINE_SENTENCES, scans.size()); k++) {
      SentenceScan sc = scans.get(k);
      int end = lastWord(sc);
      if (end > BYLINE_WORDS) {
        continue;
      }
      for (Hit<Cue> b : sc.cues("byline")) {
        if (b.start() != 0) {
          continue;
        }
        String who = sc.surface(0, end);
        for (Candidate c : live) {
          if (c.status == ClaimStatus.ASSERTED && c.attributedTo == null) {
            c.status = ClaimStatus.REPORTED;
            c.attributedTo = who;
            c.attributionSpan = sc.span(0, end);
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A source told in a sentence of its own, beside the one it vouches for, in the same paragraph: a
   * sentence that opens by pointing back ("C'est ce qu'a fait savoir RFI.", "That is what the
   * governor said.") gives its speaker to the sentence before it; a sentence with no event that
   * ends on its source ("…, according to local television.") gives it to the sentence after it.
   * Only events the text states in its own voice take it.
   */
  void neighbours(List<SentenceScan> scans, List<Candidate> live) {
    for (int k = 0; k < scans.size(); k++) {
      SentenceScan sc = scans.get(k);
      Attribution back = pointsBack(sc);
      if (back != null && k > 0) {
        lend(sc, back, scans.get(k - 1), live);
        continue;
      }
      Attribution ahead = endsOnSource(sc);
      if (ahead != null && k + 1 < scans.size() && !hasEvent(sc, live)) {
        lend(sc, ahead, scans.get(k + 1), live);
      }
    }
  }

  /**
   * A side's source noun that names no side ("the statement added", "ajoute le communiqué", "the
   * spokesman said") is the voice of the side named as a speaker before it in the text: its account
   * of what was done to that side is reported, as that side's own words would be.
   */
  void unnamedParties(List<Candidate> live) {
    List<Candidate> inOrder = new ArrayList<>(live);
    inOrder.sort(java.util.Comparator.comparingInt(c -> c.scan.index));
    List<ActorRef> last = List.of();
    for (Candidate c : inOrder) {
      if (c.unnamedParty && !last.isEmpty() && c.status == ClaimStatus.CLAIMED) {
        Side s = side(c, last);
        if (s == Side.LOSS || s == Side.THIRD) {
          c.status = ClaimStatus.REPORTED;
        }
      }
      if (!c.speakers.isEmpty()) {
        last = c.speakers;
      }
    }
  }

  /** "C'est ce qu'a annoncé X.": the speaker after the verb, to the sentence's end. */
  private static Attribution pointsBack(SentenceScan sc) {
    int open = 0;
    while (open < sc.size() && sc.anyCue("connective", open, open + 1)) {
      open++;
    }
    for (Hit<Cue> r : sc.cues("restatement")) {
      if (r.start() != open) {
        continue;
      }
      for (Hit<Cue> v : sc.cues("speech")) {
        if (v.start() < r.end()) {
          continue;
        }
        if (v.start() > r.end() + 1) {
          // "That is what the governor said.": the speaker before the verb
          return new Attribution(0, sc.size(), r.end(), v.start(), v.start(), v.end());
        }
        // "C'est ce qu'a indiqué la police.": the speaker after it
        int e = sourceEnd(sc, v.end());
        return e > v.end() ? new Attribution(0, sc.size(), v.end(), e, v.start(), v.end()) : null;
      }
    }
    // Verb-final ("منابع محلی این خبر را تأیید کردند", local sources confirmed this news): the
    // speaker opens the sentence and the words that point back stand right before the verb.
    for (Hit<Cue> r : sc.cues("restated")) {
      if (r.start() <= open) {
        continue;
      }
      for (Hit<Cue> v : sc.cues("speech")) {
        if (v.start() == r.end()) {
          return new Attribution(0, sc.size(), open, r.start(), v.start(), v.end());
        }
      }
    }
    return null;
  }

  /** "…, according to X." closing the sentence: X, to the sentence's own full stop. */
  private static Attribution endsOnSource(SentenceScan sc) {
    for (Hit<Cue> v : sc.cues("according")) {
      int e = sourceEnd(sc, v.end());
      if (v.start() > 0 && sc.isPunct(v.start() - 1) && e > v.end() && e >= lastWord(sc)) {
        return new Attribution(0, sc.size(), v.end(), e, v.start(), v.end());
      }
    }
    return null;
  }

  /** Where a source that starts at {@code from} ends: a comma or the sentence's end. */
  private static int sourceEnd(SentenceScan sc, int from) {
    int e = from;
    while (e < sc.size() && !sc.isPunct(e) && !(e == sc.size() - 1 && sc.isPunctuation(e))) {
      e++;
    }
    return e;
  }

  /** One past the sentence's last token that is not punctuation. */
  private static int lastWord(SentenceScan sc) {
    int e = sc.size();
    while (e > 0 && sc.isPunctuation(e - 1)) {
      e--;
    }
    return e;
  }

  private static boolean hasEvent(SentenceScan sc, List<Candidate> live) {
    for (Candidate c : live) {
      if (c.scan == sc) {
        return true;
      }
    }
    return false;
  }

  private void lend(SentenceScan from, Attribution a, SentenceScan to, List<Candidate> live) {
    if (from.sentence.segment() != to.sentence.segment()) {
      return;
    }
    for (Candidate c : live) {
      if (c.scan == to && c.status == ClaimStatus.ASSERTED && c.attributedTo == null) {
        source(from, c, a);
      }
    }
  }

  /**
   * How long before the report a happening it dates is history: news reports what happened in the
   * last weeks; half a year back it is background ("the army had held the city since November").
   */
  static final int HISTORY_DAYS = 183;

  /** How many words of an unnamed speaker's description are kept as who says it. */
  static final int SPEAKER_WORDS = 12;

  /** History stated as background, by its words or by its date, yields no current event. */
  void history(PlacedDocument doc, SentenceScan sc, Candidate c) {
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
            && c.date.value().to().isBefore(ref.from().minusDays(HISTORY_DAYS));
    if (words || old) {
      c.drop = true;
    }
  }
}
