package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.text.Sentence;
import org.sitrep.core.text.Token;
import org.sitrep.model.CharSpan;
import org.sitrep.model.PlaceKind;

/**
 * One sentence as the extractor sees it: normalised tokens, clause numbers, and every match of the
 * language's triggers, cues, actors and number words, in token indexes. Built once per sentence.
 */
final class SentenceScan {
  /** A match of something over tokens {@code [start, end)}. */
  record Hit<T>(int start, int end, T what) {
    int length() {
      return end - start;
    }
  }

  /**
   * An actor mention: a listed actor (with the person it came through, if any), a new name, or a
   * generic class of actor ({@code cls}: "military", "police", "unidentified"... with the country
   * its words name, if any: "Kenyan police"). {@code unknownName} is the name as written. Once the
   * event's place and date are known ({@link ActorClasses}), {@code name} is the display name and
   * {@code inter} the ACLED actor-type code.
   */
  record ActorRef(
      String actorId,
      Person person,
      String unknownName,
      String cls,
      String country,
      Integer inter,
      String name) {
    ActorRef(String actorId, Person person, String unknownName) {
      this(actorId, person, unknownName, null, null, null, null);
    }

    String key() {
      if (actorId != null) {
        return actorId;
      }
      return name != null ? "name:" + name : "name:" + unknownName;
    }

    ActorRef resolved(String id, String display, String countryCode, Integer code) {
      return new ActorRef(id, person, unknownName, cls, countryCode, code, display);
    }
  }

  /** A hyphenated "X-led" or "X-backed" word before a class noun. */
  private static final java.util.regex.Pattern LED =
      java.util.regex.Pattern.compile("\\p{L}[\\p{L}.]*-(?:led|backed|allied)");

  /** The word that links a class noun to the country after it ("forces of Armenia"). */
  private static final java.util.Set<String> OF = java.util.Set.of("of", "de", "du", "d'");

  private static final String BREAKS = ",;:()«»\"“”–—[]،؛";

  private final String text;

  final int index;
  final Sentence sentence;
  final Lexicon lex;
  final List<Token> tokens;
  final List<String> norm;
  final int[] clause;
  final List<Hit<Trigger>> triggers;
  // Only the categories with hits (read through cues(category), never iterated): a hash map, not
  // a sorted one, filled with a few entries per sentence rather than one per category.
  final Map<String, List<Hit<Cue>>> cues = new java.util.HashMap<>();
  final List<Hit<ActorRef>> actors;

  /** The places where something happens ({@link PlaceRoles.Role#EVENT}): these make events. */
  final List<Hit<PlaceMention>> places = new ArrayList<>();

  /** National capitals of other countries, unresolved: only ever a state that acts. */
  private final List<Hit<PlaceMention>> abroad = new ArrayList<>();

  /** Every resolved place mention of the sentence, whatever its role. */
  final List<Hit<PlaceMention>> allPlaces = new ArrayList<>();

  /** The sentence opens with a country's name ("Le Burkina ... fait face à"): national scope. */
  final boolean countrySubject;

  /** The role of each of {@link #allPlaces}, in the same order. */
  final List<PlaceRoles.Role> roles;

  final List<Hit<NumberWord>> numbers;

  SentenceScan(
      String text,
      int index,
      Sentence sentence,
      Lexicon lex,
      Lexicons all,
      List<PlaceMention> mentions) {
    this(text, index, sentence, lex, LexiconIndex.of(lex, all), mentions);
  }

