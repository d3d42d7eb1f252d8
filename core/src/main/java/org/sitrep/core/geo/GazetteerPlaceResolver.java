package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.text.Sentence;
import org.sitrep.core.text.Token;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * Finds place names in sentences by gazetteer lookup of token n-grams (longest first), then picks
 * one place per mention from the document's context.
 *
 * <p>Detection: a mention starts at a capitalised (or Arabic-script) token and continues over
 * capitalised tokens and ezafe particles joined by spaces or hyphens; one-word mentions must not be
 * stop words or short acronyms. Scoring of each candidate adds: how the name matched (exact,
 * transliteration key, script skeleton), whether it lies in the theatre, the context word next to
 * the mention ("district de", "la vallée du", "airport"...), the provinces and districts the other
 * mentions of the document point to, a prior by feature kind, and population as the last resort.
 * Mentions whose candidates all lie outside the theatre are kept only with a context word.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  private static final Set<String> PARTICLES = readParticles("/sitrep/geo/name-particles.txt");

  /**
   * Words that join two names into one ("Jammu and Kashmir", "Trinidad and Tobago") but, unlike
   * particles, never open a name: "and Al" is no name.
   */
  private static final Set<String> JOINERS = readParticles("/sitrep/geo/name-joiners.txt");

  private static Set<String> readParticles(String resource) {
    try (java.io.InputStream in = GazetteerPlaceResolver.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> out = new HashSet<>();
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return Set.copyOf(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }

  private final Gazetteer gazetteer;
  private final GeoLexicon lexicon;
  private final GeoSettings settings;

  // namedDistricts' patterns, built from the lexicon once rather than per document.
  private final boolean hasDistrictWords;
  private final java.util.regex.Pattern districtWithWord;

  /** "le village de X", "the town of X": a settlement's word before its name (geo-cues TOWN). */
  private final java.util.regex.Pattern townWithWord;

  /** One-word cues ("county", "district", "in"): never a name alone, nor one going on. */
  private final Set<String> cueWords;

  /** One-word cues that follow a name ("county", "ward"): never a name alone. */
  private final Set<String> kindWords;

  // The country words by the alternatives of their first part, each list in lexicon order: a
  // token tries only the words that can start with it (every word was tried at every token).
  private final Map<String, int[]> countryWordsByFirst;

  // The cues by their first word, each list in lexicon order: the cues after a name in one map,
  // those before it in one map per length (index length - 1), so that a position tries only the
  // cues that can start where they would have to (every cue was tried at every call).
  private final Map<String, int[]> cuesAfterByFirst;
  private final List<Map<String, int[]>> cuesBeforeByFirst;

  public GazetteerPlaceResolver(Gazetteer gazetteer, GeoLexicon lexicon, GeoSettings settings) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.settings = Objects.requireNonNull(settings, "settings");
    List<String> words = new ArrayList<>();
    for (GeoLexicon.Cue c : lexicon.cues()) {
      if (!c.before() && c.kind() == GeoLexicon.CueKind.DISTRICT && c.words().size() == 1) {
        words.add(java.util.regex.Pattern.quote(c.words().get(0)));
      }
    }
    Map<String, List<Integer>> byFirst = new HashMap<>();
    List<GeoLexicon.CountryWord> cws = lexicon.countryWords();
    for (int k = 0; k < cws.size(); k++) {
      for (String a : cws.get(k).parts().get(0)) {
        List<Integer> ks = byFirst.computeIfAbsent(a, x -> new ArrayList<>());
        if (ks.isEmpty() || ks.get(ks.size() - 1) != k) {
          ks.add(k);
        }
      }
    }
    Map<String, int[]> firsts = new HashMap<>();
    byFirst.forEach((a, ks) -> firsts.put(a, ks.stream().mapToInt(Integer::intValue).toArray()));
    this.countryWordsByFirst = firsts; // never changed after this
    Map<String, List<Integer>> after = new HashMap<>();
    List<Map<String, List<Integer>>> before = new ArrayList<>();
    List<GeoLexicon.Cue> cues = lexicon.cues();
    for (int k = 0; k < cues.size(); k++) {
      GeoLexicon.Cue c = cues.get(k);
      Map<String, List<Integer>> into = after;
      if (c.before()) {
        while (before.size() < c.words().size()) {
          before.add(new HashMap<>());
        }
        into = before.get(c.words().size() - 1);
      }
      into.computeIfAbsent(c.words().get(0), x -> new ArrayList<>()).add(k);
    }
    this.cuesAfterByFirst = indices(after);
    List<Map<String, int[]>> beforeIndices = new ArrayList<>();
    for (Map<String, List<Integer>> m : before) {
      beforeIndices.add(indices(m));
    }
    this.cuesBeforeByFirst = List.copyOf(beforeIndices);
    this.hasDistrictWords = !words.isEmpty();
    this.districtWithWord =
        java.util.regex.Pattern.compile(
            "(?:^|[^\\p{L}])(" + NAME + ")\\s+(?i:" + String.join("|", words) + ")\\s*[,(]\\s*$");
    Set<String> cw = new HashSet<>();
    Set<String> kw = new HashSet<>();
    for (GeoLexicon.Cue c : lexicon.cues()) {
      if (c.words().size() == 1) {
        cw.add(c.words().get(0));
        if (!c.before()) {
          kw.add(c.words().get(0));
        }
      }
    }
    List<String> townWords = new ArrayList<>();
    for (GeoLexicon.Cue c : lexicon.cues()) {
      if (c.before() && c.kind() == GeoLexicon.CueKind.TOWN && !c.words().isEmpty()) {
        townWords.add(java.util.regex.Pattern.quote(String.join(" ", c.words())));
      }
    }
    this.townWithWord =
        townWords.isEmpty()
            ? null
            : java.util.regex.Pattern.compile(
                "(?:^|[^\\p{L}])(?i:" + String.join("|", townWords) + ")\\s*(" + NAME + ")");
    this.cueWords = Set.copyOf(cw);
    this.kindWords = Set.copyOf(kw);
  }

  private static Map<String, int[]> indices(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((w, ks) -> out.put(w, ks.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(out);
  }

  /** A detected name before resolution. */
  private record Raw(
      CharSpan span,
      String surface,
      String key,
      List<Gazetteer.Hit> hits,
      GeoLexicon.CueKind cue,
      boolean multiWord,
      boolean container,
      boolean truncated,
      boolean side,
      int sentence) {}

  @Override
  public PlacedDocument resolve(DatedDocument document) {
    String text = document.text();
    // A word the date stage reads as (part of) a time expression is no place name: "On Jul 10th"
    // is a day, not the district whose name "on jul" is a spelling of.
    List<CharSpan> times = new ArrayList<>();
    for (org.sitrep.model.TimeExpression t : document.times()) {
      times.add(t.span());
    }
    List<Raw> raws = new ArrayList<>();
    Map<String, CharSpan> people = new java.util.LinkedHashMap<>();
    Map<String, CharSpan> state = new java.util.LinkedHashMap<>();
    for (Sentence s : document.analyzed().sentences()) {
      detect(text, s.tokens(), raws, times);
      countryWordsIn(s.tokens(), people, state);
    }
    return new PlacedDocument(document, resolveAll(text, raws, people, state));
  }

  /** Resolves mentions found in plain text (tokenised here); for tests and evaluation. */
  public List<PlaceMention> resolveText(String text) {
    List<Raw> raws = new ArrayList<>();
    List<Token> tokens = org.sitrep.core.text.OpenNlpAnalyzer.tokenize(text, 0, text.length());
    detect(text, tokens, raws, List.of());
    Map<String, CharSpan> people = new java.util.LinkedHashMap<>();
    Map<String, CharSpan> state = new java.util.LinkedHashMap<>();
    countryWordsIn(tokens, people, state);
    return resolveAll(text, raws, people, state);
  }

  /**
   * Adds to {@code out} the countries whose people or institutions the tokens name ("Kenyan
   * police", "IEBC offices"; {@link GeoLexicon#countryWords}), each with where it is first named.
   */
  private void countryWordsIn(
      List<Token> tokens, Map<String, CharSpan> out, Map<String, CharSpan> state) {
    List<GeoLexicon.CountryWord> words = lexicon.countryWords();
    if (words.isEmpty()) {
      return;
    }
    String[] norm = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      norm[i] = GeoLexicon.norm(tokens.get(i).text());
    }
    for (int i = 0; i < tokens.size(); i++) {
      int[] candidates = countryWordsByFirst.get(norm[i]);
      if (candidates == null) {
        continue; // no country word starts with this token: none can match here
      }
      for (int c : candidates) {
        GeoLexicon.CountryWord w = words.get(c);
        int k = w.parts().size();
        if (i + k > tokens.size()
            || out.containsKey(w.country())
            || w.capitalised() && !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
          continue;
        }
        boolean ok = true;
        for (int j = 0; j < k && ok; j++) {
          ok = w.parts().get(j).contains(norm[i + j]);
        }
        if (ok) {
          CharSpan sp =
              new CharSpan(tokens.get(i).span().start(), tokens.get(i + k - 1).span().end());
          out.put(w.country(), sp);
          // An institution of the country, or its adjective before a word of the state's forces
          // ("Kenyan police"), names the state where it acts; "Chinese nationals" may be abroad.
          if (!w.capitalised()
              || i + k < tokens.size() && lexicon.stateWords().contains(norm[i + k])) {
            state.putIfAbsent(w.country(), sp);
          }
        }
      }
    }
  }

  private List<PlaceMention> resolveAll(
      String text, List<Raw> raws, Map<String, CharSpan> people, Map<String, CharSpan> state) {
    Set<String> theatre = theatreOf(raws, people.keySet());
    Support support = support(raws, theatre, grounded(raws, theatre));
    Resolution[] res = new Resolution[raws.size()];
    for (int i = 0; i < raws.size(); i++) {
      res[i] = decide(raws.get(i), support, theatre);
    }
    // "Foo (Bar district)", "Foo, Bar": the unit that follows a name contains it. Each is read so
    // that it does (Bar the county rather than the town of that name); a reading of Foo outside
    // the unit is a namesake elsewhere, as is one in another country than a town that follows it:
    // Foo stays unresolved and the unit locates the event.
    for (int i = raws.size() - 2; i >= 0; i--) {
      if (res[i] instanceof Resolution.Unresolved u
          && res[i + 1] instanceof Resolution.Resolved b
          && level(b.place().kind()) < 3
          && contained(text, raws.get(i), raws.get(i + 1))) {
        // "Cuauhtemoc municipality, Chihuahua": of two namesakes, the one in the unit named after.
        for (Candidate c : u.candidates()) {
          if (c.score() > 0 && within(c.place(), b.place())) {
            res[i] =
                new Resolution.Resolved(
                    c.place(),
                    c.score(),
                    precisionOf(c.place(), raws.get(i).cue),
                    "of its namesakes the one in " + b.place().id() + " named after it",
                    u.candidates());
            break;
          }
        }
        continue;
      }
      if (!(res[i] instanceof Resolution.Resolved a)
          || !(res[i + 1] instanceof Resolution.Resolved b)
          || !contained(text, raws.get(i), raws.get(i + 1))
          || within(a.place(), b.place())) {
        continue;
      }
      Place unit = containing(b, a.place());
      if (unit != null) {
        res[i + 1] = reread(b, unit, "contains " + a.place().id() + " named before it");
        continue;
      }
      Place inner = inside(a, b.place());
      if (inner != null) {
        res[i] = reread(a, inner, "lies in " + b.place().id() + " named after it");
      } else if (seatOfUnit(b.place())
          && level(namedKind(a)) == 3
          && !prominent(a.place())
          && b.place().admin1Id() != null
          && !b.place().admin1Id().equals(a.place().admin1Id())) {
        // "Ermita, Manila": a quarter put in a city that seats a unit lies in that unit; a small
        // place of the name in another province is a namesake, and the city locates the event.
        Place near = null;
        for (Candidate c : a.candidates()) {
          if (c.score() > 0 && b.place().admin1Id().equals(c.place().admin1Id())) {
            near = c.place();
            break;
          }
        }
        res[i] =
            near != null
                ? reread(a, near, "lies in the province of " + b.place().id() + " named after it")
                : new Resolution.Unresolved(
                    a.place().id() + " lies outside the province of " + b.place().id(),
                    a.candidates());
      } else if (level(b.place().kind()) < level(namedKind(a))
          || !theatre.contains(a.place().countryCode())
              && !Objects.equals(a.place().countryCode(), b.place().countryCode())) {
        res[i] =
            new Resolution.Unresolved(
                a.place().id() + " lies outside " + b.place().id() + " that the text puts it in",
                a.candidates());
      }
    }
    // "Foo (Bar, Baz)", "Foo Division (Bar LGA, Baz)": the last unit of the brackets (a province or
    // a country) holds the name before them as well as the district between; a reading outside it
    // is a namesake elsewhere (the district alone may be one the gazetteer lacks).
    for (int i = 0; i + 1 < raws.size(); i++) {
      int k = bracketUnit(text, raws, res, i);
      if (k < 0) {
        continue;
      }
      Place unit = ((Resolution.Resolved) res[k]).place();
      for (int j = i; j < k; j++) {
        if (res[j] instanceof Resolution.Resolved a && !within(a.place(), unit)) {
          Place inner = inside(a, unit);
          res[j] =
              inner != null
                  ? reread(a, inner, "lies in " + unit.id() + " the brackets after it name")
                  : new Resolution.Unresolved(
                      a.place().id() + " lies outside " + unit.id() + " the brackets after it name",
                      a.candidates());
        } else if (res[j] instanceof Resolution.Unresolved u) {
          for (Candidate c : u.candidates()) {
            if (c.score() > 0 && within(c.place(), unit)) {
              res[j] =
                  new Resolution.Resolved(
                      c.place(),
                      c.score(),
                      precisionOf(c.place(), raws.get(j).cue),
                      "of its namesakes the one in " + unit.id() + " the brackets after it name",
                      u.candidates());
              break;
            }
          }
        }
      }
    }
    // "Kutulo, Konton and Qarsa in Tarbaj", "A and B villages of Y": the unit a list is put in
    // holds every name of the list, not only the last; a reading of a name outside it is a
    // namesake elsewhere, as for one name.
    int[] listUnit = new int[raws.size()];
    java.util.Arrays.fill(listUnit, -1);
    for (int i = raws.size() - 2; i >= 0; i--) {
      String between = text.substring(raws.get(i).span.end(), raws.get(i + 1).span.start());
      if (contained(text, raws.get(i), raws.get(i + 1))
          && res[i + 1] instanceof Resolution.Resolved b
          && level(b.place().kind()) < 3) {
        continue; // a unit right after the name: read above
      }
      java.util.regex.Matcher m = LIST_THEN_UNIT.matcher(between);
      if (m.matches() && withinWords(m.group(1).strip())) {
        listUnit[i] = i + 1;
      } else if ((LIST_ONLY.matcher(between).matches() || between.equals(" "))
          && i + 2 < raws.size()
          && (listUnit[i + 1] >= 0 || contained(text, raws.get(i + 1), raws.get(i + 2)))) {
        listUnit[i] = listUnit[i + 1] >= 0 ? listUnit[i + 1] : i + 2;
      }
    }
    for (int i = 0; i < raws.size(); i++) {
      int k = listUnit[i];
      if (k < 0
          || !(res[i] instanceof Resolution.Resolved a)
          || !(res[k] instanceof Resolution.Resolved b)
          || level(b.place().kind()) >= 3
          || within(a.place(), b.place())) {
        continue;
      }
      Place inner = inside(a, b.place());
      if (inner != null) {
        res[i] = reread(a, inner, "lies in " + b.place().id() + " its list is put in");
      } else if (level(b.place().kind()) < level(namedKind(a))) {
        res[i] =
            new Resolution.Unresolved(
                a.place().id() + " lies outside " + b.place().id() + " its list is put in",
                a.candidates());
      }
    }
    sentenceUnits(text, raws, res);
    // One name, one reading in a text: where the unit the text puts a name in decided it ("near
    // Vodyane, Donetsk": no Vodyane the gazetteer knows lies there), its mentions without a unit
    // follow ("near Vodyane" later), rather than read the same name as a namesake elsewhere.
    Map<String, Resolution> byUnit = new HashMap<>();
    boolean[] inUnit = new boolean[raws.size()];
    for (int i = 0; i + 1 < raws.size(); i++) {
      if (res[i] != null
          && res[i + 1] instanceof Resolution.Resolved
          && contained(text, raws.get(i), raws.get(i + 1))) {
        inUnit[i] = true;
        byUnit.putIfAbsent(raws.get(i).key, res[i]);
      }
    }
    for (int j = 0; j < raws.size() && !byUnit.isEmpty(); j++) {
      Resolution decided = byUnit.get(raws.get(j).key);
      if (!inUnit[j] && decided != null && res[j] != null) {
        res[j] = decided;
      }
    }
    // "closed the Kabul-Jalalabad road at Surobi", "the Balkh Governor spoke at a rally in Kunduz":
    // the town where it happened is named apart; the first town of a road, a town in a title,
    // locate it only when their sentence resolves no other place (a country does not count: "the
    // Kabul-Jalalabad road, Afghanistan").
    for (int i = 0; i < raws.size(); i++) {
      if (!raws.get(i).side) {
        continue;
      }
      for (int k = 0; k < raws.size() && res[i] != null; k++) {
        if (!raws.get(k).side
            && raws.get(k).sentence == raws.get(i).sentence
            && res[k] instanceof Resolution.Resolved o
            && o.place().kind() != PlaceKind.COUNTRY) {
          res[i] = null;
        }
      }
    }
    // "preparations for Uhuru visit to Murang'a", "Kanja Primary School in Embu": a name known
    // only as a small unit's (a ward, an estate), without a context word that makes it a place,
    // is more likely a person or a facility's name than the place of a sentence that names a
    // located one elsewhere ("Fino, Mandera" names its province: it stays).
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      if (!(res[i] instanceof Resolution.Resolved a)
          || r.cue != null
          || r.container
          || !borrowedPoint(a.place())) {
        continue;
      }
      for (int k = 0; k < raws.size(); k++) {
        if (k != i
            && raws.get(k).sentence == r.sentence
            && res[k] instanceof Resolution.Resolved o
            && o.place().kind() != PlaceKind.COUNTRY
            && !borrowedPoint(o.place())
            && !within(a.place(), o.place())) {
          res[i] = null;
          break;
        }
      }
    }
    List<PlaceMention> out = new ArrayList<>();
    boolean anyResolved = false;
    for (int i = 0; i < raws.size(); i++) {
      if (res[i] != null) {
        out.add(new PlaceMention(raws.get(i).span, raws.get(i).surface, res[i]));
        anyResolved |= res[i] instanceof Resolution.Resolved;
      }
    }
    // "Kenyan police shot a man": a text that names no place the gazetteer knows but whose state
    // (an institution, the country's adjective before its forces) belongs to one country is
    // located, as ACLED codes an event known only by its country, in that country; the words that
    // name it stand for it. "Chinese nationals", "Somali bandits" may act abroad: no place.
    if (!anyResolved && people.size() == 1 && state.size() == 1) {
      Map.Entry<String, CharSpan> e = state.entrySet().iterator().next();
      var country = gazetteer.country(e.getKey());
      if (country.isPresent() && theatre.equals(Set.of(e.getKey()))) {
        CharSpan sp = e.getValue();
        out.add(
            new PlaceMention(
                sp,
                text.substring(sp.start(), sp.end()),
                new Resolution.Resolved(
                    country.get(),
                    1.0,
                    3,
                    "the country whose people or institutions the text names",
                    List.of(new Candidate(country.get(), 1.0)))));
        out.sort(Comparator.comparingInt(x -> x.span().start()));
      }
    }
    return namedTowns(text, namedDistricts(text, out));
  }

  /**
   * "In Cuenca, Azuay, students marched to Calderon park", "crops looted in Nadas in rural Ras al
   * Ain in al-Hasakeh": a sentence that puts its places in one province (a province named as a
   * container or with its kind word) is about that province. A small place it names that the
   * gazetteer reads elsewhere (another province, another country) is a namesake of one the
   * gazetteer lacks there: read inside the province where a namesake lies there, else left
   * unresolved, so that the province locates the event. Places that a reader knows alone (a
   * province, a capital, a large town) and names put in a unit of their own stay as read.
   */
  private void sentenceUnits(String text, List<Raw> raws, Resolution[] res) {
    Map<Integer, Set<String>> unitsBySentence = new HashMap<>();
    Map<String, Place> unitById = new HashMap<>();
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      if (res[i] instanceof Resolution.Resolved u
          && u.place().kind() == PlaceKind.PROVINCE
          && (r.container || r.cue != null && r.cue != GeoLexicon.CueKind.LOCATIVE)) {
        unitsBySentence.computeIfAbsent(r.sentence, k -> new HashSet<>()).add(u.place().id());
        unitById.put(u.place().id(), u.place());
      }
    }
    for (int j = 0; j < raws.size(); j++) {
      Set<String> units = unitsBySentence.get(raws.get(j).sentence);
      if (units == null
          || units.size() != 1
          || !(res[j] instanceof Resolution.Resolved a)
          || a.place().kind() == PlaceKind.COUNTRY
          || prominent(a.place()) && writtenAs(raws.get(j), a.place())
          || level(a.place().kind()) < 3
              && writtenAs(raws.get(j), a.place())
              && Objects.equals(
                  a.place().countryCode(), unitById.get(units.iterator().next()).countryCode())
          || ownUnit(text, raws, res, j, units)) {
        continue;
      }
      Place unit = unitById.get(units.iterator().next());
      if (within(a.place(), unit)) {
        continue;
      }
      Place inner = inside(a, unit);
      res[j] =
          inner != null
              ? new Resolution.Resolved(
                  inner,
                  a.score(),
                  a.geoPrecision(),
                  "lies in " + unit.id() + " that its sentence is about",
                  a.candidates())
              : new Resolution.Unresolved(
                  a.place().id() + " lies outside " + unit.id() + " that its sentence is about",
                  a.candidates());
    }
  }

  /**
   * Whether the mention names {@code p} as written (not by a loose key or a province's spelling one
   * letter off: "the Salah Complex" is no province Sadah).
   */
  private static boolean writtenAs(Raw r, Place p) {
    for (Gazetteer.Hit h : r.hits) {
      if (asWritten(h) && h.place().id().equals(p.id())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name at {@code j} is put in a unit of its own, not the sentence's. */
  private boolean ownUnit(String text, List<Raw> raws, Resolution[] res, int j, Set<String> units) {
    return j + 1 < raws.size()
        && contained(text, raws.get(j), raws.get(j + 1))
        && !(res[j + 1] instanceof Resolution.Resolved u && units.contains(u.place().id()));
  }

  /** How far after a settlement's name the unit that contains it may be named. */
  static final int TOWN_UNIT_CHARS = 120;

  /**
   * "dans la commune de Seytenga, au nord du Burkina Faso", "the village of X in Y province": a
   * settlement the text names with its word, that the gazetteer lacks. The mention becomes that
   * place as the text writes it, without coordinates (none is known), in the country named after it
   * in the sentence, or, in a sentence that names no other place, in the country most of the text's
   * places lie in. Where a province or a town is named with it, those locate the event.
   */
  private List<PlaceMention> namedTowns(String text, List<PlaceMention> mentions) {
    if (townWithWord == null) {
      return mentions;
    }
    List<PlaceMention> out = new ArrayList<>(mentions);
    java.util.regex.Matcher w = townWithWord.matcher(text);
    while (w.find()) {
      int start = w.start(1);
      int end = w.end(1);
      PlaceMention inner = null;
      boolean known = false;
      for (PlaceMention o : out) {
        if (o.span().start() < end && start < o.span().end()) {
          if (o.resolution() instanceof Resolution.Resolved) {
            known = true;
          } else {
            inner = o;
          }
        }
      }
      if (known || kindWords.contains(GeoLexicon.norm(text.substring(start, end)))) {
        continue;
      }
      Place unit = unitAfter(text, end, out);
      boolean alone = aloneInSentence(text, start, end, out);
      if (unit == null && !alone) {
        continue;
      }
      // No unit named after it: only a sentence that names no other place ("dans la ville de X,
      // au sud-ouest du pays") puts it in the text's country; elsewhere the places named around
      // it locate the event, as before.
      String cc = unit != null ? unit.countryCode() : mainCountry(out);
      if (cc == null) {
        continue;
      }
      String name = text.substring(start, end);
      Place town =
          new Place(
              cc + "/text:" + NameKey.fold(name).replace(' ', '-'),
              name,
              PlaceKind.POPULATED_PLACE,
              cc,
              null,
              null,
              null,
              null,
              0,
              List.of());
      PlaceMention d =
          new PlaceMention(
              new CharSpan(start, end),
              name,
              new Resolution.Resolved(
                  town,
                  1.0,
                  2,
                  "the settlement the text names with its word, in " + cc,
                  List.of()));
      if (inner != null) {
        out.set(out.indexOf(inner), d);
      } else {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingInt(x -> x.span().start()));
    return out;
  }

  /** The province or country resolved right after {@code from}, in the same sentence. */
  private static Place unitAfter(String text, int from, List<PlaceMention> mentions) {
    for (PlaceMention o : mentions) {
      int at = o.span().start();
      if (at < from || at - from > TOWN_UNIT_CHARS) {
        continue;
      }
      if (text.substring(from, at).matches("(?s).*[.!?]\\s.*")) {
        return null;
      }
      if (o.resolution() instanceof Resolution.Resolved r) {
        // Only a country: a province or district named with it locates the event well enough
        // (its admin units, its point), better than a name without coordinates.
        return r.place().kind() == PlaceKind.COUNTRY ? r.place() : null;
      }
    }
    return null;
  }

  /** Whether no other place is named in the sentence of {@code [start, end)}. */
  private static boolean aloneInSentence(
      String text, int start, int end, List<PlaceMention> mentions) {
    int from = start;
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    for (PlaceMention o : mentions) {
      boolean self = o.span().start() < end && start < o.span().end();
      if (!self && o.span().start() >= from && o.span().end() <= to) {
        return false;
      }
    }
    return true;
  }

  /** The country most of the resolved places lie in, if one has more than any other. */
  private static String mainCountry(List<PlaceMention> mentions) {
    Map<String, Integer> n = new HashMap<>();
    for (PlaceMention o : mentions) {
      if (o.resolution() instanceof Resolution.Resolved r && r.place().countryCode() != null) {
        n.merge(r.place().countryCode(), 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : n.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static final String NAME = "\\p{Lu}[\\p{L}'’]*(?:[ -]\\p{Lu}[\\p{L}'’]*){0,2}";

  private static final java.util.regex.Pattern DISTRICT_PAIR =
      java.util.regex.Pattern.compile("\\((" + NAME + ")\\s*,\\s*$");

  /**
   * "Raizh district (Sadah)", "Baqim district, Sadah", "(Bankass, Mopti)" after a place: the text
   * names the district of the province that follows, though the gazetteer lacks it or knows the
   * name only as a town. The mention becomes that district as the text writes it, inside the
   * province, at the town's point when the gazetteer has the town there, else the province's.
   */
  private List<PlaceMention> namedDistricts(String text, List<PlaceMention> mentions) {
    java.util.regex.Pattern withWord = districtWithWord;
    java.util.regex.Pattern pair = DISTRICT_PAIR;
    List<PlaceMention> out = new ArrayList<>(mentions);
    for (PlaceMention m : mentions) {
      if (!(m.resolution() instanceof Resolution.Resolved unit)
          || unit.place().kind() != PlaceKind.PROVINCE) {
        continue;
      }
      int from = Math.max(0, m.span().start() - 80);
      String before = text.substring(from, m.span().start());
      java.util.regex.Matcher w = withWord.matcher(before);
      java.util.regex.Matcher pr = pair.matcher(before);
      int start;
      int end;
      if (hasDistrictWords && w.find()) {
        start = from + w.start(1);
        end = from + w.end(1);
      } else if (pr.find() && text.substring(m.span().end()).stripLeading().startsWith(")")) {
        start = from + pr.start(1);
        end = from + pr.end(1);
      } else {
        continue;
      }
      PlaceMention inner = null;
      boolean clash = false;
      for (PlaceMention o : out) {
        if (o.span().start() < end && start < o.span().end()) {
          if (o.span().start() == start && o.span().end() == end) {
            inner = o;
          } else {
            clash = true;
          }
        }
      }
      Place town = null;
      if (inner != null && inner.resolution() instanceof Resolution.Resolved r) {
        if (r.place().kind() == PlaceKind.DISTRICT || !within(r.place(), unit.place())) {
          continue;
        }
        town = r.place();
      }
      if (clash) {
        continue;
      }
      Place u = unit.place();
      String name = text.substring(start, end);
      Place district =
          new Place(
              u.id() + "/text:" + NameKey.fold(name).replace(' ', '-'),
              name,
              PlaceKind.DISTRICT,
              u.countryCode(),
              u.id(),
              null,
              town != null ? town.lat() : u.lat(),
              town != null ? town.lon() : u.lon(),
              0,
              List.of());
      PlaceMention d =
          new PlaceMention(
              new CharSpan(start, end),
              name,
              new Resolution.Resolved(
                  district,
                  unit.score(),
                  2,
                  "the district the text names in " + u.id(),
                  inner != null && inner.resolution() instanceof Resolution.Resolved r
                      ? r.candidates()
                      : List.of()));
      if (inner != null) {
        out.set(out.indexOf(inner), d);
      } else {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingInt(x -> x.span().start()));
    return out;
  }

  // A name then, at most one word on, the brackets of its units: "Foo (", "Foo Division (".
  private static final java.util.regex.Pattern BRACKET_AFTER =
      java.util.regex.Pattern.compile("\\s*(?:\\p{L}+\\s+)?\\(");

  /**
   * The index of the last unit of "i (d, p)" (a district or more, then one unit, in the brackets
   * right after mention {@code i}) when it resolved to a province or a country; -1 if none.
   */
  private static int bracketUnit(String text, List<Raw> raws, Resolution[] res, int i) {
    int from = raws.get(i).span.end();
    java.util.regex.Matcher m = BRACKET_AFTER.matcher(text);
    m.region(from, text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    int close = text.indexOf(')', m.end());
    if (close < 0 || text.substring(m.end(), close).indexOf(',') < 0) {
      return -1;
    }
    String inside = text.substring(m.end(), close);
    if (inside.indexOf('(') >= 0 || inside.length() > 100) {
      return -1;
    }
    int k = -1;
    for (int j = i + 1; j < raws.size() && raws.get(j).span.end() <= close; j++) {
      k = j;
    }
    if (k < 0 || !text.substring(raws.get(k).span.end(), close).isBlank()) {
      return -1;
    }
    String before = text.substring(m.end(), raws.get(k).span.start());
    if (!before.strip().endsWith(",")) {
      return -1;
    }
    return res[k] instanceof Resolution.Resolved b && level(b.place().kind()) <= 1 ? k : -1;
  }

  /**
   * Whether {@code next} follows {@code r} as its container: "r (next", "r village (next", "r,
   * next", not a list.
   */
  private boolean contained(String text, Raw r, Raw next) {
    String between = text.substring(r.span.end(), next.span.start()).strip();
    if (OPEN_BRACKET.matcher(between).matches()) {
      return true;
    }
    // "X in Y", "X city in Y"
    String[] words = SPACES.split(between);
    if (words.length <= 2
        && lexicon.within().contains(GeoLexicon.norm(words[words.length - 1]))
        && (words.length == 1 || LOWER_WORD.matcher(words[0]).matches())) {
      return true;
    }
    if (!between.equals(",")) {
      return false;
    }
    String after = text.substring(next.span.end(), Math.min(text.length(), next.span.end() + 5));
    return !LIST_GOES_ON.matcher(after).matches();
  }

  /**
   * "X in", "X city in", "X (": what puts a name in the unit named next (as {@link #contained}).
   */
  private boolean withinWords(String between) {
    if (OPEN_BRACKET.matcher(between).matches()) {
      return true;
    }
    String[] words = SPACES.split(between);
    return words.length <= 2
        && lexicon.within().contains(GeoLexicon.norm(words[words.length - 1]))
        && (words.length == 1 || LOWER_WORD.matcher(words[0]).matches());
  }

  // A list's glue between names ("," "and" "or"), and capitalised names the gazetteer lacks.
  private static final String LIST_GLUE = "(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)";
  private static final String LIST_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";

  /**
   * Between two names of a list: glue, and names the gazetteer lacks (the rest of the first name
   * first, when only its first word was found: "Boji Garass").
   */
  private static final java.util.regex.Pattern LIST_ONLY =
      java.util.regex.Pattern.compile(
          "(?:\\s+" + LIST_NAME + ")?" + LIST_GLUE + "(?:" + LIST_NAME + LIST_GLUE + ")*");

  /**
   * The rest of a list after a name, then the words that put it in the next ("in", "villages of").
   */
  private static final java.util.regex.Pattern LIST_THEN_UNIT =
      java.util.regex.Pattern.compile(
          "(?:\\s+"
              + LIST_NAME
              + ")?(?:"
              + LIST_GLUE
              + LIST_NAME
              + ")+\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s*\\(?)\\s*");

  // contained's patterns, compiled once (String.matches and split compiled them per call).
  private static final java.util.regex.Pattern OPEN_BRACKET =
      java.util.regex.Pattern.compile("(\\p{Ll}+\\s+)?\\(");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern LOWER_WORD =
      java.util.regex.Pattern.compile("\\p{Ll}+");
  private static final java.util.regex.Pattern LIST_GOES_ON =
      java.util.regex.Pattern.compile("(?s)\\s+(and|or|et|ou)\\b.*");

  /**
   * The kind of place a mention names: its best candidate's, not the province a tie between two of
   * its towns fell back to.
   */
  private static PlaceKind namedKind(Resolution.Resolved r) {
    return r.candidates().isEmpty() ? r.place().kind() : r.candidates().get(0).place().kind();
  }

  /** A candidate of {@code r}, an admin unit above {@code p}, that contains it. */
  private static Place containing(Resolution.Resolved r, Place p) {
    for (Candidate c : r.candidates()) {
      if (level(c.place().kind()) < level(p.kind()) && within(p, c.place())) {
        return c.place();
      }
    }
    return null;
  }

  /** A candidate of {@code r} inside {@code unit}. */
  private static Place inside(Resolution.Resolved r, Place unit) {
    for (Candidate c : r.candidates()) {
      if (within(c.place(), unit)) {
        return c.place();
      }
    }
    return null;
  }

  private Resolution.Resolved reread(Resolution.Resolved r, Place p, String why) {
    double score = r.score();
    for (Candidate c : r.candidates()) {
      if (c.place().id().equals(p.id())) {
        score = c.score();
      }
    }
    return new Resolution.Resolved(p, score, precisionOf(p, null), why, r.candidates());
  }

  /** A city that seats a country's or a province's government. */
  private static boolean seatOfUnit(Place p) {
    return p.kind() == PlaceKind.NATIONAL_CAPITAL || p.kind() == PlaceKind.PROVINCIAL_CAPITAL;
  }

  private static int level(PlaceKind k) {
    return switch (k) {
      case COUNTRY -> 0;
      case PROVINCE -> 1;
      case DISTRICT -> 2;
      default -> 3;
    };
  }

  /** Whether {@code p} is {@code unit} or lies in it (by admin ids). */
  private static boolean within(Place p, Place unit) {
    if (unit.kind() == PlaceKind.COUNTRY) {
      return unit.countryCode() != null && unit.countryCode().equals(p.countryCode());
    }
    return p.id().equals(unit.id())
        || unit.id().equals(p.admin1Id())
        || unit.id().equals(p.admin2Id());
  }

  // ---------------------------------------------------------------- detection

  private void detect(String text, List<Token> tokens, List<Raw> out, List<CharSpan> times) {
    int n = tokens.size();
    boolean titleCase = titleCase(tokens);
    int sentence = tokens.isEmpty() ? -1 : tokens.get(0).span().start();
    Raw previous = null;
    int previousEnd = -1;
    // Each token is folded once; a window's folded form is its tokens' joined by spaces, as the
    // separators inside a window are only spaces and hyphens.
    String[] folded = new String[n];
    int i = 0;
    while (i < n) {
      Token first = tokens.get(i);
      // "al Bab", "as Sabaa": a lower-case particle may open a name written with it.
      boolean particleFirst =
          !startable(first.text())
              && PARTICLES.contains(first.text())
              && i + 1 < n
              && startable(tokens.get(i + 1).text());
      if (!startable(first.text()) && !particleFirst || inTime(first, times)) {
        i++;
        continue;
      }
      Raw abbreviated = abbreviation(text, tokens, i, previous, previousEnd, sentence);
      if (abbreviated != null) {
        out.add(abbreviated);
        previous = abbreviated;
        previousEnd = i + abbreviatedTokens(tokens, i, abbreviated);
        i = previousEnd;
        continue;
      }
      int matchedLen = 0;
      for (int w = 2 * Math.min(settings.maxTokens(), n - i) - 1;
          w >= 2 * (particleFirst ? 2 : 1) - 2;
          w--) {
        // Each length is tried whole, then with its last word cut at a hyphen ("Eldoret-Kitale
        // road": a road from the first town named).
        int len = w / 2 + 1;
        boolean cut = w % 2 == 0;
        if (!window(text, tokens, i, len) || inTime(tokens.get(i + len - 1), times)) {
          continue;
        }
        Token lastToken = tokens.get(i + len - 1);
        int hyphen = cut ? hyphenCut(lastToken.text()) : -1;
        if (cut && hyphen < 0) {
          continue;
        }
        if (len == 1 && !singleWordOk(cut ? first.text().substring(0, hyphen) : first.text())) {
          continue;
        }
        if (len == 1 && !particleFirst && !titleCase && continuesName(text, tokens, i)) {
          // "Faith Gitau", "Uhuru Park", "Mai Mahiu": the word goes on a capitalised name that
          // started before it and that the gazetteer does not know; it is no place of its own.
          continue;
        }
        int end = cut ? lastToken.span().start() + hyphen : lastToken.span().end();
        // "Herat's": the tokenizer keeps the apostrophe on the name.
        char lastChar = text.charAt(end - 1);
        if ((lastChar == '\'' || lastChar == '’') && end - 1 > first.span().start()) {
          end--;
        }
        String surface = text.substring(first.span().start(), end);
        StringBuilder key = new StringBuilder();
        boolean arabic = false;
        for (int k = i; k < i + len; k++) {
          String f;
          if (cut && k == i + len - 1) {
            f = NameKey.fold(lastToken.text().substring(0, hyphen));
          } else {
            if (folded[k] == null) {
              folded[k] = NameKey.fold(tokens.get(k).text());
            }
            f = folded[k];
          }
          if (!f.isEmpty()) {
            // "Dar'a": the letters after an apostrophe go on the same word ("dara", as the
            // gazetteer folds the name), not a word of their own.
            if (key.length() > 0
                && tokens.get(k).span().start() != tokens.get(k - 1).span().end()) {
              key.append(' ');
            }
            key.append(f);
          }
          arabic |= NameKey.isArabicScript(tokens.get(k).text());
        }
        List<Gazetteer.Hit> hits = gazetteer.lookupFolded(key.toString(), arabic);
        if (len > 1 && i == 0 && lexicon.stopwords().contains(GeoLexicon.norm(first.text()))) {
          // "On Jul", "A NASA" opening a sentence: a name opened by a function word that is
          // capitalised only there is that name as written, not a spelling near it by chance.
          hits = hits.stream().filter(GazetteerPlaceResolver::asWritten).toList();
        }
        if (hits.isEmpty()) {
          continue;
        }
        if (context(tokens, i, i + len, GeoLexicon.CueKind.UNIT)) {
          matchedLen = len; // a unit's name ("the 215 X corps"): no place
          break;
        }
        GeoLexicon.CueKind cue = cue(tokens, i, i + len);
        if (cue == null && previous != null && listContinues(tokens, previousEnd, i)) {
          // "les districts de Banu, Pol-e-Hesar et De Salah": the cue covers the whole list.
          cue = previous.cue;
        }
        if (arabic) {
          hits = arabicHits(hits, key.toString());
          if (hits.isEmpty()) {
            continue;
          }
        }
        Raw r =
            new Raw(
                new CharSpan(first.span().start(), end),
                surface,
                NameKey.translit(surface),
                hits,
                cue,
                len > 1 || surface.contains("-") || surface.contains(" "),
                containerPosition(tokens, i, previousEnd),
                !cut && nameGoesOn(text, tokens, i + len),
                cut
                    || context(tokens, i, i + len, GeoLexicon.CueKind.SIDE)
                    || sideAfterList(tokens, i + len),
                sentence);
        out.add(r);
        previous = r;
        previousEnd = i + len;
        matchedLen = len;
        break;
      }
      i += Math.max(1, matchedLen);
    }
  }

  /**
   * "Pratapgarh (UP)", "(Budgam district, J&K)": an admin unit's all-capital abbreviation (the
   * supplement's {@code abbr} names), matched as written, one to three tokens with nothing between
   * them. Read only where a text puts the unit that contains the name before it, and not after a
   * name the gazetteer knows only in other countries ("Kabul (AP)" is a news agency, not a state).
   */
  private Raw abbreviation(
      String text, List<Token> tokens, int i, Raw previous, int previousEnd, int sentence) {
    for (int len = Math.min(3, tokens.size() - i); len >= 1; len--) {
      boolean joined = true;
      for (int k = i + 1; k < i + len && joined; k++) {
        joined = tokens.get(k).span().start() == tokens.get(k - 1).span().end();
      }
      if (!joined) {
        continue;
      }
      int start = tokens.get(i).span().start();
      int end = tokens.get(i + len - 1).span().end();
      List<Place> units = gazetteer.abbreviated(text.substring(start, end));
      if (units.isEmpty()) {
        continue;
      }
      // The whole word only: "UPS" or "J&Kx" is no abbreviation of these.
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        return null;
      }
      if (!containerPosition(tokens, i, previousEnd)) {
        return null;
      }
      if (previous != null && previousEnd >= i - 3 && !previous.hits.isEmpty()) {
        boolean sameCountry = false;
        for (Gazetteer.Hit h : previous.hits) {
          for (Place u : units) {
            sameCountry |= Objects.equals(u.countryCode(), h.place().countryCode());
          }
        }
        if (!sameCountry) {
          return null;
        }
      }
      List<Gazetteer.Hit> hits = new ArrayList<>();
      for (Place u : units) {
        hits.add(new Gazetteer.Hit(u, Gazetteer.Match.EXACT));
      }
      String surface = text.substring(start, end);
      return new Raw(
          new CharSpan(start, end),
          surface,
          NameKey.translit(units.get(0).name()),
          hits,
          null,
          false,
          true,
          false,
          false,
          sentence);
    }
    return null;
  }

  /** How many tokens, from {@code i}, the abbreviation {@code r} spans. */
  private static int abbreviatedTokens(List<Token> tokens, int i, Raw r) {
    int k = i;
    while (k < tokens.size() && tokens.get(k).span().end() <= r.span.end()) {
      k++;
    }
    return Math.max(1, k - i);
  }

  /**
   * Whether the name is the first of two joined by a list word whose second carries a SIDE cue
   * ("Turkana and Pokot pastoralists", "Pokot or Samburu raiders"): the cue covers both names.
   */
  private boolean sideAfterList(List<Token> tokens, int end) {
    if (end + 1 >= tokens.size()
        || !lexicon.listGlue().contains(GeoLexicon.norm(tokens.get(end).text()))) {
      return false;
    }
    for (int n = 1; n <= 2 && end + 1 + n <= tokens.size(); n++) {
      String w = tokens.get(end + n).text();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      if (context(tokens, end + 1, end + 1 + n, GeoLexicon.CueKind.SIDE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a SIDE or UNIT cue (geo-cues.tsv), as {@code kind} asks, stands right before or after
   * tokens [start, end).
   */
  private boolean context(List<Token> tokens, int start, int end, GeoLexicon.CueKind kind) {
    for (GeoLexicon.Cue c : lexicon.side()) {
      if (c.kind() != kind) {
        continue;
      }
      int k = c.words().size();
      int from = c.before() ? start - k : end;
      if (from < 0 || from + k > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < k && ok; j++) {
        ok = cueWord(GeoLexicon.norm(tokens.get(from + j).text()), c.words().get(j));
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /**
   * A token read against one word of a cue: "#" in the data stands for any number, as in the
   * numbered names of army corps ("قول اردوی ۲۱۵ X": the corps, not the place X); "*" for any one
   * word, as the country adjective inside a ministry's name ("ministère malien de la Défense").
   */
  private static boolean cueWord(String token, String word) {
    if (word.equals("*")) {
      return !token.isEmpty();
    }
    return word.equals("#")
        ? !token.isEmpty() && token.chars().allMatch(Character::isDigit)
        : token.equals(word);
  }

  private static boolean inTime(Token t, List<CharSpan> times) {
    for (CharSpan s : times) {
      if (t.span().start() < s.end() && s.start() < t.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a hyphenated word splits into two capitalised names ("Eldoret-Kitale", "Kenya-Somalia"):
   * the index of its first hyphen, or -1 ("al-Hasakeh" opens with a particle; "Zolote-5" goes on
   * with a number).
   */
  private static int hyphenCut(String w) {
    int h = w.indexOf('-');
    if (h < 2 || h + 1 >= w.length() || !Character.isUpperCase(w.charAt(h + 1))) {
      return -1;
    }
    String head = w.substring(0, h);
    return startable(head) && !PARTICLES.contains(head.toLowerCase(Locale.ROOT)) ? h : -1;
  }

  /**
   * Whether token {@code i} goes on a capitalised name begun by the word right before it (joined by
   * one space): a word that is no stop word, no cue and no word that may stand before a place name
   * ("northern", "lake").
   */
  private boolean continuesName(String text, List<Token> tokens, int i) {
    if (i == 0 || unitWithKindWordAt(tokens, i)) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    Token t = tokens.get(i);
    if (t.span().start() - prev.span().end() != 1 || text.charAt(prev.span().end()) != ' ') {
      return false;
    }
    String w = prev.text();
    if (!startable(w)
        || NameKey.isArabicScript(w)
        || w.codePointCount(0, w.length()) < 2
        || acronym(w)) {
      // "ODM Naivasha candidate": a party's or a force's acronym opens no place name.
      return false;
    }
    String n = GeoLexicon.norm(w);
    if (lexicon.heads().contains(n)) {
      return true;
    }
    return !lexicon.stopwords().contains(n)
        && !lexicon.prefixes().contains(n)
        && !cueWords.contains(n);
  }

  /**
   * A headline written in title case ("Militants Storm Town Market"): capitals there do not mark
   * names, so a word after another capitalised word may still be a name of its own.
   */
  private boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (w.length() < 4
          || !Character.isLetter(w.charAt(0))
          || lexicon.stopwords().contains(GeoLexicon.norm(w))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }

  /**
   * "Foo (Bar", "Foo, Bar", "Foo district, Bar": the name stands where a text puts the unit that
   * contains the name before it.
   */
  private boolean containerPosition(List<Token> tokens, int i, int previousEnd) {
    if (i < 2) {
      return false;
    }
    String sep = tokens.get(i - 1).text();
    boolean within = lexicon.within().contains(GeoLexicon.norm(sep));
    if (!sep.equals("(") && !sep.equals(",") && !within) {
      return false;
    }
    String before = tokens.get(i - 2).text();
    // "Foo in Bar" only right after a place name: "Fighting in Bar" puts nothing in Bar.
    if (within ? previousEnd == i - 1 : startable(before) || before.equals(")")) {
      return true;
    }
    // "Foo district, Bar", "Foo city in Bar": a one-word kind cue that follows names
    // (geo-cues.tsv).
    return kindWords.contains(GeoLexicon.norm(before)) && (!within || previousEnd == i - 2);
  }

  /**
   * Whether the capitalised name goes on past token {@code k - 1} with a word that is no cue, no
   * facility and no stop word: "Khutir" of "Khutir Vilny" is then only part of a name the gazetteer
   * lacks, not the village called Khutir.
   */
  private boolean nameGoesOn(String text, List<Token> tokens, int k) {
    if (k >= tokens.size() || k == 0 || unitWithKindWordAt(tokens, k)) {
      return false;
    }
    Token prev = tokens.get(k - 1);
    Token t = tokens.get(k);
    if (t.span().start() - prev.span().end() != 1) {
      return false;
    }
    char sep = text.charAt(prev.span().end());
    if (sep != ' ' && sep != '-') {
      return false;
    }
    String w = t.text();
    if (!startable(w) || NameKey.isArabicScript(w) || acronym(w)) {
      // "Mokowe GSU camp", "Kisumu CBD": an acronym after a place names something there.
      return false;
    }
    String n = GeoLexicon.norm(w);
    // Nor the first word of a cue that follows names ("county").
    return !lexicon.stopwords().contains(n)
        && !lexicon.facilities().contains(n)
        && !cuesAfterByFirst.containsKey(n);
  }

  /**
   * Whether tokens from {@code i} are a province or district as the gazetteer writes it, followed
   * by its kind word ("Lamu County", "Tiaty Sub-county"): a unit named after a place without a
   * comma between ("in Witu Lamu County"), not the rest of the place's name.
   */
  private boolean unitWithKindWordAt(List<Token> tokens, int i) {
    StringBuilder key = new StringBuilder();
    for (int len = 1; len <= 3 && i + len < tokens.size(); len++) {
      String w = tokens.get(i + len - 1).text();
      if (!startable(w)) {
        return false;
      }
      if (len > 1) {
        key.append(' ');
      }
      key.append(NameKey.fold(w));
      GeoLexicon.CueKind after = cue(tokens, i + len, i + len);
      if (after != GeoLexicon.CueKind.PROVINCE && after != GeoLexicon.CueKind.DISTRICT) {
        continue;
      }
      for (Gazetteer.Hit h : gazetteer.lookupFolded(key.toString(), false)) {
        if (asWritten(h)
            && (h.place().kind() == PlaceKind.PROVINCE || h.place().kind() == PlaceKind.DISTRICT)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Arabic script has no capitals, so any run of words could be a name, and its folded or
   * consonant-skeleton key matches many Latin names by chance ("در" would be some "Dar"). Only a
   * place that the gazetteer names in the Arabic script itself, with this very key, counts.
   */
  private static List<Gazetteer.Hit> arabicHits(List<Gazetteer.Hit> hits, String key) {
    List<Gazetteer.Hit> out = new ArrayList<>();
    for (Gazetteer.Hit h : hits) {
      for (PlaceName n : h.place().names()) {
        if (NameKey.isArabicScript(n.name()) && NameKey.fold(n.name()).equals(key)) {
          out.add(h);
          break;
        }
      }
    }
    return out;
  }

  private static boolean startable(String t) {
    if (t.isEmpty()) {
      return false;
    }
    int c = t.codePointAt(0);
    if (Character.isUpperCase(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
      return true;
    }
    // "al-Hasakeh", "el-Fasher": a particle joined to a capitalised name.
    int h = t.indexOf('-');
    return h > 0
        && h + 1 < t.length()
        && Character.isUpperCase(t.charAt(h + 1))
        && PARTICLES.contains(t.substring(0, h).toLowerCase(Locale.ROOT));
  }

  /** Tokens i..i+len-1 form one name: joined by a space or hyphen, capitalised or particles. */
  private static boolean window(String text, List<Token> tokens, int i, int len) {
    for (int k = i + 1; k < i + len; k++) {
      Token prev = tokens.get(k - 1);
      Token t = tokens.get(k);
      int gap = t.span().start() - prev.span().end();
      if (gap > 2) {
        return false;
      }
      for (int c = prev.span().end(); c < t.span().start(); c++) {
        char ch = text.charAt(c);
        if (ch != ' ' && ch != '-' && ch != '\u00a0') {
          return false;
        }
      }
      String w = t.text();
      if (gap == 0 && elided(prev.text(), w)) {
        continue; // "Dar'a": the letters after an apostrophe belong to the name
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean particle = PARTICLES.contains(lower) || JOINERS.contains(lower);
      if (!startable(w) && !(particle && k < i + len - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code w} continues the word {@code prev} after an apostrophe ("a" after "Dar'" in
   * "Dar'a"), not as a possessive "s", nor after a one-letter elided article or preposition
   * ("L'attaque", "D'autres"): a common word, never part of a name.
   */
  private static boolean elided(String prev, String w) {
    if (prev.length() < 3 || w.isEmpty()) {
      return false;
    }
    char last = prev.charAt(prev.length() - 1);
    return (last == '\'' || last == '’')
        && Character.isLowerCase(w.charAt(0))
        && !w.equals("s")
        && !w.startsWith("s ");
  }

  /** A short all-capital word of two letters or more: an acronym (GSU, ODM, CBD), not a name. */
  private static boolean acronym(String t) {
    int n = t.codePointCount(0, t.length());
    if (n < 2 || n > 5) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean singleWordOk(String t) {
    String n = GeoLexicon.norm(t);
    if (lexicon.stopwords().contains(n)
        || lexicon.facilities().contains(n)
        || lexicon.heads().contains(n)
        // A word that says what kind of place a name is ("County", "Forest") is no name alone.
        || kindWords.contains(n)) {
      return false;
    }
    if (NameKey.isArabicScript(t)) {
      return t.length() >= 3;
    }
    if (t.codePointCount(0, t.length()) < 3) {
      return false;
    }
    // Short all-capital tokens are acronyms (FNR, OTAN, GMT), not places.
    return !(t.length() <= 5 && t.equals(t.toUpperCase(Locale.ROOT)));
  }

  private GeoLexicon.CueKind cue(List<Token> tokens, int start, int end) {
    // Only the cues whose first word stands where it would have to, in lexicon order: the others
    // cannot match, and leave the choice below as it is.
    int[][] lists = new int[cuesBeforeByFirst.size() + 1][];
    int count = 0;
    if (end < tokens.size()) {
      lists[0] = cuesAfterByFirst.get(GeoLexicon.norm(tokens.get(end).text()));
      count += lists[0] == null ? 0 : lists[0].length;
    }
    for (int k = 1; k <= cuesBeforeByFirst.size() && start - k >= 0; k++) {
      if (start - k >= tokens.size()) {
        continue;
      }
      lists[k] = cuesBeforeByFirst.get(k - 1).get(GeoLexicon.norm(tokens.get(start - k).text()));
      count += lists[k] == null ? 0 : lists[k].length;
    }
    if (count == 0) {
      return null;
    }
    int[] candidates = new int[count];
    int n = 0;
    for (int[] l : lists) {
      if (l != null) {
        System.arraycopy(l, 0, candidates, n, l.length);
        n += l.length;
      }
    }
    java.util.Arrays.sort(candidates);
    List<GeoLexicon.Cue> cues = lexicon.cues();
    GeoLexicon.CueKind best = null;
    int bestLen = 0;
    // Each token's normal form once per call, not once per cue that reaches it.
    String[] norms = new String[tokens.size()];
    for (int ci : candidates) {
      GeoLexicon.Cue c = cues.get(ci);
      int k = c.words().size();
      if (k < bestLen || (k == bestLen && best != GeoLexicon.CueKind.LOCATIVE)) {
        continue;
      }
      int from = c.before() ? start - k : end;
      if (from < 0 || from + k > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < k && ok; j++) {
        String w = norms[from + j];
        if (w == null) {
          w = GeoLexicon.norm(tokens.get(from + j).text());
          norms[from + j] = w;
        }
        ok = w.equals(c.words().get(j));
      }
      // A kind cue beats a bare locative of the same length.
      if (ok && (best == null || k > bestLen || best == GeoLexicon.CueKind.LOCATIVE)) {
        best = c.kind();
        bestLen = k;
      }
    }
    return best;
  }

  private boolean listContinues(List<Token> tokens, int from, int to) {
    if (from < 0 || to - from < 1 || to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!lexicon.listGlue().contains(GeoLexicon.norm(tokens.get(k).text()))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- context

  /**
   * The countries whose places this document is about: the configured theatre, unless the names of
   * the document point clearly to another country (a country named, or names that exist only
   * there), as a report from Kenya or Yemen does. Each mention votes for the countries it can name,
   * split between them; a country name counts double, a name with a kind word half again. A foreign
   * name among the theatre's names ("Paris a réagi à la chute de Kaboul") does not move it.
   */
  /** The name as a gazetteer writes it, or without its admin word ("Meru" of "Meru County"). */
  private static boolean asWritten(Gazetteer.Hit h) {
    return h.match() == Gazetteer.Match.EXACT || h.match() == Gazetteer.Match.BASE;
  }

  /**
   * A place a reader knows by its name alone: a province, a capital or a town of 100,000 or more.
   */
  private static boolean prominent(Place p) {
    return p.kind() == PlaceKind.PROVINCE
        || p.kind() == PlaceKind.NATIONAL_CAPITAL
        || p.kind() == PlaceKind.PROVINCIAL_CAPITAL
        || p.population() >= PROMINENT_POPULATION;
  }

  private static final long PROMINENT_POPULATION = 100_000;

  /** What a place without a point of its own loses to a located namesake: more than a tie. */
  private static final double BORROWED = 0.15;

  /**
   * Whether only the loose transliteration key links the name to its places: none of them is an
   * admin unit or has the same consonants ("Sentianivka" and "Sentyanivka" do; "Mahiu" and "Myhiia"
   * do not).
   */
  private boolean looseHit(Raw r, Gazetteer.Hit h) {
    return h.match() == Gazetteer.Match.TRANSLIT
        && (r.cue == null || compat(r.cue, h.place().kind()) <= 0)
        && h.place().kind() != PlaceKind.PROVINCE
        && h.place().kind() != PlaceKind.DISTRICT
        && !gazetteer.sameConsonants(r.surface, h.place());
  }

  /** Whether the kind word next to the name fits one of its places. */
  private static boolean cueFits(Raw r) {
    for (Gazetteer.Hit h : r.hits) {
      if (compat(r.cue, h.place().kind()) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name reads as places only as spelling variants of provinces (one letter off). */
  private static boolean spellingOnly(Raw r) {
    for (Gazetteer.Hit h : r.hits) {
      if (h.match() != Gazetteer.Match.SPELLING && h.match() != Gazetteer.Match.SKELETON) {
        return false;
      }
    }
    return !r.hits.isEmpty();
  }

  private boolean loose(Raw r) {
    for (Gazetteer.Hit h : r.hits) {
      if (h.match() == Gazetteer.Match.SKELETON) {
        continue;
      }
      // "the valley of X", "X district": a kind word that fits the place says what it names.
      // A name run together or with a letter of a pair less ("Tugen" for a Tuggen abroad) keeps
      // its consonants and still says no more than a loose key, without such a word.
      if (r.cue != null && compat(r.cue, h.place().kind()) > 0
          || h.place().kind() == PlaceKind.PROVINCE
          || h.place().kind() == PlaceKind.DISTRICT
          || gazetteer.sameConsonants(r.surface, h.place()) && !squeezedOnly(h)) {
        return false;
      }
    }
    return true;
  }

  /** A hit found only by the squeezed spelling of a name outside the translit countries. */
  private boolean squeezedOnly(Gazetteer.Hit h) {
    return h.match() == Gazetteer.Match.TRANSLIT
        && !gazetteer.transliterated(h.place().countryCode());
  }

  private Set<String> theatreOf(List<Raw> raws, Set<String> people) {
    // A name written twice says no more of the text's country than once ("in the area of X,
    // Donetsk ... near X"): each name votes once per country, with its strongest mention.
    Map<String, Map<String, Double>> votesByName = new HashMap<>();
    Map<String, Map<String, Double>> weakByName = new HashMap<>();
    for (Raw r : raws) {
      Map<String, Double> votes = votesByName.computeIfAbsent(r.key, k -> new HashMap<>());
      Map<String, Double> weakVotes = weakByName.computeIfAbsent(r.key, k -> new HashMap<>());
      if (r.truncated && r.hits.stream().noneMatch(h -> asWritten(h) && prominent(h.place()))) {
        // The first word of a longer name the gazetteer lacks ("Hassan" of a person's name, "Paul
        // Kamau") says nothing of the country the text is about, unless it is a name a reader
        // knows alone ("Kunduz Teachers College", "Herat Water Company").
        continue;
      }
      Set<String> ccs = new HashSet<>();
      // The surface's keys once for all its hits.
      Gazetteer.SurfaceKeys keys = Gazetteer.surfaceKeys(r.surface);
      String named = null;
      boolean exact = false;
      for (Gazetteer.Hit h : r.hits) {
        String cc = h.place().countryCode();
        if (cc == null
            || h.match() == Gazetteer.Match.SKELETON
            || h.match() == Gazetteer.Match.SPELLING
                && !gazetteer.sameConsonants(keys, h.place())) {
          continue;
        }
        if (h.place().kind() == PlaceKind.COUNTRY && h.match() == Gazetteer.Match.EXACT) {
          named = cc;
        }
        exact |= asWritten(h);
        ccs.add(cc);
      }
      if (exact) {
        // The countries where the name is written so, not where a spelling variant of it lies.
        ccs.clear();
        for (Gazetteer.Hit h : r.hits) {
          if (asWritten(h) && h.place().countryCode() != null) {
            ccs.add(h.place().countryCode());
          }
        }
        // A name that is a province, a capital or a large town in one country only and a village
        // elsewhere ("Belgrade", "Meru") points to that country, as a reader takes it.
        Set<String> prominent = new HashSet<>();
        for (Gazetteer.Hit h : r.hits) {
          if (asWritten(h) && h.place().countryCode() != null && prominent(h.place())) {
            prominent.add(h.place().countryCode());
          }
        }
        // Of a province's name and a capital's elsewhere ("Mahdia"), the province's country.
        Set<String> provinces = new HashSet<>();
        for (Gazetteer.Hit h : r.hits) {
          if (asWritten(h)
              && h.place().countryCode() != null
              && h.place().kind() == PlaceKind.PROVINCE) {
            provinces.add(h.place().countryCode());
          }
        }
        // Of a name's countries, the one whose people the text names ("Lebanese drivers ... in
        // Tripoli") before the province or the better-known place of that name elsewhere.
        Set<String> ofPeople = new HashSet<>(ccs);
        ofPeople.retainAll(people);
        if (ofPeople.size() == 1) {
          ccs.retainAll(ofPeople);
        } else if (provinces.size() == 1) {
          ccs.retainAll(provinces);
        } else if (prominent.size() == 1) {
          ccs.retainAll(prominent);
        }
      }
      if (r.container) {
        // "Karak in Dar'a", "(Abala, Tillabery)": a name in a containing unit's place is that unit
        // of the countries where it is one (as written or by its consonants), not a village or a
        // district one letter off elsewhere.
        Set<String> units = new HashSet<>();
        for (Gazetteer.Hit h : r.hits) {
          if (h.place().countryCode() != null
              && (h.place().kind() == PlaceKind.PROVINCE || h.place().kind() == PlaceKind.DISTRICT)
              && (asWritten(h) || gazetteer.sameConsonants(keys, h.place()))) {
            units.add(h.place().countryCode());
          }
        }
        if (!java.util.Collections.disjoint(units, ccs)) {
          ccs.retainAll(units);
        }
      }
      if (named != null) {
        votes.merge(named, 2.0, Math::max);
      } else if (!ccs.isEmpty()) {
        // The unit a text puts a place in ("X, Donetsk", "X (Sindh)") says where the text is as
        // surely as a country name, when the name is a unit there; a context word less so.
        boolean unit = false;
        for (Gazetteer.Hit h : r.hits) {
          unit |=
              (asWritten(h) || gazetteer.sameConsonants(keys, h.place()))
                  && ccs.contains(h.place().countryCode())
                  && (h.place().kind() == PlaceKind.PROVINCE
                      || h.place().kind() == PlaceKind.DISTRICT);
        }
        // A kind word ("Sub County", "district of") says a place is meant; a bare "in" or "from"
        // before a name ("students from Kirimon") does not, and weighs no more than no word.
        boolean kindWord = r.cue != null && r.cue != GeoLexicon.CueKind.LOCATIVE;
        // The first word of a longer name the gazetteer lacks ("Nelson" of "Nelson Mandela Bay") is
        // no
        // unit of the text, wherever it stands.
        double w = (r.container && unit && !r.truncated ? 2.0 : kindWord ? 1.5 : 1.0) / ccs.size();
        if (!exact && loose(r)) {
          // Only the loose transliteration key links the name to these countries ("Mahiu" to some
          // Ukrainian "Myhiia"): one such name alone does not tell where the text is, two do.
          w /= 2;
        }
        boolean weak = !r.container && spellingOnly(r) && r.cue != null && !cueFits(r);
        for (String cc : ccs) {
          votes.merge(cc, w, Math::max);
          if (weak) {
            weakVotes.merge(cc, w / 2, Math::max);
          }
        }
      }
    }
    Map<String, Double> votes = new HashMap<>();
    Map<String, Double> weakVotes = new HashMap<>();
    votesByName.values().forEach(m -> m.forEach((cc, w) -> votes.merge(cc, w, Double::sum)));
    weakByName.values().forEach(m -> m.forEach((cc, w) -> weakVotes.merge(cc, w, Double::sum)));
    if (votes.size() > 1) {
      // "the town of Madhba'a ... in Al-Hasakeh", "Basira city ... Deir-ez-Zor": a town's name
      // one letter off a province of another country (Madaba, Basra) says less of where the text
      // is than the names of another country beside it.
      for (Map.Entry<String, Double> e : weakVotes.entrySet()) {
        votes.merge(e.getKey(), -e.getValue(), Double::sum);
      }
    }
    String top = null;
    double inTheatre = 0;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      if (settings.theatre().contains(e.getKey())) {
        inTheatre = Math.max(inTheatre, e.getValue());
      }
      if (top == null
          || e.getValue() > votes.get(top)
          || e.getValue().equals(votes.get(top)) && e.getKey().compareTo(top) < 0) {
        top = e.getKey();
      }
    }
    if (top != null
        && !settings.theatre().contains(top)
        && votes.get(top) >= 1.0
        && votes.get(top) > 1.2 * inTheatre) {
      return Set.of(top);
    }
    // No place name sets the country, the theatre's no more than another's (a name shared by
    // villages of several countries: "Kiunga", "Busia"): the country whose people or institutions
    // the text names alone ("Kenyan police", "IEBC") is where it is, as a reader takes it. Place
    // names come first: "Israeli forces in Gaza" stays in Gaza.
    if (people.size() == 1 && inTheatre < 1.0) {
      String cc = people.iterator().next();
      double own = votes.getOrDefault(cc, 0.0);
      boolean beaten = false;
      for (Map.Entry<String, Double> e : votes.entrySet()) {
        beaten |= !e.getKey().equals(cc) && e.getValue() > own;
      }
      if (!beaten && !settings.theatre().contains(cc)) {
        return Set.of(cc);
      }
    }
    return settings.theatre();
  }

  /** Provinces and districts pointed to by each mention key (unambiguously, within the theatre). */
  private record Support(
      Map<String, Set<String>> admin1ByKey,
      Map<String, Set<String>> admin2ByKey,
      Map<String, Set<String>> countryByKey,
      Map<String, Set<String>> namedByKey,
      boolean grounded) {
    /** Whether another mention points to one province. */
    boolean anyAdmin1(String exceptKey) {
      for (Set<String> keys : admin1ByKey.values()) {
        if (keys.size() > (keys.contains(exceptKey) ? 1 : 0)) {
          return true;
        }
      }
      return false;
    }

    /** How many other mentions name, as written, a place of country {@code cc}. */
    int named(String cc, String exceptKey) {
      return count(namedByKey, cc, exceptKey);
    }

    int country(String cc, String exceptKey) {
      return count(countryByKey, cc, exceptKey);
    }

    int admin1(String id, String exceptKey) {
      return count(admin1ByKey, id, exceptKey);
    }

    int admin2(String id, String exceptKey) {
      return count(admin2ByKey, id, exceptKey);
    }

    private static int count(Map<String, Set<String>> m, String id, String exceptKey) {
      if (id == null) {
        return 0;
      }
      Set<String> keys = m.get(id);
      if (keys == null) {
        return 0;
      }
      return keys.size() - (keys.contains(exceptKey) ? 1 : 0);
    }
  }

  /**
   * Whether a place below the country level that a reader knows (a province, a capital, a large
   * town, or a name with a kind word or in a unit's place) puts the text in its countries; a
   * country named alone may be only where people came from or whose forces acted.
   */
  private static boolean grounded(List<Raw> raws, Set<String> theatre) {
    for (Raw r : raws) {
      for (Gazetteer.Hit h : r.hits) {
        Place p = h.place();
        if (asWritten(h)
            && p.kind() != PlaceKind.COUNTRY
            && theatre.contains(p.countryCode())
            && (prominent(p)
                || r.container
                || r.cue != null && r.cue != GeoLexicon.CueKind.LOCATIVE)) {
          return true;
        }
      }
    }
    return false;
  }

  private Support support(List<Raw> raws, Set<String> theatre, boolean grounded) {
    Map<String, Set<String>> a1 = new HashMap<>();
    Map<String, Set<String>> a2 = new HashMap<>();
    Map<String, Set<String>> countries = new HashMap<>();
    Map<String, Set<String>> named = new HashMap<>();
    for (Raw r : raws) {
      for (Gazetteer.Hit h : r.hits) {
        if (asWritten(h) && h.place().countryCode() != null) {
          named.computeIfAbsent(h.place().countryCode(), k -> new HashSet<>()).add(r.key);
        }
      }
      for (Gazetteer.Hit h : r.hits) {
        if (h.place().kind() == PlaceKind.COUNTRY && h.place().countryCode() != null) {
          countries.computeIfAbsent(h.place().countryCode(), k -> new HashSet<>()).add(r.key);
        }
      }
      Set<String> admin1s = new HashSet<>();
      Set<String> admin2s = new HashSet<>();
      for (Gazetteer.Hit h : r.hits) {
        Place p = h.place();
        if (theatre.contains(p.countryCode())) {
          admin1s.add(String.valueOf(p.admin1Id()));
          admin2s.add(String.valueOf(p.admin2Id()));
        }
      }
      if (admin1s.size() == 1 && !admin1s.contains("null")) {
        a1.computeIfAbsent(admin1s.iterator().next(), k -> new HashSet<>()).add(r.key);
      }
      if (admin2s.size() == 1 && !admin2s.contains("null")) {
        a2.computeIfAbsent(admin2s.iterator().next(), k -> new HashSet<>()).add(r.key);
      }
    }
    return new Support(a1, a2, countries, named, grounded);
  }

  // ---------------------------------------------------------------- decision

  private record Scored(Place place, double score, String why) {}

  /** What a spelling-variant coincidence outside the text's countries loses: it never wins. */
  private static final double COINCIDENCE = 10;

  /** The reason of an unresolved national capital outside the text's countries. */
  public static final String CAPITAL_ABROAD = "a national capital abroad: ";

  private Resolution decide(Raw r, Support support, Set<String> theatre) {
    List<Scored> scored = new ArrayList<>();
    boolean anyInTheatre = false;
    List<Gazetteer.Hit> hits = r.hits;
    if (r.truncated) {
      // Part of a longer name: not a village of that part's name (an admin unit or a city still
      // stands, as in "Kunduz Bank"), nor a unit abroad ("Evans" of a person's name, "Minas" of
      // a Mexican "Minas Viejas").
      hits = new ArrayList<>();
      for (Gazetteer.Hit h : r.hits) {
        if (h.place().kind() != PlaceKind.POPULATED_PLACE
            && (theatre.contains(h.place().countryCode())
                || h.place().kind() == PlaceKind.COUNTRY)) {
          hits.add(h);
        }
      }
    }
    if (r.span.start() == r.sentence && r.cue == null && !r.multiWord && !r.container) {
      // A capitalised word opening a sentence is no sign of a name ("Teachers staged a protest"):
      // a place known only as a unit's name, without a point of its own, is not read there.
      List<Gazetteer.Hit> own = new ArrayList<>();
      for (Gazetteer.Hit h : hits) {
        if (!borrowedPoint(h.place())) {
          own.add(h);
        }
      }
      hits = own;
    }
    // A province spelt with other vowels ("Idleb", "Lattakia") is that province; one spelt with
    // another consonant only in the country the document is read in, or where the text puts a
    // unit ("X, Idleb", "Idleb province"): elsewhere it is a word one letter from some province
    // ("National", "Raila").
    boolean unitPlace = r.container || r.cue == GeoLexicon.CueKind.PROVINCE;
    List<Gazetteer.Hit> kept = new ArrayList<>();
    for (Gazetteer.Hit h : hits) {
      if (h.match() != Gazetteer.Match.SPELLING
          || unitPlace
          || theatre.contains(h.place().countryCode())
          || gazetteer.sameConsonants(r.surface, h.place())) {
        kept.add(h);
      }
    }
    hits = kept;
    // "Mehran county": a place of that very name in the text's countries is what it names, not a
    // province one letter off (Tehran), whatever kind word follows.
    boolean writtenHere = false;
    for (Gazetteer.Hit h : hits) {
      writtenHere |= asWritten(h) && theatre.contains(h.place().countryCode());
    }
    if (writtenHere) {
      List<Gazetteer.Hit> written = new ArrayList<>();
      for (Gazetteer.Hit h : hits) {
        if (h.match() != Gazetteer.Match.SPELLING) {
          written.add(h);
        }
      }
      hits = written;
    }
    if (hits.isEmpty()) {
      return null;
    }
    Set<String> coincidences = new HashSet<>();
    int namesakes = 0;
    for (Gazetteer.Hit h : hits) {
      boolean outside =
          !theatre.contains(h.place().countryCode())
              // The configured theatre is only a guess while no known place of it grounds the
              // text: there, too, a loose key alone ("Nasa" for some village "Nusay") is chance.
              || theatre == settings.theatre() && !support.grounded() && looseHit(r, h)
              // Nor is a loose key that lands in a province other than those the text names
              // ("Hodeidah" for a village "Hadadah" far from the Al Hudaydah of the text).
              || looseHit(r, h)
                  && support.anyAdmin1(r.key)
                  && support.admin1(h.place().admin1Id(), r.key) == 0;
      if (h.match() == Gazetteer.Match.TRANSLIT
          && outside
          && support.country(h.place().countryCode(), r.key) == 0) {
        // A spelling variant of a name in a country the text is not about is a coincidence of
        // the loose key ("Alou" in the Sahel is not "Auly" in Ukraine): kept as a candidate for
        // the record, never the answer.
        coincidences.add(h.place().id());
        Scored sc = score(r, h, support, theatre);
        scored.add(new Scored(sc.place(), sc.score() - COINCIDENCE, sc.why() + "; coincidence"));
        continue;
      }
      if (namesakeAbroad(r, h, support, theatre)) {
        // The text is about another country, and nothing else in it points to this one: a small
        // place abroad of the same name ("Tana" in Norway in a report from Kenya) is a namesake,
        // kept as a candidate for the record, never the answer.
        coincidences.add(h.place().id());
        namesakes++;
        Scored sc = score(r, h, support, theatre);
        scored.add(
            new Scored(sc.place(), sc.score() - COINCIDENCE, sc.why() + "; namesake abroad"));
        continue;
      }
      // Country names are kept anywhere: they set the context of the other names.
      anyInTheatre |=
          theatre.contains(h.place().countryCode())
              || (h.place().kind() == PlaceKind.COUNTRY && h.match() == Gazetteer.Match.EXACT);
      scored.add(score(r, h, support, theatre));
    }
    if (coincidences.size() == scored.size()) {
      if (namesakes == 0) {
        return null;
      }
      // A name the text uses as a place ("Tana village"), whose places all lie abroad: kept, with
      // its candidates, as a place the gazetteer does not know here.
      scored.sort(
          Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.place().id()));
      List<Candidate> all = new ArrayList<>();
      for (Scored s : scored.subList(0, Math.min(10, scored.size()))) {
        all.add(new Candidate(s.place(), round(s.score())));
      }
      return new Resolution.Unresolved("only namesakes abroad: " + scored.get(0).place().id(), all);
    }
    boolean unit = false;
    for (Gazetteer.Hit h : hits) {
      unit |= h.place().kind() == PlaceKind.PROVINCE || h.place().kind() == PlaceKind.DISTRICT;
    }
    if (!anyInTheatre && r.cue == null && !(r.container && unit)) {
      for (Gazetteer.Hit h : hits) {
        if (h.match() == Gazetteer.Match.EXACT && h.place().kind() == PlaceKind.NATIONAL_CAPITAL) {
          // A capital abroad ("Moscow" in a report on Ukraine) is no place of the text's events,
          // but may stand for its state ("Kyiv accused Moscow of ..."): kept, unresolved, with it.
          Scored sc = score(r, h, support, theatre);
          return new Resolution.Unresolved(
              CAPITAL_ABROAD + h.place().id(),
              List.of(new Candidate(sc.place(), round(sc.score()))));
        }
      }
      // A capitalised word that happens to name a place somewhere else: not a place mention.
      return null;
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.place().id()));
    List<Candidate> candidates = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(10, scored.size()))) {
      candidates.add(new Candidate(s.place(), round(s.score())));
    }
    Scored best = scored.get(0);
    if (best.score() < settings.minScore()) {
      return new Resolution.Unresolved(
          "best candidate " + best.place().id() + " scored " + round(best.score()) + ": too weak",
          candidates);
    }
    if (scored.size() > 1) {
      Scored second = scored.get(1);
      if (best.score() - second.score() < settings.tieMargin()
          && !sameArea(best.place(), second.place())) {
        return tie(r, best, second, candidates);
      }
    }
    String why = best.why();
    if (scored.size() > 1) {
      why += "; runner-up " + scored.get(1).place().id() + " " + round(scored.get(1).score());
    }
    return new Resolution.Resolved(
        best.place(), round(best.score()), precisionOf(best.place(), r.cue), why, candidates);
  }

  /**
   * A place outside the document's countries that no other mention points to and that a reader
   * would not know by its name alone (not a country, province, capital or large town).
   */
  private boolean namesakeAbroad(Raw r, Gazetteer.Hit h, Support support, Set<String> theatre) {
    Place p = h.place();
    String cc = p.countryCode();
    return support.grounded()
        && cc != null
        && !theatre.contains(cc)
        && p.kind() != PlaceKind.COUNTRY
        // A province abroad one letter off ("Gidan" for Gilan) is no better known than a village.
        && !(prominent(p) && (asWritten(h) || gazetteer.sameConsonants(r.surface, p)))
        && support.country(cc, r.key) == 0
        && support.named(cc, r.key) == 0;
  }

  /** Two near-equal candidates: fall back to their common province when they share one. */
  private Resolution tie(Raw r, Scored best, Scored second, List<Candidate> candidates) {
    String a1 = best.place().admin1Id();
    if (a1 != null && a1.equals(second.place().admin1Id())) {
      var province = gazetteer.byId(a1);
      if (province.isPresent()) {
        return new Resolution.Resolved(
            province.get(),
            round(best.score()),
            3,
            "tie between "
                + best.place().id()
                + " and "
                + second.place().id()
                + " in the same province: coded at province level",
            candidates);
      }
    }
    return new Resolution.Unresolved(
        "ambiguous: "
            + best.place().id()
            + " "
            + round(best.score())
            + " vs "
            + second.place().id()
            + " "
            + round(second.score()),
        candidates);
  }

  /** Same admin unit (one inside the other) or less than 30 km apart: not a real ambiguity. */
  private static boolean sameArea(Place a, Place b) {
    if (a.id().equals(b.admin2Id())
        || b.id().equals(a.admin2Id())
        || a.id().equals(b.admin1Id())
        || b.id().equals(a.admin1Id())) {
      return true;
    }
    if (a.lat() != null && b.lat() != null) {
      return distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) < 30;
    }
    return false;
  }

  private Scored score(Raw r, Gazetteer.Hit h, Support support, Set<String> theatre) {
    Place p = h.place();
    StringBuilder why = new StringBuilder();
    double s;
    switch (h.match()) {
      case EXACT:
        s = 1.0;
        why.append("exact name");
        break;
      case BASE:
        // Weaker than the town of that very name: "Mombasa" is the town, "Mombasa county" the unit.
        s = 0.75;
        why.append("name without its admin word");
        break;
      case TRANSLIT:
        s = 0.85;
        why.append("transliteration key");
        break;
      case SPELLING:
        s = 0.8;
        why.append("spelling variant of a province");
        break;
      default:
        s = 0.7;
        why.append("script skeleton");
        break;
    }
    if (theatre.contains(p.countryCode())) {
      s += 0.5;
      why.append("; in theatre ").append(p.countryCode());
    }
    if (r.cue != null && r.cue != GeoLexicon.CueKind.LOCATIVE) {
      double c = compat(r.cue, p.kind());
      s += c > 0 ? c : -0.3;
      why.append("; cue ")
          .append(r.cue.name().toLowerCase(Locale.ROOT))
          .append(c > 0 ? " fits " : " does not fit ")
          .append(p.kind().name().toLowerCase(Locale.ROOT));
    }
    s += prior(p.kind());
    if (r.container && (p.kind() == PlaceKind.PROVINCE || p.kind() == PlaceKind.DISTRICT)) {
      s += p.kind() == PlaceKind.PROVINCE ? 0.3 : 0.2;
      why.append("; in the place of a containing unit");
    }
    int d2 = support.admin2(p.admin2Id(), r.key);
    int d1 = support.admin1(p.admin1Id(), r.key);
    if (d2 > 0) {
      s += 0.6;
      why.append("; district ").append(p.admin2Id()).append(" co-mentioned");
    } else if (d1 > 0) {
      s += 0.4;
      why.append("; province ").append(p.admin1Id()).append(" co-mentioned");
    }
    if (!theatre.contains(p.countryCode())
        && p.kind() != PlaceKind.COUNTRY
        && support.country(p.countryCode(), r.key) > 0) {
      s += 0.6;
      why.append("; country ").append(p.countryCode()).append(" co-mentioned");
    }
    if (p.population() > 0) {
      s += 0.1 * Math.min(1.0, Math.log10(p.population() + 1.0) / 7.0);
    }
    if ((borrowedPoint(p) || p.lat() == null) && locatedNamesake(r, p)) {
      // Known only as a unit's name, without a point of its own (or with no point at all, as
      // some GeoNames districts): a located namesake in the same country (a town of that name, a
      // district another source places) is the better reading.
      s -= BORROWED;
      why.append("; no point of its own");
    }
    return new Scored(p, s, why.toString());
  }

  private static double compat(GeoLexicon.CueKind cue, PlaceKind kind) {
    switch (cue) {
      case PROVINCE:
        return kind == PlaceKind.PROVINCE ? 1.0 : 0;
      case DISTRICT:
        switch (kind) {
          case DISTRICT:
            return 1.0;
          case DISTRICT_CENTRE:
            return 0.9;
          case PROVINCE:
            // "three districts of Baghlan": districts in that province.
            return 0.6;
          case PROVINCIAL_CAPITAL:
          case NATIONAL_CAPITAL:
          case POPULATED_PLACE:
            return 0.5;
          default:
            return 0;
        }
      case VALLEY:
        // Without a valley entry, "la vallée d'Andarab" is best placed by the district named so.
        switch (kind) {
          case VALLEY:
            return 1.0;
          case DISTRICT:
            return 0.5;
          case PROVINCE:
            return 0.4;
          default:
            return 0;
        }
      case AIRPORT:
        return kind == PlaceKind.AIRPORT ? 1.0 : 0;
      case CAPITAL:
        switch (kind) {
          case NATIONAL_CAPITAL:
          case PROVINCIAL_CAPITAL:
            return 1.0;
          case DISTRICT_CENTRE:
          case POPULATED_PLACE:
            return 0.5;
          default:
            return 0;
        }
      case TOWN:
        switch (kind) {
          case NATIONAL_CAPITAL:
          case PROVINCIAL_CAPITAL:
          case DISTRICT_CENTRE:
          case POPULATED_PLACE:
            return 1.0;
          default:
            return 0;
        }
      default:
        return 0;
    }
  }

  /** Without a cue, a name means the best-known thing it names. */
  private static double prior(PlaceKind kind) {
    switch (kind) {
      case COUNTRY:
        return 0.4;
      case NATIONAL_CAPITAL:
        return 0.35;
      case PROVINCIAL_CAPITAL:
        // "Kunduz fell", "explosion in Ghazni": the city, unless a cue says province.
        return 0.32;
      case PROVINCE:
        return 0.3;
      case DISTRICT:
        return 0.2;
      case DISTRICT_CENTRE:
        return 0.15;
      case POPULATED_PLACE:
        return 0.1;
      case VALLEY:
        return 0.05;
      default:
        return 0;
    }
  }

  private boolean borrowedPoint(Place p) {
    return gazetteer.borrowsUnitPoint(p);
  }

  /**
   * Whether another reading of the mention is a place of p's country with a point of its own (a
   * town, or an admin unit of that name).
   */
  private boolean locatedNamesake(Raw r, Place p) {
    for (Gazetteer.Hit h : r.hits) {
      Place q = h.place();
      if (q != p
          && Objects.equals(q.countryCode(), p.countryCode())
          && q.kind() != PlaceKind.COUNTRY
          && q.lat() != null
          && !borrowedPoint(q)) {
        return true;
      }
    }
    return false;
  }

  /**
   * ACLED geo precision of a resolved place: a settlement at its district's borrowed point is known
   * to its district (2), at its province's to its province (3).
   */
  private int precisionOf(Place p, GeoLexicon.CueKind cue) {
    int base = precision(p, cue);
    if (base == 1 && borrowedPoint(p)) {
      return p.admin2Id() != null ? 2 : 3;
    }
    return base;
  }

  /** ACLED geo precision: 1 the town itself, 2 a district or near a town, 3 a province. */
  static int precision(Place p, GeoLexicon.CueKind cue) {
    switch (p.kind()) {
      case COUNTRY:
      case PROVINCE:
        return 3;
      case DISTRICT:
      case VALLEY:
        return 2;
      default:
        return cue == GeoLexicon.CueKind.DISTRICT ? 2 : 1;
    }
  }

  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371.0;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
