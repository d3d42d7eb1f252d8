package org.sitrep.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The context words of place mentions (cues before or after a name: "district de", "province",
 * "l'aéroport de", ", la capitale") and the words that never start a one-word mention, for all
 * loaded languages. Data, one file pair per language under {@code sitrep/lang/<lang>/}.
 */
public record GeoLexicon(List<Cue> cues, Set<String> stopwords) {
  /** What a cue says about the place next to it. */
  public enum CueKind {
    PROVINCE,
    DISTRICT,
    VALLEY,
    AIRPORT,
    CAPITAL,
    TOWN,
    LOCATIVE
  }

  /** A context phrase: its words (normalised) and whether it comes before the name. */
  public record Cue(CueKind kind, List<String> words, boolean before) {
    public Cue {
      Objects.requireNonNull(kind, "kind");
      words = List.copyOf(words);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("empty cue");
      }
    }
  }

  public GeoLexicon {
    cues = List.copyOf(cues);
    stopwords = Set.copyOf(stopwords);
  }

  /** Loads the cue and stop-word files of the given languages from the classpath. */
  public static GeoLexicon loadFromClasspath(String... langs) {
    List<Cue> cues = new ArrayList<>();
    Set<String> stop = new HashSet<>();
    for (String lang : langs) {
      cues.addAll(parseCues(read("/sitrep/lang/" + lang + "/geo-cues.tsv")));
      stop.addAll(parseStopwords(read("/sitrep/lang/" + lang + "/geo-stopwords.txt")));
    }
    return new GeoLexicon(cues, stop);
  }

  /** The default languages, French and English. */
  public static GeoLexicon standard() {
    return loadFromClasspath("fr", "en");
  }

  static List<Cue> parseCues(String text) {
    List<Cue> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException("bad geo cue line: " + line);
      }
      boolean before = f[0].equals("before");
      if (!before && !f[0].equals("after")) {
        throw new IllegalArgumentException("bad geo cue position: " + line);
      }
      List<String> words = new ArrayList<>();
      // "," and "d'" are tokens of their own, as the analyzer cuts them.
      for (String w : f[2].replace(",", " , ").replace("'", "' ").trim().split("\\s+")) {
        words.add(norm(w));
      }
      out.add(new Cue(CueKind.valueOf(f[1]), words, before));
    }
    return out;
  }

  static Set<String> parseStopwords(String text) {
    Set<String> out = new HashSet<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(norm(line.trim()));
      }
    }
    return out;
  }

  /** Lower case, straight apostrophes: how token text is compared with cue and stop words. */
  public static String norm(String token) {
    return token.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
  }

  private static String read(String resource) {
    try (InputStream in = GeoLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
