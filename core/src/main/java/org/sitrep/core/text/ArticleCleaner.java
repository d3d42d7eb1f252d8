package org.sitrep.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;

/**
 * Cuts a document into segments without touching its text: the {@code date} header, page furniture
 * (reading time, bare picture links, share lines: patterns from data files), embedded posts quoted
 * in the article, and the article's own paragraphs, each with its identified language.
 */
public final class ArticleCleaner implements DocumentCleaner {

  /**
   * {@code minLangChars}: shorter paragraphs take the document's language instead of a guess;
   * {@code minLangConfidence}: below it the detector's guess is not trusted either; {@code
   * postMarkers}: marks (hashtags, handles) that alone make a paragraph an embedded post.
   */
  public record Settings(int minLangChars, double minLangConfidence, int postMarkers) {
    public static final Settings DEFAULTS = new Settings(40, 0.05, 3);

    public Settings {
      if (minLangChars < 1 || postMarkers < 1) {
        throw new IllegalArgumentException("cleaner settings must be positive");
      }
      if (!(minLangConfidence >= 0 && minLangConfidence <= 1)) {
        throw new IllegalArgumentException("minLangConfidence must be in [0, 1]");
      }
    }
  }

  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");
  private static final Pattern LINE = Pattern.compile("[^\\n]+");

  private final NlpModels models;
  private final CleaningRules rules;
  private final Settings settings;
  private final List<Pattern> furniture;

  /** OpenNLP's detector without its per-call maps (LanguageId); null: OpenNLP's own. */
  private final LanguageId languageId;

  public ArticleCleaner(NlpModels models, CleaningRules rules, Settings settings) {
    this.models = Objects.requireNonNull(models, "models");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.furniture = rules.allFurniture();
    this.languageId = LanguageId.of(models.langDetect()).orElse(null);
  }

  private record Piece(int start, int end, SegmentKind kind, int paragraph) {}

  @Override
  public CleanDocument clean(Document document) {
    String text = document.text();
    List<Piece> pieces = new ArrayList<>();
    Matcher pm = PARAGRAPH.matcher(text);
    int para = 0;
    boolean firstLine = true;
    while (pm.find()) {
      Matcher lm = LINE.matcher(text).region(pm.start(), pm.end());
      while (lm.find()) {
        int ls = lm.start();
        int le = lm.end();
        List<Piece> found = new ArrayList<>();
        if (firstLine) {
          // The contract's header: "date YYYY-MM[-DD]" on the first line (CONTRACTS.md §1).
          Optional<DateHeader.Header> h =
              DateHeader.find(text, ls, le).filter(DateHeader.Header::wellFormed);
          if (h.isPresent()) {
            found.add(new Piece(h.get().start(), h.get().end(), SegmentKind.HEADER, para));
            ls = h.get().end();
          }
        }
        boolean headerLine = !found.isEmpty();
        firstLine = false;
        found.addAll(furnitureIn(text, ls, le, para));
        // What no pattern claimed: the rest of a header line is header, elsewhere it is content.
        int at = ls;
        List<Piece> line = new ArrayList<>();
        for (Piece f : sorted(found)) {
          if (f.kind() != SegmentKind.HEADER) {
            addTrimmed(
                text,
                line,
                at,
                f.start(),
                headerLine ? SegmentKind.HEADER : SegmentKind.BODY,
                para);
          }
          line.add(f);
          at = Math.max(at, f.end());
        }
        addTrimmed(text, line, at, le, headerLine ? SegmentKind.HEADER : SegmentKind.BODY, para);
        pieces.addAll(line);
      }
      para++;
    }
    List<Piece> merged = merge(text, pieces);
    return new CleanDocument(document, label(document, text, merged));
  }

  /**
   * Page furniture sits on short lines. On a long one, java.util.regex's word boundary looks back
   * over every combining mark before each position, so a flood of marks cost the square of its
   * length; such lines are body text anyway.
   */
  static final int FURNITURE_MAX_LINE = 2_000;

