package org.sitrep.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The word lists of the synthetic corpus for one language, read from {@code sitrep/bench/<lang>/}
 * data files (templates, actors, time expressions, casualty phrases, calendar words).
 */
record Vocabulary(
    String lang,
    List<String> templates,
    List<String> actors,
    List<String> dates,
    List<String> casualties,
    List<String> weekdays,
    List<String> months,
    List<String[]> contractions) {
  Vocabulary {
    Objects.requireNonNull(lang, "lang");
    templates = nonEmpty(templates, "templates");
    actors = nonEmpty(actors, "actors");
    dates = nonEmpty(dates, "dates");
    casualties = nonEmpty(casualties, "casualties");
    weekdays = nonEmpty(weekdays, "weekdays");
    months = nonEmpty(months, "months");
    contractions = List.copyOf(contractions);
  }

  /** The sentence with the language's obligatory contractions applied ("de les" → "des"). */
  String contract(String sentence) {
    String s = sentence;
    for (String[] c : contractions) {
      s = s.replace(c[0], c[1]);
    }
    return s;
  }

  /** A place: its province and its spellings, the first being the usual one. */
  record Place(String province, List<String> spellings) {
    Place {
      Objects.requireNonNull(province, "province");
      spellings = nonEmpty(spellings, "spellings");
    }
  }

  static Vocabulary load(String lang) {
    Map<String, List<String>> cal = new java.util.HashMap<>();
    for (String line : lines(lang + "/calendar.txt")) {
      String[] f = line.split("\t");
      cal.put(f[0], Arrays.asList(f).subList(1, f.length));
    }
    return new Vocabulary(
        lang,
        lines(lang + "/templates.txt"),
        lines(lang + "/actors.txt"),
        lines(lang + "/dates.txt"),
        lines(lang + "/casualties.txt"),
        cal.getOrDefault("weekdays", List.of()),
        cal.getOrDefault("months", List.of()),
        contractionsOf(lang));
  }

  private static List<String[]> contractionsOf(String lang) {
    List<String[]> out = new ArrayList<>();
    for (String line : raw(lang + "/contractions.tsv")) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        out.add(f);
      }
    }
    return out;
  }

  static List<Place> places() {
    List<Place> out = new ArrayList<>();
    for (String line : lines("places.tsv")) {
      String[] f = line.split("\t");
      out.add(new Place(f[0], Arrays.asList(f).subList(1, f.length)));
    }
    return List.copyOf(out);
  }

  /** Non-blank, non-comment lines of a bench data file, stripped. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String l : raw(name)) {
      out.add(l.strip());
    }
    return out;
  }

  /** Non-blank, non-comment lines of a bench data file, as they are. */
  static List<String> raw(String name) {
    String path = "sitrep/bench/" + name;
    InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("bench data file " + path + " is not on the classpath");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  private static List<String> nonEmpty(List<String> l, String what) {
    if (l == null || l.isEmpty()) {
      throw new IllegalArgumentException("vocabulary has no " + what);
    }
    return List.copyOf(l);
  }
}
