package org.sitrep.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP models sitrep uses, loaded once from the Maven Central model jars on the classpath
 * (never downloaded). Loading is I/O, so it happens here, called once at the edge, never in a
 * stage's constructor. The models themselves are immutable and shared across threads.
 */
public record NlpModels(
    LanguageDetectorModel langDetect,
    Map<String, SentenceModel> sentences,
    Map<String, POSModel> pos,
    Map<String, java.util.Set<String>> functionWords,
    java.util.Set<String> readers,
    Map<String, java.util.Set<String>> abbreviations) {
  public NlpModels {
    Objects.requireNonNull(langDetect, "langDetect");
    sentences = Map.copyOf(sentences);
    pos = Map.copyOf(pos);
    Map<String, java.util.Set<String>> fw = new java.util.HashMap<>();
    functionWords.forEach((k, v) -> fw.put(k, java.util.Set.copyOf(v)));
    functionWords = Map.copyOf(fw);
    readers = java.util.Set.copyOf(readers);
    Map<String, java.util.Set<String>> ab = new java.util.HashMap<>();
    abbreviations.forEach((k, v) -> ab.put(k, java.util.Set.copyOf(v)));
    abbreviations = Map.copyOf(ab);
  }

  /** As before abbreviations were known: none. */
  public NlpModels(
      LanguageDetectorModel langDetect,
      Map<String, SentenceModel> sentences,
      Map<String, POSModel> pos,
      Map<String, java.util.Set<String>> functionWords,
      java.util.Set<String> readers) {
    this(langDetect, sentences, pos, functionWords, readers, Map.of());
  }

  public static NlpModels loadFromClasspath() {
    return load(Languages.classpath());
  }

  /**
   * The models each language's {@code nlp.tsv} names ({@code sentence} and {@code pos}, model
   * resources on the classpath) and the language detector {@code und/nlp.tsv} names. A language
   * without the file has no model: the analyser splits its sentences by rule and tokenises it with
   * ICU.
   */
  public static NlpModels load(Languages langs) {
    Map<String, String> und = entries(langs, Languages.UND);
    String detector = und.get("langdetect");
    if (detector == null) {
      throw new IllegalStateException("sitrep/lang/und/nlp.tsv names no langdetect model");
    }
    Map<String, SentenceModel> sentences = new java.util.HashMap<>();
    Map<String, POSModel> pos = new java.util.HashMap<>();
    Map<String, java.util.Set<String>> functionWords = new java.util.HashMap<>();
    for (String code : langs.codes()) {
      Map<String, String> e = entries(langs, code);
      if (e.containsKey("sentence")) {
        sentences.put(code, sentence(e.get("sentence")));
        java.util.Set<String> fw = new java.util.HashSet<>();
        for (String w : Languages.lines(langs.file(code, "extract/function-words.txt"))) {
          fw.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        functionWords.put(code, fw);
      }
      if (e.containsKey("pos")) {
        pos.put(code, posModel(e.get("pos")));
      }
    }
    Map<String, java.util.Set<String>> abbreviations = new java.util.HashMap<>();
    for (String code : langs.codes()) {
      abbreviations.put(code, monthAbbreviations(langs, code));
    }
    return new NlpModels(
        langModel(detector),
        sentences,
        pos,
        functionWords,
        new java.util.HashSet<>(langs.codes()),
        abbreviations);
  }

  /**
   * The abbreviated month names of a language's time words ("Aug.", "janv."): before a day's number
   * they end no sentence.
   */
  private static java.util.Set<String> monthAbbreviations(Languages langs, String code) {
    java.util.Set<String> out = new java.util.HashSet<>();
    String words = langs.optionalFile(code, "time/words.tsv").orElse("");
    for (String line : Languages.lines(words)) {
      String[] c = line.split("\t");
      if (c.length < 3 || !c[0].equals("month")) {
        continue;
      }
      for (String w : c[2].split("\\|")) {
        String f = w.startsWith("!") ? w.substring(1) : w;
        if (f.endsWith(".")) {
          out.add(f.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static Map<String, String> entries(Languages langs, String code) {
    Map<String, String> out = new java.util.HashMap<>();
    String file = Languages.path(code, "nlp.tsv");
    for (String line : Languages.lines(langs.optional(file).orElse(""))) {
      String[] kv = line.split("\t+");
      if (kv.length != 2 || !List.of("sentence", "pos", "langdetect").contains(kv[0])) {
        throw new IllegalStateException(
            file + ": bad line (sentence|pos|langdetect TAB model): " + line);
      }
      out.put(kv[0], kv[1].strip());
    }
    return out;
  }

  private static LanguageDetectorModel langModel(String name) {
    try (InputStream in = open(name)) {
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  private static SentenceModel sentence(String name) {
    try (InputStream in = open(name)) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  private static POSModel posModel(String name) {
    try (InputStream in = open(name)) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
    }
    return in;
  }
}
