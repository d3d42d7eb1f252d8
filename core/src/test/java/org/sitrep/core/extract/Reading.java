package org.sitrep.core.extract;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/**
 * A text of the annotators' own tests read up to their input: the real pipeline's placed document
 * (over the test gazetteer), its sentence scans, its candidates, each looked up by its words.
 */
final class Reading {
  static final RuleEventExtractor EXTRACTOR =
      new RuleEventExtractor(Fixtures.LEX, PlaceDirectory.of(Fixtures.GAZ));
  static final Sides SIDES = new Sides(Fixtures.LEX);

  final PlacedDocument doc;
  final List<SentenceScan> scans;
  final DateSpans dates;

  private Reading(PlacedDocument doc) {
    this.doc = doc;
    this.scans = EXTRACTOR.read(doc);
    this.dates = DateSpans.of(doc);
  }

  /** {@code text} in {@code lang}, published on {@code published} (yyyy-mm-dd). */
  static Reading of(String lang, String published, String text) {
    DateInterval p = DateInterval.day(LocalDate.parse(published));
    return new Reading(
        Fixtures.PIPELINE.run(new Document("t", text, p, null, null, lang)).placed());
  }

  SentenceScan scan(int i) {
    return scans.get(i);
  }

  /** The first trigger of sentence {@code i} whose words start with {@code word}. */
  Hit<Trigger> trigger(int i, String word) {
    SentenceScan sc = scans.get(i);
    for (Hit<Trigger> t : sc.triggers) {
      if (sc.surface(t.start(), t.end()).toLowerCase().startsWith(word)) {
        return t;
      }
    }
    throw new AssertionError("no trigger '" + word + "' in: " + sc.sentence);
  }

  /** The place hit of sentence {@code i} named {@code name}. */
  Hit<PlaceMention> place(int i, String name) {
    for (Hit<PlaceMention> p : scans.get(i).allPlaces) {
      if (p.what().surface().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no place '" + name + "' in sentence " + i);
  }

  /** Every sentence's candidates, before the document passes. */
  List<Candidate> candidates() {
    return EXTRACTOR.candidates(doc, scans, dates);
  }

  /** The candidate whose trigger starts with {@code word}. */
  static Candidate candidate(List<Candidate> cands, String word) {
    for (Candidate c : cands) {
      if (c.scan.surface(c.trig.start(), c.trig.end()).toLowerCase().startsWith(word)) {
        return c;
      }
    }
    throw new AssertionError("no candidate '" + word + "' among " + cands.size());
  }

  /** A fresh candidate of a trigger, as the sentence reader makes it before any annotator. */
  Candidate fresh(int i, String word) {
    Hit<Trigger> t = trigger(i, word);
    return new Candidate(scans.get(i), t, t.what().type());
  }

  static String placeName(Hit<PlaceMention> p) {
    return p == null ? null : Hits.place(p).name();
  }
}