  /** A scan with the lexicon's patterns already indexed (built once per extractor). */
  SentenceScan(
      String text,
      int index,
      Sentence sentence,
      Lexicon lex,
      LexiconIndex idx,
      List<PlaceMention> mentions) {
    this.text = text;
    this.index = index;
    this.sentence = sentence;
    this.lex = lex;
    this.tokens = sentence.tokens();
    List<String> n = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      n.add(Norm.of(t.text()));
    }
    this.norm = List.copyOf(n);
    PatternIndex.Tokens ids = idx.family.tokens(norm);
    // Each pattern list is tried only where its first token can match (LexiconIndex): the same
    // hits in the same order as trying every pattern at every token.
    List<Hit<Cue>> hits = new ArrayList<>(); // scratch: greedy copies what it keeps
    for (Map.Entry<String, PatternIndex<Cue>> e : idx.cues.entrySet()) {
      hits.clear();
      e.getValue().forEachMatch(norm, ids, (i, end, c) -> hits.add(new Hit<>(i, end, c)));
      if (!hits.isEmpty()) {
        cues.put(e.getKey(), greedy(hits));
      }
    }
    // A cue of violence inside a compound ("riot police", "anti-riot unit") names a kind of
    // police or gear, not a riot.
    List<Hit<Cue>> gear = cues.getOrDefault("compound", List.of());
    List<Hit<Cue>> violent = cues.get("violent");
    if (!gear.isEmpty() && violent != null) {
      List<Hit<Cue>> kept =
          violent.stream()
              .filter(
                  v -> gear.stream().noneMatch(c -> c.start() <= v.start() && c.end() >= v.end()))
              .toList();
      if (kept.isEmpty()) {
        cues.remove("violent");
      } else {
        cues.put("violent", kept);
      }
    }
    this.clause = clauses();
    List<Hit<Trigger>> th = new ArrayList<>();
    idx.triggers.forEachMatch(norm, ids, (i, end, t) -> th.add(new Hit<>(i, end, t)));
    this.triggers = greedy(th);
    boolean[] inPlace = new boolean[tokens.size()];
    List<int[]> placeRuns = new ArrayList<>();
    for (PlaceMention m : mentions) {
      if (sentence.span().contains(m.span())) {
        int first = tokenAt(m.span().start());
        int i = first;
        for (; i < tokens.size(); i++) {
          if (tokens.get(i).span().start() >= m.span().end()) {
            break;
          }
          inPlace[i] = true;
        }
        placeRuns.add(new int[] {first, i});
      }
    }
    List<Hit<NumberWord>> nh = new ArrayList<>();
    idx.numbers.forEachMatch(norm, ids, (i, end, w) -> nh.add(new Hit<>(i, end, w)));
    this.numbers = greedy(nh);
    boolean countryFirst = false;
    for (PlaceMention m : mentions) {
      if (m.resolution() instanceof Resolution.Resolved r
          && r.place().kind() == PlaceKind.COUNTRY
          && sentence.span().contains(m.span())) {
        countryFirst |= tokenAt(m.span().start()) <= 1;
      }
      if (m.resolution() instanceof Resolution.Unresolved
          && PlaceRoles.capitalCountry(m) != null
          && sentence.span().contains(m.span())) {
        int s = tokenAt(m.span().start());
        int e = tokenAt(m.span().end() - 1) + 1;
        if (s >= 0 && e > s) {
          abroad.add(new Hit<>(s, e, m));
        }
      }
      if (!(m.resolution() instanceof Resolution.Resolved r)
          || r.place().kind() == PlaceKind.COUNTRY
          || !sentence.span().contains(m.span())) {
        continue;
      }
      int s = tokenAt(m.span().start());
      int e = tokenAt(m.span().end() - 1) + 1;
      if (s >= 0 && e > s) {
        allPlaces.add(new Hit<>(s, e, m));
      }
    }
    this.countrySubject = countryFirst;
    this.roles = PlaceRoles.of(this, allPlaces, paragraphStart());
    for (int i = 0; i < allPlaces.size(); i++) {
      if (roles.get(i) == PlaceRoles.Role.EVENT) {
        places.add(allPlaces.get(i));
      }
    }
    this.actors = actors(idx, ids, inPlace, placeRuns, stateCapitals());
  }

  /**
   * Whether the sentence is a heading line: alone on its line (a line break before and after) and
   * without a closing full stop, question or exclamation mark ("Taliban take border town").
   */
  boolean heading() {
    if (!paragraphStart()) {
      return false;
    }
    int end = sentence.span().end();
    String own = text.substring(sentence.span().start(), end).strip();
    if (own.isEmpty() || ".!?…".indexOf(own.charAt(own.length() - 1)) >= 0) {
      return false;
    }
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence opens its paragraph: only blanks since the last line break. */
  private boolean paragraphStart() {
    for (int i = sentence.span().start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Longest matches first, left to right, never overlapping. */
  static <T> List<Hit<T>> greedy(List<Hit<T>> hits) {
    // Most lists of a sentence (one per cue category) are empty or hold one hit: nothing to sort.
    if (hits.size() <= 1) {
      return new ArrayList<>(hits);
    }
    List<Hit<T>> sorted = new ArrayList<>(hits);
    sorted.sort(LONGEST_FIRST);
    List<Hit<T>> out = new ArrayList<>();
    int last = 0;
    for (Hit<T> h : sorted) {
      last = Math.max(last, h.end());
    }
    boolean[] taken = new boolean[1 + last];
    for (Hit<T> h : sorted) {
      boolean free = true;
      for (int i = h.start(); i < h.end(); i++) {
        free &= !taken[i];
      }
      if (free) {
        for (int i = h.start(); i < h.end(); i++) {
          taken[i] = true;
        }
        out.add(h);
      }
    }
    out.sort(BY_START);
    return out;
  }

  private static final Comparator<Hit<?>> LONGEST_FIRST =
      Comparator.<Hit<?>>comparingInt(h -> -h.length()).thenComparingInt(Hit::start);
  private static final Comparator<Hit<?>> BY_START = Comparator.comparingInt(Hit::start);

  private int[] clauses() {
    int[] c = new int[tokens.size()];
    int id = 0;
    boolean[] breakAt = new boolean[tokens.size()];
    for (Hit<Cue> h : cues("clausebreak")) {
      breakAt[h.start()] = true;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if ((t.length() == 1 && BREAKS.indexOf(t.charAt(0)) >= 0 && !decimalMark(i)) || breakAt[i]) {
        id++;
      }
      c[i] = id;
    }
    return c;
  }

  /** A comma or point inside a number ("1,5 tons", "8.5"): no clause break. */
  private boolean decimalMark(int i) {
    if (i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token a = tokens.get(i - 1);
    Token b = tokens.get(i + 1);
    return a.span().end() == tokens.get(i).span().start()
        && tokens.get(i).span().end() == b.span().start()
        && Character.isDigit(a.text().charAt(a.text().length() - 1))
        && Character.isDigit(b.text().charAt(0));
  }

  /**
   * National capitals that act for their state ("Moscow said", "accuse Moscou", "strikes by
   * Washington"; {@link PlaceRoles#standsForState}): that country's state forces, as "Russian
   * forces" would be (class {@code military} with the capital's country; docs/actors.md).
   */
  private List<Hit<ActorRef>> stateCapitals() {
    List<Hit<ActorRef>> out = new ArrayList<>();
    List<Hit<PlaceMention>> capitals = new ArrayList<>();
    for (int i = 0; i < allPlaces.size(); i++) {
      if (roles.get(i) == PlaceRoles.Role.SIDE) {
        capitals.add(allPlaces.get(i));
      }
    }
    capitals.addAll(abroad); // capitals of other countries, kept unresolved: never places
    for (Hit<PlaceMention> p : capitals) {
      String country = PlaceRoles.capitalCountry(p.what());
      if (country != null && PlaceRoles.standsForState(this, p)) {
        out.add(
            new Hit<>(
                p.start(),
                p.end(),
                new ActorRef(
                    null, null, surface(p.start(), p.end()), "military", country, null, null)));
      }
    }
    return out;
  }

  private List<Hit<ActorRef>> actors(
      LexiconIndex idx,
      PatternIndex.Tokens ids,
      boolean[] inPlace,
      List<int[]> placeRuns,
      List<Hit<ActorRef>> capitals) {
    List<Hit<ActorRef>> hits = new ArrayList<>(capitals);
    idx.actors.forEachMatch(
        norm,
        ids,
        (i, end, a) -> {
          // A word of a longer place name is no actor ("Dawlat Shah" holds the word for "state").
          for (int[] r : placeRuns) {
            if (r[0] <= i && end <= r[1] && r[1] - r[0] > end - i) {
              return;
            }
          }
          hits.add(new Hit<>(i, end, new ActorRef(a.actorId(), a.person(), surface(i, end))));
        });
    // The name as written keeps the capitalised words right before the alias ("the Popular
    // Resistance"): what the group is called where the listed actor is not meant (ActorClasses).
    for (int k = 0; k < hits.size(); k++) {
      Hit<ActorRef> h = hits.get(k);
      int b = namedBefore(h.start(), inPlace);
      if (b < h.start() && h.what().person() == null) {
        ActorRef r = h.what();
        hits.set(
            k, new Hit<>(h.start(), h.end(), new ActorRef(r.actorId(), null, surface(b, h.end()))));
      }
    }
    classes(hits, inPlace);
    // Organisations not in the list stay as named: an organisation word and the capitalised words
    // that follow it ("le groupe Jamaat Ansarullah", "the Hazara Front" read backwards too).
    for (Hit<Cue> h : cues("orghead")) {
      if (partitive(h)) {
        continue; // "a group of Borana herders": some people of that name, no organisation
      }
      int e = h.end();
      int last = -1;
      for (int j = e; j < tokens.size() && j < e + 5; j++) {
        if (capitalised(j)) {
          last = j;
        } else if (!List.of("de", "du", "des", "of", "the", "d'").contains(norm.get(j))
            || last < 0 && j > e + 1) {
          break;
        }
      }
      int s = h.start();
      if (last >= 0) {
        e = last + 1;
      } else {
        // read backwards: the capitalised words before the head, never a place or a country
        // adjective ("the Kenyan army" is the state's army, not a group named "Kenyan")
        int b = namedBefore(h.start(), inPlace);
        if (b == h.start() || !capitalised(h.start())) {
          continue;
        }
        s = b;
      }
      String v = h.what().value();
      Integer inter = null;
      if (v != null && !v.isBlank()) {
        String[] parts = v.split(":");
        inter = Integer.valueOf(parts[0].strip());
        if (parts.length > 1 && parts[1].strip().equals("bare") && last >= 0) {
          // "members of the X": the group is X, without the words that introduce it
          s = h.end();
          while (s < e && !capitalised(s)) {
            s++;
          }
        }
      }
      hits.add(new Hit<>(s, e, new ActorRef(null, null, surface(s, e), null, null, inter, null)));
    }
    return greedy(hits);
  }

  /** Whether a {@code partitive} cue ("a group of") holds the organisation word. */
  private boolean partitive(Hit<Cue> h) {
    for (Hit<Cue> p : cues("partitive")) {
      if (p.start() <= h.start() && h.end() <= p.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the capitalised words right before token {@code pos} that name a group (not the
   * sentence's first word, not a place, not a country adjective); {@code pos} when there are none.
   */
  private int namedBefore(int pos, boolean[] inPlace) {
    int b = pos;
    while (b > 1 && capitalised(b - 1) && !inPlace[b - 1] && !demonymAt(b - 1)) {
      b--;
    }
    return b;
  }

  private boolean demonymAt(int i) {
    return anyCue("demonym", i, i + 1);
  }

  /**
   * Generic actors of the language's actor-class words ("security forces", "gunmen", "protesters"):
   * with the country adjective next to them ("Kenyan police", "l'armée malienne") when there is
   * one. Words right after a listed actor or a capitalised name are that group's members ("M23
   * rebels", "Al-Shabaab militants"): the group itself is the actor, a new name taking the class's
   * code.
   */
  private void classes(List<Hit<ActorRef>> hits, boolean[] inPlace) {
    for (Hit<Cue> h : cues("actorclass")) {
      String cls = h.what().value();
      int s = h.start();
      int e = h.end();
      boolean afterActor = false;
      for (Hit<ActorRef> a : hits) {
        afterActor |= a.end() == s || (a.start() <= s && a.end() >= e);
      }
      if (afterActor) {
        continue;
      }
      while (s > 0 && LED.matcher(norm.get(s - 1)).matches()) {
        s--; // "a Saudi-led coalition", "US-backed forces": the leader is part of the name
      }
      String country = null;
      for (Hit<Cue> d : cues("demonym")) {
        if (d.end() == s || (d.end() == s - 1 && norm.get(s - 1).equals("-"))) {
          country = d.what().value();
          s = d.start();
        } else if (country == null
            && (d.start() == e || d.start() == e + 1 && OF.contains(norm.get(e)))) {
          // "l'armée malienne", "the military forces of Armenia"
          country = d.what().value();
          e = d.end();
        }
      }
      for (Hit<Cue> d : cues("demonym")) {
        if (country == null && d.start() > s && d.end() < e) {
          country = d.what().value(); // "le ministère russe de la Défense"
        }
      }
      if (cls.equals("forces")
          && country == null
          && s == h.start()
          && !(s > 0 && anyCue("ownforces", s - 1, s))) {
        // bare "forces": whose, only a country adjective, an "X-led" or the speaker's "its" says
        continue;
      }
      int b = country == null ? namedBefore(s, inPlace) : s;
      if (b < s && ActorClasses.NAMEABLE.contains(cls)) {
        hits.add(
            new Hit<>(
                b,
                e,
                new ActorRef(
                    null, null, surface(b, s), null, null, ActorClasses.namedCode(cls), null)));
        continue;
      }
      hits.add(new Hit<>(s, e, new ActorRef(null, null, surface(s, e), cls, country, null, null)));
    }
  }

  private boolean capitalised(int j) {
    String t = tokens.get(j).text();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  String surface(int s, int e) {
    int a = tokens.get(s).span().start();
    int b = tokens.get(e - 1).span().end();
    return new CharSpan(a, b).of(text);
  }

  List<Hit<Cue>> cues(String category) {
    return cues.getOrDefault(category, List.of());
  }

  boolean anyCue(String category, int from, int to) {
    for (Hit<Cue> h : cues(category)) {
      if (h.start() < to && h.end() > from) {
        return true;
      }
    }
    return false;
  }

  boolean anyCueInClause(String category, int from, int to, int clauseId) {
    for (Hit<Cue> h : cues(category)) {
      if (h.start() < to && h.end() > from && clause[h.start()] == clauseId) {
        return true;
      }
    }
    return false;
  }

  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      CharSpan s = tokens.get(i).span();
      if (s.start() <= offset && offset < s.end()) {
        return i;
      }
      if (s.start() > offset) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  CharSpan span(int s, int e) {
    return new CharSpan(tokens.get(s).span().start(), tokens.get(e - 1).span().end());
  }

  boolean isPunct(int i) {
    String t = tokens.get(i).text();
    return t.length() == 1 && BREAKS.indexOf(t.charAt(0)) >= 0;
  }

  /**
   * Whether token {@code i} lies in a verbless stretch between commas that closes before {@code
   * pos}: an apposition, whose actors are not the subject of what follows.
   */
  boolean appositive(int i, int pos) {
    int s = i;
    while (s > 0 && !tokens.get(s - 1).text().equals(",")) {
      if (isPunct(s - 1)) {
        return false;
      }
      s--;
    }
    int e = i;
    while (e < tokens.size() && !tokens.get(e).text().equals(",")) {
      e++;
    }
    if (s == 0 || e >= pos) {
      return false;
    }
    for (int k = s; k < e; k++) {
      String p = tokens.get(k).pos();
      if (p.equals("VERB") || p.equals("AUX")) {
        return false;
      }
    }
    return true;
  }

  /** Any token made only of punctuation, sentence-final dots included. */
  boolean isPunctuation(int i) {
    String t = tokens.get(i).text();
    return t.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  int size() {
    return tokens.size();
  }
}
