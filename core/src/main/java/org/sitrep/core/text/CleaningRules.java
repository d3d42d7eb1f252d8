package org.sitrep.core.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cleaner's data, from per-language files under {@code sitrep/lang/}: furniture patterns per
 * language, marks of embedded posts, the ISO 639-3 → sitrep language code table, the languages
 * sitrep reads, and the letters and words that tell apart languages sharing a script ({@code
 * <lang>/langid.tsv} for languages read, {@code und/langid.tsv} for others). Loaded once at the
 * edge (classpath reading is I/O); immutable afterwards.
 */
public record CleaningRules(
    Map<String, List<Pattern>> furniture,
    List<Pattern> postMarkers,
    Map<String, String> iso639,
    List<String> readers,
    List<ScriptLanguage> scriptLanguages) {

  /**
   * What marks a language among those written in one script: its distinctive letters and frequent
   * words (folded as {@link ScriptFold} does).
   */
  public record ScriptLanguage(
      String lang, Character.UnicodeScript script, Set<Integer> letters, Set<String> words) {
    public ScriptLanguage {
      letters = Set.copyOf(letters);
      words = Set.copyOf(words);
    }
  }

  public CleaningRules {
    Map<String, List<Pattern>> f = new LinkedHashMap<>();
    furniture.forEach((k, v) -> f.put(k, List.copyOf(v)));
    furniture = java.util.Collections.unmodifiableMap(f);
    postMarkers = List.copyOf(postMarkers);
    iso639 = Map.copyOf(iso639);
    readers = List.copyOf(readers);
    scriptLanguages = List.copyOf(scriptLanguages);
  }

  /** Every furniture pattern, all languages together: furniture lines often mix languages. */
  public List<Pattern> allFurniture() {
    List<Pattern> all = new ArrayList<>();
    furniture.values().forEach(all::addAll);
    return all;
  }

  /** The sitrep code of an ISO 639-3 code: mapped when listed, else the code itself. */
  public String lang(String iso3) {
    return iso639.getOrDefault(iso3, iso3);
  }

  /** Whether sitrep reads the language (it is in the index). */
  public boolean reads(String lang) {
    return readers.contains(lang);
  }

  public static CleaningRules loadFromClasspath() {
    return load(Languages.classpath());
  }

  public static CleaningRules load(Languages langs) {
    Map<String, List<Pattern>> furniture = new LinkedHashMap<>();
    List<String> withUnd = new ArrayList<>();
    withUnd.add(Languages.UND);
    withUnd.addAll(langs.codes());
    List<ScriptLanguage> scripts = new ArrayList<>();
    for (String lang : withUnd) {
      List<Pattern> ps = new ArrayList<>();
      String file = Languages.path(lang, "furniture.txt");
      for (String line : Languages.lines(langs.optional(file).orElse(""))) {
        ps.add(compile(file, line));
      }
      furniture.put(lang, ps);
      String lf = Languages.path(lang, "langid.tsv");
      langs.optional(lf).ifPresent(t -> scripts.addAll(parseLangId(lf, lang, t)));
    }
    List<Pattern> markers = new ArrayList<>();
    String mf = "sitrep/lang/und/post-markers.txt";
    for (String line : Languages.lines(langs.read(mf))) {
      markers.add(compile(mf, line));
    }
    Map<String, String> iso = new LinkedHashMap<>();
    for (String line : Languages.lines(langs.read("sitrep/lang/iso639-3.txt"))) {
      String[] kv = line.trim().split("\\s+");
      if (kv.length != 2) {
        throw new IllegalStateException("sitrep/lang/iso639-3.txt: bad line: " + line);
      }
      iso.put(kv[0], kv[1]);
    }
    return new CleaningRules(furniture, markers, iso, langs.codes(), scripts);
  }

  /**
   * Lines "script TAB Arabic", "letters TAB ټ ډ ...", "words TAB د په ..."; in {@code und}'s file
   * each line starts with the language code it is about.
   */
  static List<ScriptLanguage> parseLangId(String file, String lang, String text) {
    Map<String, String> script = new LinkedHashMap<>();
    Map<String, Set<Integer>> letters = new LinkedHashMap<>();
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (String line : Languages.lines(text)) {
      String[] c = line.split("\t+");
      boolean und = lang.equals(Languages.UND);
      if (c.length != (und ? 3 : 2)) {
        throw new IllegalStateException(file + ": bad line: " + line);
      }
      String l = und ? c[0] : lang;
      String kind = c[und ? 1 : 0];
      String items = c[und ? 2 : 1];
      switch (kind) {
        case "script" -> script.put(l, items.strip());
        case "letters" ->
            items
                .codePoints()
                .filter(Character::isLetter)
                .forEach(cp -> letters.computeIfAbsent(l, k -> new java.util.HashSet<>()).add(cp));
        case "words" -> {
          for (String w : items.strip().split("\\s+")) {
            words.computeIfAbsent(l, k -> new java.util.HashSet<>()).add(ScriptFold.fold(w));
          }
        }
        default -> throw new IllegalStateException(file + ": unknown entry " + kind);
      }
    }
    List<ScriptLanguage> out = new ArrayList<>();
    for (Map.Entry<String, String> e : script.entrySet()) {
      Character.UnicodeScript sc;
      try {
        sc = Character.UnicodeScript.forName(e.getValue());
      } catch (IllegalArgumentException x) {
        throw new IllegalStateException(file + ": unknown script " + e.getValue(), x);
      }
      out.add(
          new ScriptLanguage(
              e.getKey(),
              sc,
              letters.getOrDefault(e.getKey(), Set.of()),
              words.getOrDefault(e.getKey(), Set.of())));
    }
    if (out.size() != Math.max(script.size(), Math.max(letters.size(), words.size()))) {
      throw new IllegalStateException(file + ": every language needs a script line");
    }
    return out;
  }

  private static Pattern compile(String file, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(file + ": bad pattern " + regex + ": " + e.getDescription());
    }
  }
}
