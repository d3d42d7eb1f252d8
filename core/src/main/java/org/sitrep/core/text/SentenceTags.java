package org.sitrep.core.text;

import java.util.function.Function;

/**
 * The POS tags of one sentence, computed once, on the first request for any of them, by the tagger
 * of the requesting thread (the OpenNLP taggers are not thread-safe; each thread has its own, and
 * they give the same tags for the same words).
 */
final class SentenceTags {
  private final String[] words;
  private final Function<String[], String[]> tagger;
  private volatile String[] tags;

  SentenceTags(String[] words, Function<String[], String[]> tagger) {
    this.words = words;
    this.tagger = tagger;
  }

  String get(int i) {
    String[] t = tags;
    if (t == null) {
      synchronized (this) {
        t = tags;
        if (t == null) {
          t = tagger.apply(words);
          for (int k = 0; k < t.length; k++) {
            if (t[k] == null) {
              t[k] = "";
            }
          }
          tags = t;
        }
      }
    }
    return t[i];
  }

  boolean done() {
    return tags != null;
  }
}
