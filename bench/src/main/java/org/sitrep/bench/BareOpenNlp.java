package org.sitrep.bench;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.sitrep.core.text.NlpModels;
import org.sitrep.model.Document;

/**
 * The baseline sitrep is measured against: what a plain OpenNLP program does with a document, and
 * nothing else. Language detection on the whole text, sentence detection and POS tagging with the
 * model of that language (English when the detector names another), tokens by OpenNLP's {@link
 * SimpleTokenizer} (the project's models come without a tokenizer model). Same OpenNLP version and
 * the same model files as the pipeline ({@link NlpModels}). The OpenNLP ME classes are not
 * thread-safe, so each thread gets its own (the runner's caller thread runs documents too when its
 * queue is full).
 */
final class BareOpenNlp implements Runner.Work {
  private static final Map<String, String> ISO3 = Map.of("fra", "fr", "eng", "en");

  private final ThreadLocal<Tools> tools;

  /** One thread's OpenNLP objects. */
  private static final class Tools {
    final LanguageDetectorME detector;
    final Map<String, SentenceDetectorME> sentences = new HashMap<>();
    final Map<String, POSTaggerME> taggers = new HashMap<>();

    Tools(NlpModels models) {
      detector = new LanguageDetectorME(models.langDetect());
      models.sentences().forEach((l, m) -> sentences.put(l, new SentenceDetectorME(m)));
      models.pos().forEach((l, m) -> taggers.put(l, new POSTaggerME(m)));
    }
  }

  BareOpenNlp(NlpModels models) {
    tools = ThreadLocal.withInitial(() -> new Tools(models));
    tools.get();
  }

  @Override
  public Runner.Result apply(Document d) {
    Tools t = tools.get();
    LanguageDetectorME detector = t.detector;
    Map<String, SentenceDetectorME> sentences = t.sentences;
    Map<String, POSTaggerME> taggers = t.taggers;
    String text = d.text();
    Language lang = detector.predictLanguage(text);
    String code = ISO3.getOrDefault(lang.getLang(), lang.getLang());
    if (!taggers.containsKey(code)) {
      code = "en";
    }
    SentenceDetectorME sd = sentences.get(code);
    POSTaggerME tagger = taggers.get(code);
    long tokens = 0;
    long tagged = 0;
    for (String s : sd.sentDetect(text)) {
      String[] words = SimpleTokenizer.INSTANCE.tokenize(s);
      tokens += words.length;
      tagged += tagger.tag(words).length;
    }
    // "events" of the baseline: tags produced, so that the work cannot be optimised away.
    return new Runner.Result(tokens, tagged);
  }
}
