package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.model.CharSpan;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;

/**
 * The toll a sentence reports (killed, wounded, killed or wounded) from the counts next to its
 * casualty words, never a date's number; and the toll an act takes from the next sentences that
 * report nothing but it. Stateless and thread-safe.
 */
final class CasualtyCounter {

  /** The sentence's toll; {@code dates}: the time expressions' spans near it. */
  Fatalities casualties(SentenceScan sc, List<CharSpan> dates) {
    List<Hit<String>> hits = new ArrayList<>();
    for (String cat : List.of("kow", "killed", "wounded")) {
      for (Hit<Cue> h : sc.cues(cat)) {
        hits.add(new Hit<>(h.start(), h.end(), cat));
      }
    }
    Fatality.Count killed = null;
    Fatality.Count wounded = null;
    Fatality.Count kow = null;
    Hit<String> firstKilled = null;
    int others = 0;
    int groups = 0;
    boolean parts = false;
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
          if (killed == null) {
            killed = n;
            firstKilled = h;
          } else {
            Fatality.Count more = otherGroup(sc, firstKilled, h, dates);
            if (more == PART) {
              parts = true; // the sentence breaks its toll down: nothing is added
            } else if (more != null) {
              others += more.n();
              groups++;
              firstKilled = h;
            }
          }
          break;
        default:
          wounded = wounded == null ? n : wounded;
      }
    }
    if (killed != null && others > 0 && !parts && (groups < 2 || others != killed.n())) {
      // (named groups that add up to the first count are its breakdown: "six were killed, four
      // soldiers in the raid and two guards in the ambush")
      killed = new Fatality.Count(killed.n() + others, killed.approx());
    }
    if (killed == null && kow == null) {
      // "incurring fatalities": deaths reported, no count; a negated report ("with no report of
      // fatalities") is none.
      for (Hit<Cue> u : sc.cues("unstated")) {
        if (sc.anyCue("negation", Math.max(0, u.start() - 4), u.start())
            || sc.anyCue("negation", u.start(), u.end())
            || sc.anyCue("nocasualty", Math.max(0, u.start() - 4), u.end())) {
          continue;
        }
        Fatality.Count n = new Fatality.Count(UNSTATED, "vague");
        if ("kow".equals(u.what().value())) {
          kow = n;
        } else {
          killed = n;
        }
        break;
      }
    }
    if (killed == null && wounded == null && kow == null) {
      // "repelled without casualties", "sans faire de victimes": a toll of none, said outright.
      return sc.cues("nocasualty").isEmpty()
          ? Fatalities.NONE
          : Fatality.of(new Fatality.Count(0, "exact"), null, null);
    }
    return Fatality.of(killed, wounded, kow);
  }

  /** How many words before its verb the count of a second victim group may stand. */
  private static final int OTHER_GROUP_REACH = 6;

  /**
   * "Ten soldiers were killed, and three fighters were also killed", "they killed one person before
   * the police opened fire, killing two of the attackers": another group of dead told in another
   * clause of the same sentence, its count its own (right after the verb, or before it in its
   * clause, never "the five"), with no place, date, total or part between: added to the toll.
   */
  private static Fatality.Count otherGroup(
      SentenceScan sc, Hit<String> first, Hit<String> h, List<CharSpan> dates) {
    if (h.start() < first.end() || sc.clause[h.start()] == sc.clause[first.start()]) {
      return null;
    }
    for (Hit<PlaceMention> p : sc.allPlaces) {
      if (p.start() >= first.end() && p.start() < h.end() + 4) {
        return null;
      }
    }
    CharSpan between = sc.span(first.end(), Math.min(sc.size(), h.end() + 1));
    for (CharSpan d : dates) {
      if (d.overlaps(between)) {
        return null;
      }
    }
    // ("who were accused of killing three": a relative clause tells of other deaths)
    for (String cat : List.of("update", "subset", "group", "split", "relative", "antecedent")) {
      if (sc.anyCue(cat, first.end(), Math.min(sc.size(), h.end() + 3))) {
        return null;
      }
    }
    Fatality.Count c = null;
    int at = h.end();
    for (Hit<Cue> a : sc.cues("approx")) {
      if (a.start() == at) {
        at = a.end();
      }
    }
    int end = -1; // the count's last token
    if (at < sc.size()) {
      c = numberAt(sc, at, dates);
      end = at;
      if (c == null && at + 1 < sc.size() && numberWordStartsAt(sc, at)) {
        c = numberAt(sc, at + 1, dates);
        end = at + 1;
      }
    }
    int tc = sc.clause[h.start()];
    for (int j = h.start() - 1;
        c == null && j >= first.end() && j >= h.start() - OTHER_GROUP_REACH && sc.clause[j] == tc;
        j--) {
      if (sc.isPunct(j)) {
        break;
      }
      c = numberAt(sc, j, dates);
      end = j;
      if (c != null && j > 0 && sc.anyCue("anaphor", j - 1, j)) {
        return null; // "the five were killed": the victims already counted
      }
    }
    if (c == null || c.approx().equals("vague") || c.approx().equals("atmost")) {
      return null;
    }
    // A count with no noun of its own ("four were killed in the raid", "killing two") is part of
    // the victims already told; a group is named ("three rebels", "two of the attackers").
    int k = end + 1;
    if (k >= sc.size()
        || k == h.start()
        || sc.isPunct(k)
        || sc.anyCue("passive", k, k + 1)
        || sc.anyCue("singular", k, k + 1)
        || sc.anyCue("killed", k, k + 1)) {
      return PART;
    }
    return c;
  }

  /** A later count that only breaks down the victims already told ("four were killed in ..."). */
  private static final Fatality.Count PART = new Fatality.Count(0, "part");

  private static Fatality.Count numberNear(SentenceScan sc, Hit<String> h, List<CharSpan> dates) {
    // "tuant dix civils", "killing 12 people": a count right after the verb is its object.
    int after = h.end();
    for (Hit<Cue> a : sc.cues("approx")) {
      if (a.start() == after) {
        after = a.end();
      }
    }
    if (after < sc.size()) {
      Fatality.Count c = numberAt(sc, after, dates);
      if (c == null && after + 1 < sc.size() && numberWordStartsAt(sc, after)) {
        c = numberAt(sc, after + 1, dates); // "killing seventy five": the count ends a word on
      }
      if (c != null) {
        // "shot dead one boy and two men": the groups after the verb counted together
        return plusGroupAfter(sc, after, Math.min(sc.size(), after + 6), c, dates);
      }
    }
    // "beat two men to death", "the bodies of 3 men were found": the count inside the phrase.
    for (int j = h.start() + 1; j < h.end() - 1; j++) {
      Fatality.Count c = numberAt(sc, j, dates);
      if (c != null) {
        return c;
      }
    }
    boolean passive = sc.anyCue("passive", Math.max(0, h.start() - 3), h.start());
    if (!passive
        && h.end() < sc.size()
        && sc.anyCue("indefinite", h.end(), h.end() + 1)
        && !numberWordStartsAt(sc, h.end())
        && !groupAfter(sc, h.end())) {
      // "two gunmen shot and killed a man": the object names the victim; a count before the
      // active verb counts its subject, the killers.
      return single(sc, h);
    }
    // "... was stoned to death": a singular verb's subject is one victim, whatever count the
    // words before it hold.
    boolean oneSubject = false;
    for (Hit<Cue> c : sc.cues("singular")) {
      oneSubject |= (c.end() == h.start() || c.end() == h.start() - 1) && !acronym(sc, c.start());
    }
    // A passive's subject may be a long noun phrase ("two men suspected of being part of a gang
    // were lynched"): its count is sought back to the start of the clause.
    int reach = h.start() - (passive ? 14 : 8);
    for (int j = h.start() - 1; j >= 0 && j >= reach; j--) {
      int open = parenthesisOpening(sc, j);
      if (open >= 0) {
        // "five herders (out of a group of nine) were killed": the aside counts no victims.
        reach -= j - open + 1;
        j = open;
        continue;
      }
      int aside = subsetAsideOpening(sc, j);
      if (aside >= 0) {
        // "five people, among them a girl, were killed": the aside names part of the victims.
        reach -= j - aside + 1;
        j = aside;
        continue;
      }
      if (sc.tokens.get(j).text().equals(",") && sc.anyCue("antecedent", j + 1, j + 2)) {
        continue; // "one gang member, who died later": the victim is named before the comma
      }
      if (passive && subjectComma(sc, j, h.start())) {
        // "twelve villagers caught in their fields, were killed": a comma that only ends the
        // subject's long modifier before the verb; the subject's count is sought to its start
        reach = 0;
        continue;
      }
      if (sc.isPunct(j)) {
        break;
      }
      Fatality.Count c = numberAt(sc, j, dates);
      if (c != null && oneSubject && c.n() > 1) {
        return single(sc, h);
      }
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
        return plusGroupAfter(sc, j, h.start(), plusGroupBefore(sc, j, c, dates), dates);
      }
    }
    for (int j = h.end(); j < sc.size() && j <= h.end() + 3; j++) {
      // "shot dead by four gunmen": the count after "by" is of the killers.
      // ... and, after a passive, at "and": "one was killed and 11 injured" counts the wounded.
      if (sc.isPunct(j)
          || sc.anyCue("agent", j, j + 1)
          || (passive || oneSubject) && sc.anyCue("coordinator", j, j + 1)) {
        break;
      }
      Fatality.Count c = numberAt(sc, j, dates);
      if (c != null && oneSubject && c.n() > 1) {
        break; // "was shot dead on 20 ...": not the one victim's count
      }
      if (c != null) {
        return c;
      }
    }
    return single(sc, h);
  }

  /**
   * Whether the comma at {@code j} stands right before the verb group that ends at {@code verb}
   * ("…, were killed", "…, ont été tués") and is the sentence's first punctuation: it closes the
   * subject, not an aside or another clause.
   */
  private static boolean subjectComma(SentenceScan sc, int j, int verb) {
    if (!sc.tokens.get(j).text().equals(",") || j + 1 >= verb) {
      return false;
    }
    for (int k = j + 1; k < verb; k++) {
      if (!sc.anyCue("passive", k, k + 1) && !sc.anyCue("auxiliary", k, k + 1)) {
        return false;
      }
    }
    for (int k = 0; k < j; k++) {
      if (sc.isPunct(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the comma opening an aside that the comma at {@code j} closes and that starts with
   * a subset word ("including", "among them"); -1 if none.
   */
  private static int subsetAsideOpening(SentenceScan sc, int j) {
    if (!sc.tokens.get(j).text().equals(",")) {
      return -1;
    }
    for (int k = j - 1; k >= 0 && k >= j - 10; k--) {
      if (sc.isPunct(k)) {
        if (!sc.tokens.get(k).text().equals(",")) {
          return -1;
        }
        for (Hit<Cue> sub : sc.cues("subset")) {
          if (sub.start() == k + 1) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** The index of the "(" that the ")" at {@code j} closes, in the sentence; -1 if none. */
  private static int parenthesisOpening(SentenceScan sc, int j) {
    if (!sc.tokens.get(j).text().equals(")")) {
      return -1;
    }
    for (int k = j - 1; k >= 0 && k >= j - 12; k--) {
      String t = sc.tokens.get(k).text();
      if (t.equals("(")) {
        return k;
      }
      if (t.equals(")")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "12 militants and 2 soldiers were killed": the victims of several groups counted together, the
   * count {@code c} at {@code j} and one before it joined by "and", with no other casualty word
   * between them ("two wounded and three killed" are not added).
   */
  private static Fatality.Count plusGroupBefore(
      SentenceScan sc, int j, Fatality.Count c, List<CharSpan> dates) {
    for (int a = j - 1; a >= 0 && a >= j - 2; a--) {
      if (sc.isPunct(a)) {
        return c;
      }
      if (!sc.anyCue("plus", a, a + 1)) {
        continue;
      }
      for (int k = a - 1; k >= 0 && k >= a - 4; k--) {
        if (sc.isPunct(k)
            || sc.anyCue("killed", k, k + 1)
            || sc.anyCue("wounded", k, k + 1)
            || sc.anyCue("kow", k, k + 1)) {
          return c;
        }
        Fatality.Count first = numberAt(sc, k, dates);
        if (first != null) {
          if (k > 0 && sc.norm.get(k - 1).equals("between")) {
            return c; // "between 2 and 4": a range, not two groups
          }
          String approx = first.approx().equals("exact") ? c.approx() : first.approx();
          return new Fatality.Count(first.n() + c.n(), approx);
        }
      }
      return c;
    }
    return c;
  }

  /**
   * "Seven officers and a civilian were killed", "killing one boy and two men": a second group
   * joined by "and" after the count at {@code j}, before {@code to}, with no punctuation or other
   * casualty word between: a count, or one named in the singular.
   */
  private static Fatality.Count plusGroupAfter(
      SentenceScan sc, int j, int to, Fatality.Count c, List<CharSpan> dates) {
    for (int a = j + 1; a < to - 1; a++) {
      if (sc.isPunct(a)
          || sc.anyCue("killed", a, a + 1)
          || sc.anyCue("wounded", a, a + 1)
          || sc.anyCue("kow", a, a + 1)) {
        return c;
      }
      if (!sc.anyCue("plus", a, a + 1)) {
        continue;
      }
      // the second count right after "and" ("and injured two" is another clause)
      int b = a + 1;
      Fatality.Count second = numberAt(sc, b, dates);
      if (second == null && b + 1 < to && numberWordStartsAt(sc, b)) {
        second = numberAt(sc, b + 1, dates);
      }
      if (second == null && sc.anyCue("indefinite", b, b + 1) && !groupAfter(sc, b)) {
        second = new Fatality.Count(1, "exact");
      }
      if (second == null || second.approx().equals("vague")) {
        return c;
      }
      String approx = c.approx().equals("exact") ? second.approx() : c.approx();
      return new Fatality.Count(c.n() + second.n(), approx);
    }
    return c;
  }

  /**
   * One victim named in the singular: "killed a trader", "a man was shot dead", "the victim died";
   * two when a second is joined to it ("a man and his son were killed"). The article right after
   * the verb, or opening its clause before it.
   */
  private static Fatality.Count single(SentenceScan sc, Hit<String> h) {
    // "beat a man to death": the victim inside the phrase, right after its verb.
    if (h.end() - h.start() > 2
        && sc.anyCue("one", h.start() + 1, h.start() + 2)
        && !groupAfter(sc, h.start() + 1)) {
      return victims(sc, h.start() + 1, h.end());
    }
    // "killed a trader", "shot dead his neighbour" (a possessive only after the verb: before
    // it, "his men were killed" is a group).
    if (h.end() < sc.size()
        && (sc.anyCue("one", h.end(), h.end() + 1) || sc.anyCue("possessive", h.end(), h.end() + 1))
        && !groupAfter(sc, h.end())) {
      return victims(sc, h.end(), Math.min(sc.size(), h.end() + 5));
    }
    // Before the verb only when its subject is the victim: "a man was killed", "the victim died".
    // (a participle with its agent after it, "a civilian shot dead by gunmen", is passive too)
    boolean subjectDies =
        sc.anyCue("passive", Math.max(0, h.start() - 3), h.start())
            || sc.anyCue("intransitive", h.start(), h.start() + 1)
            || h.end() < sc.size() && startsCue(sc, "agent", h.end());
    int tc = sc.clause[h.start()];
    for (int j = h.start() - 1;
        subjectDies && j >= 0 && j >= h.start() - 8 && sc.clause[j] == tc;
        j--) {
      if (j >= 2 && sc.anyCue("antecedent", j, j + 1) && sc.tokens.get(j - 1).text().equals(",")) {
        // "a robber, who died later": the victim is the one named before the comma
        j -= 1;
        tc = sc.clause[j - 1];
        continue;
      }
      if (j == h.start() - 1
          && sc.anyCue("possessive", j, j + 1)
          && sc.anyCue("intransitive", h.start(), h.start() + 1)) {
        return new Fatality.Count(1, "exact"); // "his body was found": the one victim's body
      }
      if (sc.anyCue("one", j, j + 1) && !groupAfter(sc, j)) {
        // "a man and a woman were shot dead": the first victim is named before the companion.
        for (Hit<Cue> c : sc.cues("companion")) {
          // ("a man was burned and the body found": the body is the trigger, not a companion)
          if (c.end() == j + 1 && j + 1 < h.start()) {
            for (int k = c.start() - 1; k >= 0 && k >= c.start() - 4 && !sc.isPunct(k); k--) {
              if (sc.anyCue("one", k, k + 1) && !groupAfter(sc, k)) {
                return new Fatality.Count(2, "exact");
              }
            }
          }
        }
        return victims(sc, j, h.start());
      }
    }
    // "Karimi, who headed the office, was shot dead", "il a été abattu": a singular auxiliary
    // right before the verb names one victim, whoever the subject (a name, a pronoun), unless the
    // clause says nobody ("no one was hurt", "personne n'a été tué").
    for (Hit<Cue> c : sc.cues("singular")) {
      // (a few words may come between: "was on Wednesday morning shot dead")
      if (c.end() <= h.start()
          && c.end() >= h.start() - 4
          && sc.clause[c.start()] == tc
          && !punctBetween(sc, c.end(), h.start())
          && !acronym(sc, c.start())) {
        int from = Math.max(0, h.start() - 8);
        if (!sc.anyCueInClause("nobody", from, h.start(), tc)
            && !sc.anyCueInClause("negation", from, h.start(), tc)) {
          return new Fatality.Count(1, "exact");
        }
      }
    }
    return null;
  }

  /** One victim named from {@code from}, or two with a companion before {@code to}. */
  private static Fatality.Count victims(SentenceScan sc, int from, int to) {
    for (Hit<Cue> c : sc.cues("companion")) {
      if (c.start() > from && c.end() <= to) {
        boolean punct = false;
        for (int k = from; k < c.start(); k++) {
          punct |= sc.isPunct(k);
        }
        if (!punct) {
          return new Fatality.Count(2, "exact");
        }
      }
    }
    return new Fatality.Count(1, "exact");
  }

  /** "a group of", "a total of", "the victims": not one. */
  private static boolean groupAfter(SentenceScan sc, int j) {
    if (j + 1 >= sc.size()) {
      return true;
    }
    String next = sc.norm.get(j + 1);
    // "the victims", "his sons": a determiner other than the indefinite article before a plural.
    // ("a gang member", "a militia commander": the group word names what the one belongs to)
    return sc.anyCue("group", j + 1, j + 2) && !sc.anyCue("member", j + 2, j + 3)
        || !sc.anyCue("indefinite", j, j + 1) && next.endsWith("s") && !next.endsWith("ss");
  }

  /** A count whose last token is {@code j}. */
  static Fatality.Count numberAt(SentenceScan sc, int j, List<CharSpan> dates) {
    CharSpan at = sc.tokens.get(j).span();
    for (CharSpan d : dates) {
      if (d.contains(at)) {
        return null; // "on 19 August" counts no one
      }
    }
    for (Hit<Cue> s : sc.cues("split")) {
      if (s.start() <= j && s.end() > j) {
        return null; // "split between 3 events" counts events, not victims
      }
    }
    if (j > 0 && sc.tokens.get(j - 1).text().equals("/")
        || j + 1 < sc.size() && sc.tokens.get(j + 1).text().equals("/")) {
      return null; // "on 20/3": a date or a ratio, not a count
    }
    String t = sc.norm.get(j);
    int start = -1;
    Integer value = null;
    String kind = "exact";
    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 6) {
      value = Integer.parseInt(t);
      start = j;
    } else if (RANGE.matcher(t).matches()) {
      // "8-10 residents": a range counts at least its low end.
      value = Integer.parseInt(t.substring(0, t.indexOf('-')));
      kind = "atleast";
      start = j;
    } else {
      for (Hit<NumberWord> w : sc.numbers) {
        if (w.end() == j + 1) {
          value = w.what().value();
          kind = w.what().kind();
          start = w.start();
        }
      }
      if (value != null && kind.equals("exact") && value >= 1 && value <= 9) {
        // "seventy five": a tens word right before a unit word adds to it.
        for (Hit<NumberWord> w : sc.numbers) {
          if (w.end() == start && w.what().kind().equals("exact") && isTens(w.what().value())) {
            value += w.what().value();
            start = w.start();
          }
        }
      }
      if (value == null && t.indexOf('-') > 0) {
        // "twenty-five", "vingt-cinq": a tens word and a unit word joined in one token.
        String[] parts = t.split("-");
        Integer tens = parts.length == 2 ? word(sc, parts[0]) : null;
        Integer unit = parts.length == 2 ? word(sc, parts[1]) : null;
        if (tens != null && unit != null && isTens(tens) && unit >= 1 && unit <= 9) {
          value = tens + unit;
          start = j;
        }
      }
    }
    if (value == null
        || kind.equals("exact")
            && isTens(value)
            && !Character.isDigit(t.charAt(0))
            && unitAt(sc, j + 1)) {
      return null; // "seventy" of "seventy five": the count goes on
    }
    for (Hit<Cue> n : sc.cues("nobody")) {
      if (n.start() <= start && n.end() > start) {
        return null; // "no one was killed": the number word is part of "nobody"
      }
    }
    for (Hit<Cue> a : sc.cues("age")) {
      if (a.start() == j + 1) {
        return null; // "a 17 years old boy": an age
      }
    }
    if (j + 1 < sc.size() && (startsCue(sc, "goods", j + 1) || startsCue(sc, "things", j + 1))) {
      return null; // "killed two goats", "25 houses were burned": animals or things, no victims
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

  /** The codebook's value of a plural toll with no number ("several", "fatalities"). */
  private static final int UNSTATED = 10;

  private static final java.util.regex.Pattern RANGE =
      java.util.regex.Pattern.compile("\\d{1,5}-\\d{1,5}");

  private static boolean numberWordStartsAt(SentenceScan sc, int i) {
    for (Hit<NumberWord> w : sc.numbers) {
      if (w.start() == i) {
        return true;
      }
    }
    return false;
  }

  /** A unit word (one to nine) at token {@code i}. */
  private static boolean unitAt(SentenceScan sc, int i) {
    for (Hit<NumberWord> w : sc.numbers) {
      if (w.start() == i
          && w.end() == i + 1
          && w.what().kind().equals("exact")
          && w.what().value() >= 1
          && w.what().value() <= 9) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTens(int v) {
    return v >= 20 && v <= 90 && v % 10 == 0;
  }

  /** The exact value of a one-word number of the sentence's language, or null. */
  private static Integer word(SentenceScan sc, String w) {
    List<String> one = List.of(w);
    for (NumberWord n : sc.lex.numbers()) {
      if (n.kind().equals("exact")
          && n.pattern().length() == 1
          && n.pattern().matchAt(one, 0) == 1) {
        return n.value();
      }
    }
    return null;
  }

  /**
   * A sentence that states nothing but the story's toll ("2 fatalities.", "Three dead and four
   * injured.") or its update ("The death toll rose to 9."): a count opening it, right before a
   * casualty word, or a word of rising toll, and no act of its own. Its toll is the total of the
   * acts told before it, whatever they counted themselves.
   */
  void summary(
      List<SentenceScan> scans, List<Candidate> live, DateSpans dates, String docId, String text) {
    for (SentenceScan sc : scans) {
      if (!isSummary(sc, dates)) {
        continue;
      }
      Fatalities f = casualties(sc, dates.near(sc.sentence.span()));
      if (f.killed() == null) {
        continue;
      }
      for (Candidate c : live) {
        if (c.scan.index < sc.index && c.kind() != EventKind.STATEMENT) {
          c.fatalities = f;
          c.more.add(Evidence.of(docId, text, sc.sentence.span(), "fatalities"));
        }
      }
    }
  }

  private static boolean isSummary(SentenceScan sc, DateSpans dates) {
    for (Hit<Trigger> t : sc.triggers) {
      if (!t.what().has(Trigger.WEAK)) {
        return false;
      }
    }
    if (!sc.cues("update").isEmpty()) {
      return true; // "The death toll rose to 9": the latest total
    }
    if (!sc.places.isEmpty() || sc.size() < 2) {
      return false;
    }
    int i = 0;
    for (Hit<Cue> a : sc.cues("approx")) {
      if (a.start() == 0) {
        i = a.end();
      }
    }
    List<CharSpan> near = dates.near(sc.sentence.span());
    int j = i;
    while (j < sc.size() && numberAt(sc, j, near) == null) {
      j++;
      if (j > i + 2) {
        return false; // the count opens the sentence ("Another two died" is not a total)
      }
    }
    // the count's last token is j; the casualty word right after it
    return j + 1 < sc.size()
        && i <= j
        && j <= i + 2
        && (sc.anyCue("killed", j + 1, j + 2) && startsCue(sc, "killed", j + 1))
        && (j == i || numberWordSpans(sc, i, j + 1));
  }

  private static boolean punctBetween(SentenceScan sc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (sc.isPunct(k)) {
        return true;
      }
    }
    return false;
  }

  /** "IS militants": a word in capitals is a name, not the function word it spells. */
  private static boolean acronym(SentenceScan sc, int i) {
    String t = sc.tokens.get(i).text();
    return t.length() > 1
        && t.equals(t.toUpperCase(java.util.Locale.ROOT))
        && !t.equals(t.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean startsCue(SentenceScan sc, String cat, int at) {
    for (Hit<Cue> h : sc.cues(cat)) {
      if (h.start() == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number word covers tokens {@code from} to {@code to} (exclusive): "seventy five", "a dozen".
   */
  private static boolean numberWordSpans(SentenceScan sc, int from, int to) {
    for (Hit<NumberWord> w : sc.numbers) {
      if (w.start() == from && w.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * An act told at a place with no toll of its own, and the toll told of the same story at that
   * place in the next sentences ("Raiders attacked the village. Two herders were killed in the
   * shootout."): the toll is the act's too.
   */
  void sameStory(List<Candidate> events, String docId, String text) {
    for (Candidate c : events) {
      if (c.fatalities != Fatalities.NONE || !tolled(c) || c.place == null) {
        continue;
      }
      for (Candidate o : events) {
        if (o != c
            && tolled(o)
            && o.fatalities.acled() > 0
            && o.scan.index > c.scan.index
            && o.scan.index <= c.scan.index + 2
            && Merger.samePlace(c.placeObj(), o.placeObj())
            && c.date.value().overlaps(o.date.value())) {
          c.fatalities = o.fatalities;
          c.more.add(Evidence.of(docId, text, o.scan.sentence.span(), "fatalities"));
          break;
        }
      }
    }
  }

  private static boolean tolled(Candidate c) {
    EventKind k = c.kind();
    return k != EventKind.TERRITORY && k != EventKind.STATEMENT && k != EventKind.OTHER;
  }

  /**
   * "Fatalities split between 3 events", "deaths spread across two days": the toll told is shared
   * evenly among that many events, each event reporting its part (ACLED's codebook), rounded, at
   * least one.
   */
  void shareOut(List<SentenceScan> scans, List<Candidate> events, String docId, String text) {
    for (SentenceScan sc : scans) {
      for (Hit<Cue> h : sc.cues("split")) {
        Fatality.Count n = countOf(sc, h.end() - 2);
        if (n == null || n.n() < 2 || !n.approx().equals("exact")) {
          continue;
        }
        for (Candidate c : events) {
          Fatalities f = c.fatalities;
          if (f.acled() < 1) {
            continue;
          }
          c.fatalities =
              new Fatalities(
                  f.killed(),
                  f.wounded(),
                  f.killedOrWounded(),
                  part(f.low(), n.n()),
                  part(f.best(), n.n()),
                  part(f.high(), n.n()),
                  part(f.acled(), n.n()));
          c.more.add(Evidence.of(docId, text, sc.sentence.span(), "fatalities"));
        }
        return;
      }
    }
  }

  /** The number at token {@code j}: digits or a one-word number. */
  private static Fatality.Count countOf(SentenceScan sc, int j) {
    String t = sc.norm.get(j);
    if (!t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit)) {
      return new Fatality.Count(Integer.parseInt(t), "exact");
    }
    Integer w = word(sc, t);
    return w == null ? null : new Fatality.Count(w, "exact");
  }

  private static Integer part(Integer total, int ways) {
    if (total == null || total == 0) {
      return total;
    }
    return Math.max(1, (int) Math.round(total / (double) ways));
  }

  /**
   * An act of violence whose sentence gives no toll takes it from the next sentences that report
   * nothing but the toll ("Two killed.", "The victim died.", "1 fatality."): up to two sentences
   * on, stopping at one that reports another act.
   */
  void fromTheStory(List<SentenceScan> scans, List<Candidate> live, DateSpans dates) {
    for (Candidate c : live) {
      EventKind k = c.kind();
      // An act with only its wounded counted may still learn its dead: "One victim later died."
      Fatalities had = c.fatalities;
      if (had.killed() != null
          || had.killedOrWounded() != null
          || had.acled() > 0
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
        if (f != Fatalities.NONE && (had == Fatalities.NONE || f.acled() > 0)) {
          c.fatalities =
              f.wounded() != null || had.wounded() == null
                  ? f
                  : new Fatalities(
                      f.killed(),
                      had.wounded(),
                      f.killedOrWounded(),
                      f.low(),
                      f.best(),
                      f.high(),
                      f.acled());
          break;
        }
      }
    }
  }
}
