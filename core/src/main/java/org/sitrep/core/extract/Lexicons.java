package org.sitrep.core.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.core.text.Languages;
import org.sitrep.model.AcledSubEventType;

/**
 * Everything the event extractor reads from data: one {@link Lexicon} per language and the actor
 * list. Loaded once at the edge ({@link #loadFromClasspath()}), immutable, shared across threads. A
 * new language is a new folder {@code sitrep/lang/<lang>/} and a line in the one index, {@code
 * sitrep/lang/languages.txt} ({@link Languages}).
 */
public record Lexicons(
    Map<String, Lexicon> languages,
    Map<String, Actor> actors,
    List<ActorAlias> aliases,
    List<Person> persons,
    Map<String, String> countries) {
  /**
   * The cue categories the extractor reads; a category outside this list in a cues file is a
   * mistake (a typo would otherwise silently disable the cue).
   */
  public static final Set<String> CUE_CATEGORIES =
      Set.of(
          "according",
          "according2",
          "actorclass",
          "adjunct",
          "age",
          "agent",
          "airfire",
          "anaphor",
          "antecedent",
          "accused",
          "approx",
          "arearef",
          "armed",
          "armedkind",
          "arson",
          "auxiliary",
          "background",
          "bare",
          "captive",
          "cause",
          "beneficiary",
          "civilian",
          "died",
          "clausebreak",
          "combatant",
          "companion",
          "consequence",
          "complementizer",
          "connective",
          "restatement",
          "restated",
          "evidential",
          "failed",
          "brawl",
          "byline",
          "situating",
          "compound",
          "constituency",
          "contrast",
          "coordinator",
          "crowd",
          "crowdof",
          "demonym",
          "denial",
          "destination",
          "direction",
          "distance",
          "except",
          "excessive",
          "exchange",
          "from",
          "goods",
          "grievance",
          "frombefore",
          "group",
          "hedge",
          "hedge1",
          "idiom",
          "heldby",
          "indefinite",
          "intervention",
          "intransitive",
          "irrealis",
          "irrealis1",
          "irrealis2",
          "killed",
          "kow",
          "legal",
          "listand",
          "member",
          "mobjustice",
          "nationwide",
          "negation",
          "negation1",
          "offduty",
          "nobody",
          "nocasualty",
          "nonviolent",
          "object",
          "one",
          "origin",
          "originpeople",
          "orghead",
          "ownforces",
          "partitive",
          "passive",
          "perceived",
          "plus",
          "possessive",
          "prior",
          "protestact",
          "relative",
          "remark",
          "shooting",
          "siege",
          "singular",
          "split",
          "source",
          "sourceplace",
          "speech",
          "stance",
          "stateforce",
          "subset",
          "things",
          "townref",
          "unstated",
          "update",
          "trend",
          "violent",
          "welcome",
          "wounded");

  public Lexicons {
    languages = Map.copyOf(languages);
    actors = Map.copyOf(actors);
    aliases = List.copyOf(aliases);
    persons = List.copyOf(persons);
    countries = Map.copyOf(countries);
    for (ActorAlias a : aliases) {
      if (!actors.containsKey(a.actorId())) {
        throw new IllegalArgumentException("alias of unknown actor " + a.actorId());
      }
    }
    for (Person p : persons) {
      if (!actors.containsKey(p.actorId())) {
        throw new IllegalArgumentException("person " + p.name() + " of unknown actor");
      }
    }
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("no extraction language");
    }
  }

  public Optional<Lexicon> lexicon(String lang) {
    return Optional.ofNullable(languages.get(lang));
  }

  /** Reads the data files from the classpath. Called once, at the edge. */
  public static Lexicons loadFromClasspath() {
    return load(Languages.classpath());
  }

  /** Reads the data files through {@code files} (resource path → content, null when absent). */
  public static Lexicons load(Function<String, String> files) {
    return load(Languages.of(files));
  }

  /** Reads the extraction data of every language of the index, and the actor lists. */
  public static Lexicons load(Languages languages) {
    Function<String, String> files = languages::read;
    // Generic actor words, country adjectives and the country names are optional data.
    Function<String, String> optional = r -> languages.optional(r).orElse(null);
    Map<String, Lexicon> langs = new LinkedHashMap<>();
    for (String l : languages.codes()) {
      String dir = "sitrep/lang/" + l + "/extract/";
      Map<String, List<Cue>> cues =
          new HashMap<>(cues(dir + "cues.tsv", files.apply(dir + "cues.tsv")));
      // Generic actor words and country adjectives are read as two more cue categories.
      cues.putAll(
          valued(
              dir + "actor-classes.tsv",
              optional.apply(dir + "actor-classes.tsv"),
              "actorclass",
              true));
      cues.putAll(
          valued(dir + "demonyms.tsv", optional.apply(dir + "demonyms.tsv"), "demonym", false));
      langs.put(
          l,
          new Lexicon(
              l,
              triggers(dir + "triggers.tsv", files.apply(dir + "triggers.tsv")),
              cues,
              numbers(dir + "numbers.tsv", files.apply(dir + "numbers.tsv")),
              // normalised as the tokens they are compared with are ("été" is read "ete")
              new HashSet<>(
                  lines(files.apply(dir + "function-words.txt")).stream().map(Norm::of).toList())));
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    String af = "sitrep/actors/actors.tsv";
    for (String[] c : rows(af, files.apply(af), 9)) {
      String inter = c.length > 9 ? dash(c[9]) : null;
      actors.put(
          c[0],
          new Actor(
              c[0],
              c[1],
              c[2],
              c[3],
              date(af, c[4]),
              date(af, c[5]),
              date(af, c[6]),
              date(af, c[7]),
              dash(c[8]),
              inter == null ? null : Integer.valueOf(inter),
              c.length > 10 ? dash(c[10]) : null));
    }
    Map<String, String> countries = new LinkedHashMap<>();
    String cf = "sitrep/actors/countries.tsv";
    String ct = optional.apply(cf);
    if (ct != null) {
      for (String[] c : rows(cf, ct, 2)) {
        countries.put(c[0], c[1]);
      }
    }
    List<ActorAlias> aliases = new ArrayList<>();
    String alf = "sitrep/actors/aliases.tsv";
    for (String[] c : rows(alf, files.apply(alf), 3)) {
      for (String alt : c[2].split(";")) {
        aliases.add(new ActorAlias(c[0], c[1], TokenPattern.parse(alt)));
      }
    }
    List<Person> persons = new ArrayList<>();
    String pf = "sitrep/actors/persons.tsv";
    for (String[] c : rows(pf, files.apply(pf), 4)) {
      List<TokenPattern> ps = new ArrayList<>();
      for (String a : c[3].split(";")) {
        if (!a.isBlank()) {
          ps.add(TokenPattern.parse(a));
        }
      }
      persons.add(new Person(c[0], c[1], c[2], ps));
    }
    return new Lexicons(langs, actors, aliases, persons, countries);
  }

  private static List<Trigger> triggers(String file, String text) {
    List<Trigger> out = new ArrayList<>();
    for (String[] c : rows(file, text, 2)) {
      AcledSubEventType type = null;
      if (!c[1].equals("CAPTURE")) {
        try {
          type = AcledSubEventType.valueOf(c[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ": unknown event type " + c[1], e);
        }
      }
      Set<String> flags = new HashSet<>();
      if (c.length > 2) {
        for (String f : c[2].split(",")) {
          if (!f.isBlank()) {
            flags.add(f.strip());
          }
        }
      }
      for (String alt : c[0].split(";")) {
        out.add(new Trigger(TokenPattern.parse(alt), type, flags));
      }
    }
    return out;
  }

  private static Map<String, List<Cue>> cues(String file, String text) {
    Map<String, List<Cue>> out = new HashMap<>();
    for (String[] c : rows(file, text, 2)) {
      if (!CUE_CATEGORIES.contains(c[0])) {
        throw new IllegalArgumentException(
            file
                + ": unknown cue category "
                + c[0]
                + " (known: "
                + new java.util.TreeSet<>(CUE_CATEGORIES)
                + ")");
      }
      for (String alt : c[1].split(";")) {
        out.computeIfAbsent(c[0], k -> new ArrayList<>())
            .add(new Cue(c[0], TokenPattern.parse(alt), c.length > 2 ? c[2] : null));
      }
    }
    return out;
  }

  /**
   * A file of {@code value <TAB> patterns} (actor classes) or {@code value <TAB> patterns} (country
   * adjectives by ISO code) as cues of one category whose value is the first column. Absent for a
   * language: no cue.
   */
  private static Map<String, List<Cue>> valued(
      String file, String text, String category, boolean classes) {
    if (text == null) {
      return Map.of();
    }
    List<Cue> out = new ArrayList<>();
    for (String[] c : rows(file, text, 2)) {
      if (classes && !ActorClasses.CLASSES.contains(c[0])) {
        throw new IllegalArgumentException(
            file + ": unknown actor class " + c[0] + " (known: " + ActorClasses.CLASSES + ")");
      }
      for (String alt : c[1].split(";")) {
        out.add(new Cue(category, TokenPattern.parse(alt.strip()), c[0]));
      }
    }
    return out.isEmpty() ? Map.of() : Map.of(category, out);
  }

  /**
   * The listed actor a name stands for, when it is the actor's own name or, whole, one of its
   * aliases in any language ("Afghan security forces" is the actor named "Afghan government
   * forces"); for scoring against gold names written by hand.
   */
  /**
   * The ACLED actor type code (inter) of a generic name ("unidentified armed men", "gendarmerie",
   * "militants"), read with any language's actor classes; empty when no class word is in it.
   */
  public Optional<Integer> genericCodeOf(String name) {
    List<String> tokens = new ArrayList<>();
    for (String t : name.strip().split("\\s+")) {
      if (!t.isEmpty()) {
        tokens.add(Norm.of(t));
      }
    }
    for (Lexicon l : languages.values()) {
      for (Cue c : l.cues().getOrDefault("actorclass", List.of())) {
        for (int i = 0; i < tokens.size(); i++) {
          if (c.pattern().matchAt(tokens, i) >= 0 && c.value() != null) {
            return Optional.of(ActorClasses.code(c.value()));
          }
        }
      }
    }
    return Optional.empty();
  }

  public Optional<String> actorIdOf(String name) {
    List<String> tokens = new ArrayList<>();
    for (String t : name.strip().split("\\s+")) {
      if (!t.isEmpty()) {
        tokens.add(Norm.of(t));
      }
    }
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    String whole = String.join(" ", tokens);
    for (Actor a : actors.values()) {
      if (Norm.of(a.name()).equals(whole)) {
        return Optional.of(a.id());
      }
    }
    for (ActorAlias a : aliases) {
      if (a.pattern().matchAt(tokens, 0) == tokens.size()) {
        return Optional.of(a.actorId());
      }
    }
    return Optional.empty();
  }

  /** The English name of a country by ISO 3166 alpha-2 code, as ACLED writes it. */
  public Optional<String> countryName(String iso2) {
    return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2));
  }

  private static List<NumberWord> numbers(String file, String text) {
    List<NumberWord> out = new ArrayList<>();
    for (String[] c : rows(file, text, 3)) {
      try {
        out.add(new NumberWord(TokenPattern.parse(c[0]), Integer.parseInt(c[1]), c[2]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ": bad number " + c[1], e);
      }
    }
    return out;
  }

  private static List<String[]> rows(String file, String text, int min) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(text)) {
      String[] c = line.split("\t");
      if (c.length < min) {
        throw new IllegalArgumentException(file + ": expected " + min + " columns: " + line);
      }
      out.add(c);
    }
    return out;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.stripTrailing();
      if (!l.isBlank() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  private static LocalDate date(String file, String s) {
    if (s.equals("-")) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": bad date " + s, e);
    }
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }
}
