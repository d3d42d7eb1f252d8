package org.sitrep.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Segment;

/**
 * Sentences by the OpenNLP model of each segment's language, tokens by a span-keeping tokenizer,
 * POS by OpenNLP; a language without models (its {@code nlp.tsv} names none) gets sentences by
 * rule, tokens by ICU word boundaries and no POS. The OpenNLP ME classes are not thread-safe, so
 * each thread gets its own, built from the shared immutable models; this stage itself is stateless.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
  private final NlpModels models;

  // Building a POSTaggerME or SentenceDetectorME costs more than tagging a paragraph (profiled:
  // ~10 % of the whole pipeline when built per segment), so each thread keeps its own per
  // language. They hold no state between calls that changes results: the stage stays stateless.
  private final ThreadLocal<Map<String, POSTaggerME>> taggers =
      ThreadLocal.withInitial(HashMap::new);
  private final ThreadLocal<Map<String, SentenceDetectorME>> detectors =
      ThreadLocal.withInitial(HashMap::new);

  public OpenNlpAnalyzer(NlpModels models) {
    this.models = Objects.requireNonNull(models, "models");
  }

  @Override
  public AnalyzedDocument analyze(CleanDocument doc) {
    String text = doc.text();
    List<Sentence> out = new ArrayList<>();
    List<Segment> segments = doc.segments();
    for (int si = 0; si < segments.size(); si++) {
      Segment seg = segments.get(si);
      if (!seg.analysed()) {
        continue;
      }
      String segText = seg.span().of(text);
      String lang = modelLanguage(seg.lang(), text, seg.span().start(), seg.span().end());
      if (!models.sentences().containsKey(lang)) {
        // No model for this language: sentences by rule, words by ICU, no POS.
        for (int[] sp : ruleSentences(segText)) {
          int s = seg.span().start() + sp[0];
          int e = seg.span().start() + sp[1];
          out.add(
              new Sentence(
                  out.size(),
                  new CharSpan(s, e),
                  seg.lang(),
                  si,
                  seg.kind(),
                  icuTokens(text, s, e)));
        }
        continue;
      }
      Span[] spans =
          detectors
              .get()
              .computeIfAbsent(lang, l -> new SentenceDetectorME(models.sentences().get(l)))
              .sentPosDetect(segText);
      spans = joinAfterAbbreviations(segText, spans, models.abbreviations().get(lang));
      spans = splitAtBullets(segText, spans);
      spans =
          splitAtLineBreaks(segText, spans, models.functionWords().getOrDefault(lang, Set.of()));
      // Tags are computed when a rule first asks for one in the sentence (SentenceTags): most
      // sentences are never asked, and tagging is the costliest step.
      java.util.function.Function<String[], String[]> tagging =
          models.pos().containsKey(lang) ? words -> tag(tagger(lang), words) : null;
      for (Span sp : spans) {
        int s = seg.span().start() + sp.getStart();
        int e = seg.span().start() + sp.getEnd();
        List<Token> tokens = tokenize(text, s, e);
        List<Token> tagged = tokens;
        if (tagging != null) {
          String[] words = new String[tokens.size()];
          for (int i = 0; i < words.length; i++) {
            // The French models were trained on straight apostrophes.
            words[i] = tokens.get(i).text().replace('’', '\'');
          }
          SentenceTags tags = new SentenceTags(words, tagging);
          tagged = new ArrayList<>(tokens.size());
          for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tagged.add(new Token(t.span(), t.text(), tags, i));
          }
        }
        out.add(new Sentence(out.size(), new CharSpan(s, e), seg.lang(), si, seg.kind(), tagged));
      }
    }
    return new AnalyzedDocument(doc, out);
  }

  /** This thread's tagger of {@code lang}, built on first use. */
  private POSTaggerME tagger(String lang) {
    return taggers.get().computeIfAbsent(lang, l -> new POSTaggerME(models.pos().get(l)));
  }

  /**
   * A sentence that ends on an abbreviated month name before a day's number ("fell on Aug. | 15")
   * goes on into the next: the detector took the abbreviation's full stop for the sentence's end.
   */
  static Span[] joinAfterAbbreviations(String text, Span[] spans, Set<String> abbreviations) {
    if (abbreviations == null || abbreviations.isEmpty() || spans.length < 2) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.length);
    Span cur = spans[0];
    for (int k = 1; k < spans.length; k++) {
      Span next = spans[k];
      int end = cur.getEnd();
      int w = end - 1;
      while (w > cur.getStart() && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      String last = text.substring(w, end).toLowerCase(java.util.Locale.ROOT);
      boolean dayFollows =
          next.getStart() < text.length() && Character.isDigit(text.charAt(next.getStart()));
      if (text.charAt(end - 1) == '.' && abbreviations.contains(last) && dayFollows) {
        cur = new Span(cur.getStart(), next.getEnd());
      } else {
        out.add(cur);
        cur = next;
      }
    }
    out.add(cur);
    return out.toArray(new Span[0]);
  }

  /**
   * A bulleted list ("\n- A\n- B") is one sentence per item: the detector, trained on running
   * prose, keeps lines without a full stop together, and a verb of one item would then take the
   * places and sources of the others.
   */
  static Span[] splitAtBullets(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      int start = sp.getStart();
      for (int i = sp.getStart(); i < sp.getEnd() - 2; i++) {
        if (text.charAt(i) != '\n') {
          continue;
        }
        int j = i + 1;
        while (j < sp.getEnd() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        if (j + 1 < sp.getEnd()
            && BULLETS.indexOf(text.charAt(j)) >= 0
            && Character.isWhitespace(text.charAt(j + 1))) {
          int end = i;
          while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          if (end > start) {
            out.add(new Span(start, end));
          }
          start = j + 1; // the item's words, without its bullet
          while (start < sp.getEnd() && Character.isWhitespace(text.charAt(start))) {
            start++;
          }
        }
      }
      if (start < sp.getEnd()) {
        out.add(new Span(start, sp.getEnd()));
      }
    }
    return out.toArray(new Span[0]);
  }

  private static final String BULLETS = "-•*–·";

  /**
   * A line that ends without punctuation before a line that starts with a capital or a digit is a
   * sentence of its own: a headline, a standfirst, a byline ("Drone strike kills nine\nThe strike
   * targeted ...\nBy Desk - 30 August"), which the detector, trained on running prose, would keep
   * with the next line. A line that ends on a function word ("the town of\nKunduz") or a comma is
   * prose wrapped mid-sentence and stays whole.
   */
  static Span[] splitAtLineBreaks(String text, Span[] spans, Set<String> functionWords) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      int start = sp.getStart();
      for (int i = sp.getStart(); i < sp.getEnd() - 1; i++) {
        if (text.charAt(i) != '\n') {
          continue;
        }
        int end = i;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        int next = i + 1;
        while (next < sp.getEnd() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (end <= start || next >= sp.getEnd()) {
          continue;
        }
        char last = text.charAt(end - 1);
        char first = text.charAt(next);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first);
        boolean open = ",;:-–(".indexOf(last) >= 0 || !Character.isLetterOrDigit(last);
        int w = end;
        while (w > start && Character.isLetter(text.charAt(w - 1))) {
          w--;
        }
        String lastWord = text.substring(w, end).toLowerCase(java.util.Locale.ROOT);
        if (opens && !open && !functionWords.contains(lastWord)) {
          out.add(new Span(start, end));
          start = next;
          i = next - 1;
        }
      }
      if (start < sp.getEnd()) {
        out.add(new Span(start, sp.getEnd()));
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * The language whose models split a segment: its own; for text of undetermined language, or of a
   * language sitrep does not read (often a short paragraph the detector misread), the modelled
   * language whose function words it uses most; none of them: its own (split by rule).
   */
  private String modelLanguage(String lang, String text, int start, int end) {
    if (models.sentences().containsKey(lang) || models.readers().contains(lang)) {
      return lang;
    }
    String best = lang;
    int bestHits = 0;
    List<Token> words = tokenize(text, start, Math.min(end, start + 2000));
    for (Map.Entry<String, java.util.Set<String>> e :
        new java.util.TreeMap<>(models.functionWords()).entrySet()) {
      int hits = 0;
      for (Token t : words) {
        if (e.getValue().contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = e.getKey();
        bestHits = hits;
      }
    }
    return best;
  }

  // Sentence ends of scripts without a model: full stop, question and exclamation marks (Latin,
  // Arabic "؟", Urdu "۔"), ellipsis, each followed by a space or the end; a line break always ends.
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?\u061F\u06D4\u2026]+[\"'»”)\\]]*(?=\\s|$)|\\n");

  /** Sentences of a segment by rule: [start, end) pairs relative to it, trimmed, non-empty. */
  static List<int[]> ruleSentences(String seg) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(seg);
    int at = 0;
    while (m.find()) {
      addTrimmed(seg, at, m.end(), out);
      at = m.end();
    }
    addTrimmed(seg, at, seg.length(), out);
    return out;
  }

  private static void addTrimmed(String seg, int s, int e, List<int[]> out) {
    while (s < e && Character.isWhitespace(seg.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(seg.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }

  private static final ThreadLocal<BreakIterator> WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

  /**
   * Tokens of {@code text[start, end)} by ICU's word boundaries (any script; a zero-width
   * non-joiner stays inside its word), hyphenated words kept whole, punctuation kept as tokens,
   * spaces dropped.
   */
  public static List<Token> icuTokens(String text, int start, int end) {
    BreakIterator bi = WORDS.get();
    bi.setText(text.substring(start, end));
    List<Token> tokens = new ArrayList<>();
    int a = bi.first();
    for (int b = bi.next(); b != BreakIterator.DONE; a = b, b = bi.next()) {
      String w = text.substring(start + a, start + b);
      if (w.isBlank()) {
        continue;
      }
      int n = tokens.size();
      // Words joined by a hyphen with no space stay one token, as the model languages' tokenizer
      // keeps them ("Pul-e-Khumri"): place names are looked up whole.
      if (n >= 2
          && tokens.get(n - 1).text().equals("-")
          && tokens.get(n - 1).span().start() == tokens.get(n - 2).span().end()
          && tokens.get(n - 1).span().end() == start + a
          && Character.isLetterOrDigit(w.codePointAt(0))
          && Character.isLetterOrDigit(
              tokens.get(n - 2).text().codePointBefore(tokens.get(n - 2).text().length()))) {
        int from = tokens.get(n - 2).span().start();
        tokens.subList(n - 2, n).clear();
        tokens.add(new Token(new CharSpan(from, start + b), text.substring(from, start + b), ""));
        continue;
      }
      tokens.add(new Token(new CharSpan(start + a, start + b), w, ""));
    }
    return tokens;
  }

  /**
   * The tagger's beam search copies its sequence at every token, so its cost grows with the square
   * of a sentence's length: a sentence of tens of thousands of tokens (a flood of joiners or
   * symbols) took minutes. Real sentences are far shorter than the window; longer runs are tagged
   * window by window, which keeps the cost linear.
   */
  static final int TAG_WINDOW = 256;

  static String[] tag(POSTaggerME tagger, String[] words) {
    if (words.length <= TAG_WINDOW) {
      return tagger.tag(words);
    }
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += TAG_WINDOW) {
      int to = Math.min(words.length, from + TAG_WINDOW);
      String[] part = tagger.tag(java.util.Arrays.copyOfRange(words, from, to));
      System.arraycopy(part, 0, tags, from, part.length);
    }
    return tags;
  }

  /** Tokens of {@code text[start, end)} with their spans in the whole text ({@link Tokens}). */
  public static List<Token> tokenize(String text, int start, int end) {
    return Tokens.of(text, start, end);
  }
}
