package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.text.Languages;
import org.sitrep.core.text.ScriptFold;

/**
 * The context words of place mentions (cues before or after a name: "district de", "province",
 * "l'aéroport de", ", la capitale") and the words that never start a one-word mention, for all
 * loaded languages. Data, one file pair per language under {@code sitrep/lang/<lang>/}.
 */
public record GeoLexicon(
    List<Cue> cues,
    Set<String> stopwords,
    Set<String> listGlue,
    Set<String> facilities,
    Set<String> within,
    Set<String> prefixes,
    Set<String> heads,
    List<Cue> side,
    List<CountryWord> countryWords,
    Set<String> stateWords) {
  /** What a cue says about the place next to it. */
  public enum CueKind {
    PROVINCE,
    DISTRICT,
    VALLEY,
    AIRPORT,
    CAPITAL,
    TOWN,
    LOCATIVE,
    /** Not a cue: a word joining the names of a list (position column "LIST"). */
    LIST,
    /**
     * Not a cue: a word between two names that puts the first inside the second ("X in Y"; position
     * column "WITHIN").
     */
    WITHIN,
    /**
     * Not a cue: a capitalised word that names a facility of the place before it ("Bagram
     * Airfield", "Kunduz Police"), so that the name before it is still that place.
     */
    FACILITY,
    /**
     * Not a cue: a capitalised word that may stand before a place name without being part of it
     * ("Northern Kunduz", "Lake Naivasha"; position column "PREFIX"), so that the name after it is
     * still looked up on its own.
     */
    PREFIX,
    /**
     * Not a cue: a capitalised word that opens a longer name and is never a place alone ("Abu
     * Salim", "Wadi al Rabi", "Sheikh Zuweid"; position column "HEAD"): neither it nor the word
     * after it is looked up alone.
     */
    HEAD,
    /**
     * A context that makes a name a side detail of the sentence ("Mombasa Road", "the Nairobi
     * Governor", "the governor of Migori"): the name locates an event only when its sentence
     * resolves no other place.
     */
    SIDE,
    /**
     * A context that makes a name a unit's name, never a place ("قول اردوی ۲۱۵ X", the army corps
     * named X): the name is not looked up. "#" in its words is any number.
     */
    UNIT
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

  /**
   * Words that tie a text to one country without naming a place of it: its people's adjective
   * ("Kenyan", the language's {@code extract/demonyms.tsv}) or the name of one of its institutions
   * ({@code sitrep/geo/country-words.tsv}: "IEBC"). {@code parts} are the normalised token
   * alternatives of each position; {@code capitalised}: the first word must be written with a
   * capital ("Chinese", not "turkey").
   */
  public record CountryWord(String country, List<List<String>> parts, boolean capitalised) {
    public CountryWord {
      Objects.requireNonNull(country, "country");
      parts = parts.stream().map(List::copyOf).toList();
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("empty country word");
      }
    }
  }

  public GeoLexicon {
    cues = List.copyOf(cues);
    countryWords = List.copyOf(countryWords);
    stateWords = Set.copyOf(stateWords);
    stopwords = Set.copyOf(stopwords);
    listGlue = Set.copyOf(listGlue);
    facilities = Set.copyOf(facilities);
    within = Set.copyOf(within);
    prefixes = Set.copyOf(prefixes);
    heads = Set.copyOf(heads);
    side = List.copyOf(side);
  }

  /** Loads the cue and stop-word files of the given languages from the classpath. */
  public static GeoLexicon loadFromClasspath(String... langs) {
    Languages all = Languages.classpath();
    return load(all, List.of(langs));
  }

  /** The cue and stop-word files of every language of the index. */
  public static GeoLexicon load(Languages langs) {
    return load(langs, langs.codes());
  }

  private static GeoLexicon load(Languages all, List<String> langs) {
    List<Cue> cues = new ArrayList<>();
    Set<String> stop = new HashSet<>();
    Set<String> glue = new HashSet<>();
    Set<String> facilities = new HashSet<>();
    Set<String> within = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    Set<String> heads = new HashSet<>();
    List<Cue> side = new ArrayList<>();
    List<CountryWord> countryWords = new ArrayList<>();
    Set<String> stateWords = new HashSet<>();
    all.optional(COUNTRY_WORDS).ifPresent(t -> countryWords.addAll(parseCountryWords(t, false)));
    for (String lang : langs) {
      all.optionalFile(lang, "extract/demonyms.tsv")
          .ifPresent(t -> countryWords.addAll(parseCountryWords(t, true)));
      all.optionalFile(lang, "extract/actor-classes.tsv")
          .ifPresent(t -> stateWords.addAll(parseStateWords(t)));
      String file = Languages.path(lang, "geo-cues.tsv");
      try {
        for (Cue c : parseCues(all.read(file))) {
          if (c.kind() == CueKind.LIST) {
            glue.addAll(c.words());
          } else if (c.kind() == CueKind.WITHIN) {
            within.addAll(c.words());
          } else if (c.kind() == CueKind.FACILITY) {
            facilities.addAll(c.words());
          } else if (c.kind() == CueKind.PREFIX) {
            prefixes.addAll(c.words());
          } else if (c.kind() == CueKind.HEAD) {
            heads.addAll(c.words());
          } else if (c.kind() == CueKind.SIDE || c.kind() == CueKind.UNIT) {
            side.add(c);
          } else {
            cues.add(c);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
      stop.addAll(parseStopwords(all.file(lang, "geo-stopwords.txt")));
    }
    return new GeoLexicon(
        cues, stop, glue, facilities, within, prefixes, heads, side, countryWords, stateWords);
  }

  /**
   * The words of the state's forces in a language's generic actor classes ({@code
   * extract/actor-classes.tsv}, classes military and police: "police", "soldiers", "officials"): a
   * country adjective before one of them names that country's own state ("Kenyan police").
   */
  static Set<String> parseStateWords(String text) {
    Set<String> out = new HashSet<>();
    for (String line : text.split("\n")) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 2) {
        continue;
      }
      if (!f[0].strip().equals("military") && !f[0].strip().equals("police")) {
        continue;
      }
      for (String w : f[1].split("[;|\\s]+")) {
        if (!w.isBlank() && !w.contains("*")) {
          out.add(norm(w.strip()));
        }
      }
    }
    return out;
  }

  /** Institutions' names and acronyms that belong to one country, whatever the language. */
  static final String COUNTRY_WORDS = "sitrep/geo/country-words.tsv";

  /**
   * Lines "iso2 TAB patterns": alternatives split by ';', words by spaces, each word's spellings by
   * '|' ("burkina faso;burkina", "kenyan|kenya"); patterns with wildcards are left to the
   * extractor. A third column "people" marks names of peoples: read as the people's adjective
   * (written with a capital, naming the state only before a word of its forces), not as an
   * institution.
   */
  static List<CountryWord> parseCountryWords(String text, boolean capitalised) {
    List<CountryWord> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalArgumentException("bad country word line: " + line);
      }
      for (String alt : f[1].split(";")) {
        if (alt.isBlank() || alt.contains("*") || alt.contains("#") || alt.contains("..")) {
          continue;
        }
        List<List<String>> parts = new ArrayList<>();
        for (String w : alt.strip().split("\\s+")) {
          List<String> spellings = new ArrayList<>();
          for (String a : w.split("\\|")) {
            if (!a.isEmpty()) {
              spellings.add(norm(a));
            }
          }
          parts.add(spellings);
        }
        boolean people = f.length >= 3 && f[2].strip().equals("people");
        out.add(new CountryWord(f[0].strip(), parts, capitalised || people));
      }
    }
    return out;
  }

  /** Every language of the classpath's index. */
  public static GeoLexicon standard() {
    return load(Languages.classpath());
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
      if (!before
          && !f[0].equals("after")
          && !f[0].equals("LIST")
          && !f[0].equals("WITHIN")
          && !f[0].equals("PREFIX")
          && !f[0].equals("HEAD")) {
        throw new IllegalArgumentException("bad geo cue position: " + line);
      }
      List<String> words = new ArrayList<>();
      // "," and "d'" are tokens of their own, as the analyzer cuts them.
      for (String w : f[2].replace(",", " , ").replace("'", "' ").trim().split("\\s+")) {
        words.add(norm(w));
      }
      CueKind kind;
      try {
        kind = CueKind.valueOf(f[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown geo cue kind " + f[1] + ": " + line, e);
      }
      if ((kind == CueKind.LIST) != f[0].equals("LIST")
          || (kind == CueKind.WITHIN) != f[0].equals("WITHIN")
          || (kind == CueKind.PREFIX) != f[0].equals("PREFIX")
          || (kind == CueKind.HEAD) != f[0].equals("HEAD")) {
        throw new IllegalArgumentException(
            "LIST, WITHIN, PREFIX and HEAD go with themselves: " + line);
      }
      out.add(new Cue(kind, words, before));
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
    return ScriptFold.fold(token.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT));
  }
}
