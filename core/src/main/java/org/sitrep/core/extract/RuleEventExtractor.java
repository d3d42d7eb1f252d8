package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Fatalities;
import org.sitrep.model.SegmentKind;

/**
 * Rule-based event extraction over data-file lexicons, as a chain of small annotators with one job
 * each, in the order {@link #extract} and {@link #sentence} list them: per sentence, the triggers
 * that stand for events ({@link TriggerFilter}), their places ({@link PlaceAssigner}, {@link
 * PlaceFallback}), the sub-event type ({@link EventTyper}), actors and controllers ({@link
 * ActorFrames}), claim status and source ({@link ClaimReader}), date and toll ({@link
 * CasualtyCounter}); then per document, what one story tells once ({@link Merger}), what a sentence
 * leaves open ({@link DocumentFiller}), and the output events ({@link EventBuilder}). Stateless and
 * thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {
  private final LanguageChooser languages;
  private final Lexicons lex;
  private final TriggerFilter triggers;
  private final PlaceAssigner places;
  private final PlaceFallback fallback;
  private final EventTyper typer;
  private final ActorFrames frames;
  private final ClaimReader claims;
  private final CasualtyCounter casualties;
  private final DocumentFiller filler;
  private final Merger merger;
  private final EventBuilder builder;
  private final ActorClasses classes;

  /** Each language's patterns indexed by first token, built once here (SentenceScan). */
  private final Map<Lexicon, LexiconIndex> indexes;

  public RuleEventExtractor(Lexicons lex, PlaceDirectory directory) {
    this.lex = Objects.requireNonNull(lex, "lex");
    Objects.requireNonNull(directory, "directory");
    Sides sides = new Sides(lex);
    this.languages = new LanguageChooser(lex);
    this.triggers = new TriggerFilter();
    this.places = new PlaceAssigner();
    this.fallback = new PlaceFallback(directory);
    this.typer = new EventTyper(sides);
    this.frames = new ActorFrames(sides);
    this.claims = new ClaimReader(sides);
    this.casualties = new CasualtyCounter();
    this.filler = new DocumentFiller(sides);
    this.merger = new Merger(sides);
    this.builder = new EventBuilder(sides, directory);
    this.classes = new ActorClasses(lex);
    this.indexes = LexiconIndex.forAll(lex);
  }

  @Override
  public ExtractedDocument extract(PlacedDocument doc) {
    String text = doc.text();
    List<SentenceScan> scans = read(doc);
    Set<String> mentioned = new HashSet<>();
    for (SentenceScan sc : scans) {
      for (Hit<ActorRef> a : sc.actors) {
        if (a.what().actorId() != null) {
          mentioned.add(a.what().actorId());
        }
      }
    }
    DateSpans dates = DateSpans.of(doc);
    List<Candidate> cands = candidates(doc, scans, dates);
    List<Candidate> denials = new ArrayList<>();
    List<Candidate> live = new ArrayList<>();
    List<Candidate> placeless = new ArrayList<>();
    List<Candidate> hints = new ArrayList<>();
    boolean located = false;
    for (Candidate c : cands) {
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
      Hit<PlaceMention> country = PlaceFallback.countryMention(doc);
      for (Candidate c : placeless) {
        c.place = country;
        c.carried = country != null;
      }
      live.addAll(placeless);
    }
    merger.absorbWithinSentences(live);
    merger.foldBackReferences(live);
    casualties.fromTheStory(scans, live, dates);
    filler.fillFromDocument(scans, live, hints);
    String docCountry = ActorClasses.documentCountry(doc);
    for (Candidate c : live) {
      filler.corefer(scans, c);
      filler.narrow(c, mentioned);
      classes.resolve(c, docCountry);
      filler.typeCapture(scans, c);
    }
    casualties.summary(scans, live, dates, doc.id(), text);
    claims.namedBefore(scans, live);
    claims.credit(scans, live);
    claims.neighbours(scans, live);
    claims.unnamedParties(live);
    merger.markTakenInByCaptures(live);
    List<Candidate> merged = merger.foldGenericAttacks(merger.merge(live));
    casualties.sameStory(merged, doc.id(), text);
    casualties.shareOut(scans, merged, doc.id(), text);
    merger.dispute(denials, merged, doc.id(), text);
    List<Event> events = new ArrayList<>();
    for (Candidate c : merged) {
      events.add(builder.build(doc, c));
    }
    return new ExtractedDocument(doc, events);
  }

  /**
   * The role of each place mention the extractor reads (body sentences, places below the country):
   * "event", "dateline", "source", "reference", "side", "destination", "origin" or "legal", by the
   * mention's span. Only "event" places locate events; mentions absent from the map were not read
   * as event places at all (headings, countries).
   */
  public Map<CharSpan, String> placeRoles(PlacedDocument doc) {
    Map<CharSpan, String> out = new java.util.LinkedHashMap<>();
    for (SentenceScan sc : read(doc)) {
      for (int i = 0; i < sc.allPlaces.size(); i++) {
        out.put(sc.allPlaces.get(i).what().span(), sc.roles.get(i).wire());
      }
    }
    return out;
  }

  /** The body sentences (and quoted posts), each read with its language's lexicon. */
  List<SentenceScan> read(PlacedDocument doc) {
    List<SentenceScan> scans = new ArrayList<>();
    String docLang = languages.documentLanguage(doc);
    MentionIndex mentionIndex = new MentionIndex(doc.places());
    for (Sentence s : doc.dated().analyzed().sentences()) {
      if (s.kind() != SegmentKind.BODY && s.kind() != SegmentKind.QUOTED_POST) {
        continue;
      }
      Lexicon l = languages.lexiconFor(s, docLang);
      // Only the mentions inside the sentence: every mention per sentence was quadratic in the
      // document's length (issue 17, 10 MB of prose).
      LexiconIndex idx = indexes.get(l);
      scans.add(
          new SentenceScan(
              doc.text(),
              scans.size(),
              s,
              l,
              idx != null ? idx : LexiconIndex.of(l, lex),
              mentionIndex.within(s.span())));
    }
    return scans;
  }

  /** Every sentence's candidates, in text order, before the document-level passes. */
  List<Candidate> candidates(PlacedDocument doc, List<SentenceScan> scans, DateSpans dates) {
    List<Candidate> cands = new ArrayList<>();
    for (SentenceScan sc : scans) {
      sentence(doc, scans, sc, cands, dates);
    }
    return cands;
  }

  /** How many words may stand between an act's word and the comma of its relative clause. */
  private static final int RELATIVE_REACH = 6;

  /**
   * "This attack came after another drone strike on 28 August, which killed two": the toll told in
   * a relative clause is the act the clause hangs on, the last act named before its comma; null
   * when the sentence's toll is not told so (then it goes to its first act).
   */
  private static Hit<Trigger> tollOwner(SentenceScan sc, List<Hit<Trigger>> trig) {
    int k = -1;
    for (String cat : List.of("killed", "kow")) {
      for (Hit<Cue> h : sc.cues(cat)) {
        k = k < 0 ? h.start() : Math.min(k, h.start());
      }
    }
    for (int j = k - 1; j >= 1 && j >= k - 3; j--) {
      if (!(sc.anyCue("relative", j, j + 1) || sc.anyCue("antecedent", j, j + 1))
          || !sc.tokens.get(j - 1).text().equals(",")) {
        continue;
      }
      Hit<Trigger> last = null;
      for (Hit<Trigger> t : trig) {
        if (t.end() <= j - 1 && t.end() >= j - 1 - RELATIVE_REACH) {
          last = t;
        }
      }
      return last;
    }
    return null;
  }

  /** The candidates of one sentence: one per event trigger and place. */
  private void sentence(
      PlacedDocument doc,
      List<SentenceScan> scans,
      SentenceScan sc,
      List<Candidate> out,
      DateSpans dates) {
    List<Hit<Trigger>> trig = triggers.eventTriggers(sc);
    if (trig.isEmpty()) {
      return;
    }
    Map<Hit<Trigger>, List<Hit<PlaceMention>>> own = places.assignPlaces(sc, trig);
    List<Attribution> attributions = Attribution.of(sc);
    List<CharSpan> near = dates.near(sc.sentence.span());
    Fatalities fat = casualties.casualties(sc, near);
    // The sentence's toll goes to its first act of violence, or to the act its clause hangs on.
    Hit<Trigger> owner = tollOwner(sc, trig);
    Candidate first = null;
    Candidate owned = null;
    for (Hit<Trigger> t : trig) {
      if (t.what().has(Trigger.HEADING) && triggers.toldUnder(scans, sc, trig)) {
        continue; // the heading types the acts it opens (EventTyper); alone, it is the event
      }
      AcledSubEventType type = typer.subType(scans, sc, t, near);
      boolean territorial = type == null || type.defaultKind() == EventKind.TERRITORY;
      PlaceFallback.Targets targets = fallback.targets(scans, sc, t, type, own);
      boolean carried = targets.carried();
      for (Hit<PlaceMention> p : targets.places()) {
        Candidate c = new Candidate(sc, t, type);
        c.place = p;
        c.carried = carried;
        frames.frame(sc, c, attributions);
        claims.claim(sc, c, attributions, near);
        CharSpan tspan = sc.span(t.start(), t.end());
        // A place named in an earlier sentence ("the capital") is dated where it is taken.
        CharSpan anchorSpan = p != null && territorial && !carried ? p.what().span() : tspan;
        c.hint = p == null && territorial;
        c.date =
            GoverningDate.of(doc.dated(), anchorSpan)
                .or(() -> GoverningDate.of(doc.dated(), tspan))
                .orElse(null);
        if (c.date == null) {
          // A document with no publication date whose text dates nothing still tells of the
          // event: it is kept undated (null date, precision unknown), never guessed.
          c.date = GoverningDate.UNDATED;
        }
        claims.history(doc, sc, c);
        boolean violent = !territorial && type.defaultKind() != EventKind.STATEMENT;
        if (violent && first == null) {
          first = c;
        }
        if (violent && owned == null && owner == t) {
          owned = c;
        }
        out.add(c);
      }
    }
    Candidate taker = owned != null ? owned : first;
    if (taker != null && fat != Fatalities.NONE) {
      taker.fatalities = fat;
    }
  }
}