  private List<Piece> furnitureIn(String text, int ls, int le, int para) {
    List<Piece> out = new ArrayList<>();
    if (le - ls > FURNITURE_MAX_LINE) {
      return out;
    }
    for (Pattern p : furniture) {
      Matcher m = p.matcher(text).region(ls, le);
      while (m.find()) {
        if (m.end() > m.start()) {
          out.add(new Piece(m.start(), m.end(), SegmentKind.FURNITURE, para));
        }
      }
    }
    // Overlapping matches of different patterns become one stretch.
    List<Piece> merged = new ArrayList<>();
    for (Piece p : sorted(out)) {
      Piece last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && p.start() <= last.end()) {
        merged.set(
            merged.size() - 1,
            new Piece(last.start(), Math.max(last.end(), p.end()), last.kind(), para));
      } else {
        merged.add(p);
      }
    }
    return merged;
  }

  private static List<Piece> sorted(List<Piece> ps) {
    List<Piece> s = new ArrayList<>(ps);
    s.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    return s;
  }

  private static void addTrimmed(
      String text, List<Piece> out, int s, int e, SegmentKind kind, int para) {
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    // Separators left between two furniture items ("|", "·") are not content.
    boolean hasWord = false;
    for (int i = s; i < e && !hasWord; i++) {
      hasWord = Character.isLetterOrDigit(text.charAt(i));
    }
    if (s < e) {
      out.add(new Piece(s, e, hasWord ? kind : SegmentKind.FURNITURE, para));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Neighbouring pieces of one kind in one paragraph, only space between them, become one. */
  private static List<Piece> merge(String text, List<Piece> pieces) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.kind() == p.kind()
          && last.paragraph() == p.paragraph()
          && text.substring(last.end(), p.start()).isBlank()) {
        out.set(out.size() - 1, new Piece(last.start(), p.end(), p.kind(), p.paragraph()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * How much of a paragraph the language detector reads: the opening of prose names its language as
   * surely as the whole, and the detector's cost grows with the length.
   */
  static final int LANG_ID_CHARS = 400;

  /** The paragraph's first {@link #LANG_ID_CHARS} characters or so, cut between words. */
  static String prefix(String text, int start, int end) {
    if (end - start <= LANG_ID_CHARS) {
      return text.substring(start, end);
    }
    int cut = start + LANG_ID_CHARS;
    int space = cut;
    while (space > start + LANG_ID_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
      space--;
    }
    return text.substring(start, Character.isWhitespace(text.charAt(space)) ? space : cut);
  }

  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

  /**
   * The language of a stretch written mostly in a script that several languages of the data share
   * (Persian, Pashto, Arabic, Urdu): the one whose distinctive letters and frequent words it uses
   * most; null when the script is not one of those, or nothing tells.
   */
  String byScript(String s) {
    if (rules.scriptLanguages().isEmpty()) {
      return null;
    }
    // Letters counted by script (an array by the script's ordinal: no map, no boxing per letter).
    int[] scripts = new int[SCRIPTS.length];
    int letters = 0;
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      k += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          letters++;
          scripts[Character.UnicodeScript.LATIN.ordinal()]++;
        }
      } else if (Character.isLetter(cp)) {
        letters++;
        scripts[Character.UnicodeScript.of(cp).ordinal()]++;
      }
    }
    Character.UnicodeScript main = null;
    for (int k = 0; k < scripts.length; k++) {
      if (2 * scripts[k] > letters) {
        main = SCRIPTS[k];
      }
    }
    // Only a script that some of these languages are written in can tell: no words to read else.
    boolean known = false;
    for (CleaningRules.ScriptLanguage l : rules.scriptLanguages()) {
      known |= l.script() == main;
    }
    if (!known) {
      return null;
    }
    String best = null;
    int bestScore = 0;
    List<String> words = new ArrayList<>();
    for (String w : s.split("[^\\p{L}\\p{M}\\u200C]+")) {
      if (!w.isEmpty()) {
        words.add(ScriptFold.fold(w));
      }
    }
    for (CleaningRules.ScriptLanguage l : rules.scriptLanguages()) {
      if (l.script() != main) {
        continue;
      }
      int score = 0;
      for (int k = 0; k < s.length(); ) {
        int cp = s.codePointAt(k);
        k += Character.charCount(cp);
        if (l.letters().contains(cp)) {
          score++;
        }
      }
      for (String w : words) {
        if (l.words().contains(w)) {
          score += 2;
        }
      }
      if (score > bestScore) {
        best = l.lang();
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * OpenNLP's detector, or no answer when it fails on the text: its repeated-character normaliser
   * (a case-insensitive back-reference regex) reads past the end of some strings of hostile
   * characters (JDK regex with surrogates and UTF-16 text). Such a paragraph then has no language
   * by statistics and takes the document's, as a too-short one does.
   */
  static Language predict(LanguageDetectorME detector, String text) {
    try {
      return detector.predictLanguage(text);
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** The same for the table-driven evaluation, which runs the same normalisers. */
  static Language predict(LanguageId id, String text) {
    try {
      return id.predict(text);
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  private List<Segment> label(Document doc, String text, List<Piece> pieces) {
    LanguageDetectorME detector =
        languageId == null ? new LanguageDetectorME(models.langDetect()) : null;
    String[] langs = new String[pieces.size()];
    Map<String, Integer> weight = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (p.kind() != SegmentKind.BODY || p.end() - p.start() < settings.minLangChars()) {
        continue;
      }
      String pre = prefix(text, p.start(), p.end());
      String byScript = byScript(pre);
      if (byScript != null) {
        langs[i] = byScript;
        weight.merge(langs[i], p.end() - p.start(), Integer::sum);
        continue;
      }
      Language best = languageId != null ? predict(languageId, pre) : predict(detector, pre);
      if (best != null && best.getConfidence() >= settings.minLangConfidence()) {
        langs[i] = rules.lang(best.getLang());
        weight.merge(langs[i], p.end() - p.start(), Integer::sum);
      }
    }
    String majority =
        weight.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(null);
    String declared = doc.lang() == null || doc.lang().isBlank() ? null : doc.lang().trim();
    String docLang = declared != null ? declared : majority != null ? majority : "und";
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      String lang = langs[i] != null ? langs[i] : docLang;
      SegmentKind kind = p.kind();
      if (kind == SegmentKind.BODY && isPost(text, pieces, i, !lang.equals(docLang))) {
        kind = SegmentKind.QUOTED_POST;
      }
      out.add(new Segment(new CharSpan(p.start(), p.end()), kind, lang));
    }
    return out;
  }

  /**
   * An embedded post carries marks of one (hashtags, handles, a picture link next to it); a
   * paragraph in the article's own language needs several such marks, since articles also write
   * "#talibans" inside their own sentences.
   */
  private boolean isPost(String text, List<Piece> pieces, int i, boolean otherLanguage) {
    Piece p = pieces.get(i);
    int marks = marks(text, p.start(), p.end());
    boolean nextToLink =
        (i + 1 < pieces.size() && linkPiece(text, pieces.get(i + 1)))
            || (i > 0
                && linkPiece(text, pieces.get(i - 1))
                && pieces.get(i - 1).paragraph() == p.paragraph());
    if (otherLanguage) {
      return marks >= 1 || nextToLink;
    }
    return (nextToLink && marks >= 1) || marks >= settings.postMarkers();
  }

  private boolean linkPiece(String text, Piece q) {
    return q.kind() == SegmentKind.FURNITURE && marks(text, q.start(), q.end()) > 0;
  }

  private int marks(String text, int s, int e) {
    int n = 0;
    for (Pattern m : rules.postMarkers()) {
      Matcher x = m.matcher(text).region(s, e);
      while (x.find()) {
        n++;
      }
    }
    return n;
  }
}
