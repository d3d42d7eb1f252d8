package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.SentenceScan.Hit;

/**
 * An attribution in a sentence, in token indexes: the words it covers ({@code [scopeFrom,
 * scopeTo)}), who speaks ({@code [srcFrom, srcTo)}) and the verb or preposition that says so. Found
 * from the language's {@code speech} and {@code according} cues: "X said that ...", "..., a
 * commander said", "«…», a déclaré X", "told Reuters that", "selon X". Stateless.
 */
record Attribution(int scopeFrom, int scopeTo, int srcFrom, int srcTo, int verb, int verbEnd) {

  /** How many words a speaker after a closed quotation may have. */
  static final int QUOTED_SPEAKER = 16;

  /** How many words may follow the verb of an inverted quotation (its hearer, its time). */
  static final int HEARER_WORDS = 5;

  /** How many words of a hearer may close a sentence after an unquoted verb ("told reporters"). */
  static final int PLAIN_HEARER_WORDS = 4;

  /** Marks that close a quotation (punctuation, not language). */
  private static final java.util.Set<String> CLOSING_QUOTES =
      java.util.Set.of("\u201d", "\u00bb", "\"");

  /** Every attribution of the sentence, in the order of their cues. */
  static List<Attribution> of(SentenceScan sc) {
    List<Attribution> out = new ArrayList<>();
    int n = sc.size();
    for (Hit<Cue> v : sc.cues("speech")) {
      int s = v.start();
      if (insideAccording(sc, v)) {
        continue; // "به گفته X": the word of saying is part of "according to", read below
      }
      // "said that", and past a hearer or a time: "told Reuters that", "a déclaré à l'AFP que".
      boolean complement = false;
      for (int i = v.end(); i < n && i <= v.end() + 6 && !sc.isPunct(i); i++) {
        if (sc.anyCue("complementizer", i, i + 1)) {
          complement = true;
          break;
        }
      }
      boolean hyphen = false;
      for (int i = s; i < v.end(); i++) {
        hyphen |= sc.norm.get(i).startsWith("-t-") || sc.norm.get(i).startsWith("a-t-");
      }
      // Inverted ("«…», a déclaré X", "…, a commander said"): the words before the comma are
      // the claim, unless a trigger sits between the comma and the verb.
      int p = -1;
      for (int i = s - 1; i >= 0 && i >= s - 6; i--) {
        if (sc.isPunct(i) || sc.tokens.get(i).text().equals("»")) {
          p = i;
          break;
        }
      }
      // A quotation closed before a longer speaker ("“…,” a local official who asked not to be
      // named told a radio station."): the closing mark ends the claim however long the speaker.
      boolean quoted = false;
      if (p < 0) {
        for (int i = s - 7; i >= 0 && i >= s - QUOTED_SPEAKER; i--) {
          if (CLOSING_QUOTES.contains(sc.tokens.get(i).text())
              || sc.isPunct(i) && i > 0 && CLOSING_QUOTES.contains(sc.tokens.get(i - 1).text())) {
            p = i;
            quoted = true;
            break;
          }
          if (sc.isPunct(i)) {
            break;
          }
        }
      }
      boolean triggerBetween = false;
      for (Hit<Trigger> t : sc.triggers) {
        triggerBetween |= p >= 0 && t.start() > p && t.start() < s;
      }
      // The verb right after the comma ("», a déclaré X"), or closing its clause ("…, a commander
      // said on Monday."); otherwise "X, Y said that…" or "les talibans ont annoncé …" is preposed.
      boolean closing =
          v.end() >= n
              || sc.isPunctuation(v.end())
              || List.of("on", "in", "yesterday", "today", "hier", "le", "lundi", "dimanche")
                  .contains(sc.norm.get(v.end()));
      // only a hearer or a time after the verb: "told a radio station on Sunday."
      int rest = 0;
      boolean event = false;
      boolean ends = true;
      for (int i = v.end(); i < n; i++) {
        if (sc.isPunctuation(i)) {
          ends =
              i >= n - 1 || CLOSING_QUOTES.contains(sc.tokens.get(i + 1).text()) && i + 1 >= n - 1;
          break;
        }
        rest++;
        for (Hit<Trigger> t : sc.triggers) {
          event |= t.start() == i;
        }
      }
      if (quoted) {
        closing = rest <= HEARER_WORDS && !event;
      } else if (!closing && p >= 0) {
        // "…, a local official told reporters.", "…, a police officer told a news agency.":
        // a short hearer closing the sentence, with nothing that happened in it
        closing = ends && rest <= PLAIN_HEARER_WORDS && !event;
      }
      boolean inverted = p >= 0 && (p == s - 1 || p > 0 && closing && !triggerBetween);
      if (!complement && (hyphen || inverted)) {
        int e = v.end();
        while (e < n && !sc.isPunctuation(e)) {
          e++;
        }
        int from = v.end();
        if (e == v.end() && e < n - 1) {
          // "…, ont déclaré, mercredi 29 septembre, des sources militaires.": past the time.
          int last = n - 1;
          while (last > v.end() && sc.isPunctuation(last)) {
            last--;
          }
          int b = last;
          while (b > v.end() && !sc.isPunct(b - 1)) {
            b--;
          }
          from = b;
          e = last + 1;
        }
        // The speaker stands between the comma and the verb ("a commander said") or after it.
        boolean before = p >= 0 && p + 1 < s;
        out.add(
            new Attribution(0, p < 0 ? s : p, before ? p + 1 : from, before ? s : e, s, v.end()));
      } else {
        int b = s;
        while (b > 0 && sc.clause[b - 1] == sc.clause[s] && !sc.isPunct(b - 1)) {
          b--;
        }
        if (b == s) {
          b = 0; // "X, porte-parole des talibans, a déclaré que": the subject precedes the
          // apposition
        }
        out.add(new Attribution(v.end(), n, b, s, s, v.end()));
      }
    }
    for (Hit<Cue> v : sc.cues("according")) {
      int e = v.end();
      // The source ends at a comma or at the sentence's own full stop.
      while (e < n && !sc.isPunct(e) && !(e == n - 1 && sc.isPunctuation(e))) {
        e++;
      }
      out.add(new Attribution(0, n, v.end(), e, v.start(), v.end()));
    }
    // A postposition after its source ("د سیمې د چارواکو په وینا،", by the officials' word): the
    // source runs from the clause's opening to it.
    for (Hit<Cue> v : sc.cues("according2")) {
      int b = v.start();
      while (b > 0 && !sc.isPunct(b - 1)) {
        b--;
      }
      if (b < v.start()) {
        out.add(new Attribution(0, n, b, v.start(), v.start(), v.end()));
      }
    }
    return out;
  }

  private static boolean insideAccording(SentenceScan sc, Hit<Cue> v) {
    for (Hit<Cue> a : sc.cues("according")) {
      if (a.start() < v.start() && a.end() >= v.end()) {
        return true;
      }
    }
    return false;
  }
}
