package org.sitrep.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    Map<String, POSModel> pos) {
  public NlpModels {
    Objects.requireNonNull(langDetect, "langDetect");
    sentences = Map.copyOf(sentences);
    pos = Map.copyOf(pos);
  }

  public static NlpModels loadFromClasspath() {
    return new NlpModels(
        langModel("langdetect-183.bin"),
        Map.of(
            "fr", sentence("opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin"),
            "en", sentence("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
        Map.of(
            "fr", posModel("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin"),
            "en", posModel("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
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
