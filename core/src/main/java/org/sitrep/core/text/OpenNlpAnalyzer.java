package org.sitrep.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Segment;

/**
 * Sentences by the OpenNLP model of each segment's language, tokens by a span-keeping tokenizer,
 * POS by OpenNLP. The OpenNLP ME classes are not thread-safe, so each thread gets its own, built
 * from the shared immutable models; this stage itself is stateless.
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
      String lang = models.sentences().containsKey(seg.lang()) ? seg.lang() : "fr";
      String segText = seg.span().of(text);
      Span[] spans =
          detectors
              .get()
              .computeIfAbsent(lang, l -> new SentenceDetectorME(models.sentences().get(l)))
              .sentPosDetect(segText);
      spans = splitAtBullets(segText, spans);
      POSTaggerME tagger =
          taggers.get().computeIfAbsent(lang, l -> new POSTaggerME(models.pos().get(l)));
      for (Span sp : spans) {
        int s = seg.span().start() + sp.getStart();
        int e = seg.span().start() + sp.getEnd();
        List<Token> tokens = tokenize(text, s, e);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
          // The French models were trained on straight apostrophes.
          words[i] = tokens.get(i).text().replace('’', '\'');
        }
        String[] tags = tag(tagger, words);
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          tagged.add(new Token(t.span(), t.text(), tags[i]));
        }
        out.add(new Sentence(out.size(), new CharSpan(s, e), seg.lang(), si, seg.kind(), tagged));
      }
    }
    return new AnalyzedDocument(doc, out);
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
