package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.text.Sentence;

/**
 * Which language's lexicon reads a sentence: its own when the analyser determined it, else the one
 * whose function words it uses most. Stateless and thread-safe.
 */
final class LanguageChooser {
  private final Lexicons lex;

  LanguageChooser(Lexicons lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
  }

  Lexicon lexiconFor(Sentence s, String docLang) {
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
  String documentLanguage(PlacedDocument doc) {
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
    out.sort(Comparator.comparing(Lexicon::lang));
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
}
