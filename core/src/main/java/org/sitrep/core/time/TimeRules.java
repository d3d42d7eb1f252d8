package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.core.text.Languages;
import org.sitrep.core.text.ScriptFold;
import org.sitrep.model.TimeKind;

/**
 * The time words and patterns of every language sitrep reads, from the data files {@code
 * sitrep/lang/<lang>/time/words.tsv} and {@code patterns.tsv}. A new language is a new folder and a
 * line in the one index, {@code sitrep/lang/languages.txt}; no code. Immutable once built.
 */
public final class TimeRules {
  private static final String THEATRES = "sitrep/time/theatres";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(\\d?)}");
  // key's pattern, compiled once: value() asks for a key per time word found.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final Map<String, String> BUILT_IN =
      Map.of(
          "day", "(?<%s>[0-3]?\\d)(?:er|e|st|nd|rd|th)?",
          "monthnum", "(?<%s>[01]?\\d)",
          "year", "(?<%s>(?:1[89]|20)\\d\\d)",
          // A Solar Hijri year (1300-1499 SH: 1921-2121).
          "shyear", "(?<%s>1[34]\\d\\d)",
          // A Solar Hijri month by its number ("۱۴۰۰/۵/۱۹"): read only in SOLAR patterns.
          "shmonthnum", "(?<%s>[01]?\\d)",
          "yy", "(?<%s>\\d0)",
          // A two-digit year ("octobre 98"): Resolution.year reads the century.
          "shortyear", "(?<%s>\\d\\d)");

  private final List<String> languages;

  /** class -> normalised form -> value, all languages merged (a form means one thing). */
  private final Map<String, Map<String, String>> words;

  private final List<TimePattern> patterns;

  /** Per pattern, what a text must contain for it to match (same order as {@link #patterns}). */
  private final List<Need> needs;

  private final List<Need.Atom> atoms;
  private final int[][] needIds;

  private final Pattern since;
  private final Pattern sinceWord;
  private final Map<String, Pattern> cues;
  private final Pattern trigger;
  private final List<KeyDate> keyDates;

  /**
   * Misspelt one-word forms (lower case) → where their two letters are swapped: the text is respelt
   * before the patterns read it (same length, same offsets), so the patterns need no variant forms;
   * hundreds of variants in every month alternation cost a tenth of all CPU. Case-exact forms (the
   * English months) too: their variants were still tried in each English month alternation.
   */
  private final Map<String, Respelling> respell;

  private static final List<String> TRIGGER_CLASSES =
      List.of(
          "month",
          "weekday",
          "unit",
          "reldate",
          "reltime",
          "relprev",
          "relprevtime",
          "weekend",
          "partofday",
          "clockword",
          "season",
          "present");

  /** Word classes read as cues of a clause's tense or planning (see {@link #cue}). */
  private static final List<String> CUE_CLASSES =
      List.of("future", "past", "agenda", "reportafter", "reportbefore", "restate");

  private TimeRules(
      List<String> languages,
      Map<String, Map<String, String>> words,
      List<TimePattern> patterns,
      List<Need> needs,
      Pattern since,
      Map<String, Pattern> cues,
      Pattern trigger,
      List<KeyDate> keyDates,
      Map<String, Respelling> respell) {
    this.keyDates = List.copyOf(keyDates);
    this.respell = Map.copyOf(respell);
    this.languages = List.copyOf(languages);
    Map<String, Map<String, String>> w = new HashMap<>();
    words.forEach((k, v) -> w.put(k, Map.copyOf(v)));
    this.words = Map.copyOf(w);
    this.patterns = List.copyOf(patterns);
    this.needs = List.copyOf(needs);
    // Patterns share atoms ("a month name", "a digit"): each is looked for once per stretch.
    Map<Need.Atom, Integer> ids = new HashMap<>();
    List<Need.Atom> distinct = new ArrayList<>();
    this.needIds = new int[needs.size()][];
    for (int i = 0; i < needs.size(); i++) {
      List<Need.Atom> as = needs.get(i).atoms();
      needIds[i] = new int[as.size()];
      for (int j = 0; j < as.size(); j++) {
        Need.Atom a = as.get(j);
        needIds[i][j] =
            ids.computeIfAbsent(
                a,
                x -> {
                  distinct.add(x);
                  return distinct.size() - 1;
                });
      }
    }
    this.atoms = List.copyOf(distinct);
    this.since = since;
    this.sinceWord =
        since == null
            ? null
            : Pattern.compile(
                since.pattern().replace(")\\s+$", ")\\s+"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.cues = Map.copyOf(cues);
    this.trigger = trigger;
  }

  /** Loads the languages of the one index ({@link Languages}); called once, at the edge. */
  public static TimeRules loadFromClasspath() {
    return load(Languages.classpath());
  }

  /** The time data of every language of the index, and the key dates of the theatres. */
  public static TimeRules load(Languages languages) {
    List<String> langs = languages.codes();
    Map<String, String[]> data = new HashMap<>();
    for (String l : langs) {
      data.put(
          l,
          new String[] {
            languages.file(l, "time/words.tsv"), languages.file(l, "time/patterns.tsv")
          });
    }
    List<KeyDate> keys = new ArrayList<>();
    for (String t : lines(languages.read(THEATRES))) {
      String file = "sitrep/theatres/" + t + "/key-dates.tsv";
      keys.addAll(parseKeyDates(file, languages.read(file)));
    }
    return parse(langs, data).withKeyDates(keys);
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  /** These rules, knowing the given key dated happenings (replacing any they knew). */
  public TimeRules withKeyDates(List<KeyDate> keys) {
    return new TimeRules(languages, words, patterns, needs, since, cues, trigger, keys, respell);
  }

  /**
   * Reads a key-dates file: id, ISO date, language, phrase regex (tab-separated). Throws {@link
   * IllegalArgumentException} naming the file line when it is malformed.
   */
  public static List<KeyDate> parseKeyDates(String where, String text) {
    List<KeyDate> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t+", 4);
      String at = where + ":" + (i + 1);
      if (cols.length != 4) {
        throw new IllegalArgumentException(at + ": needs id, date, language and phrase");
      }
      try {
        String regex = cols[3].replace(" ?", "\\s*").replace(" ", "\\s+");
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        out.add(new KeyDate(cols[0], java.time.LocalDate.parse(cols[1]), cols[2], p));
      } catch (java.time.format.DateTimeParseException | PatternSyntaxException e) {
        throw new IllegalArgumentException(at + ": bad date or phrase: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Builds the rules from the text of each language's two files ({@code [words, patterns]}). Throws
   * {@link IllegalArgumentException} naming the file line when the data is malformed.
   */
  public static TimeRules parse(List<String> langs, Map<String, String[]> data) {
    Map<String, Map<String, String>> words = new HashMap<>();
    Map<String, Map<String, List<String>>> rawForms = new HashMap<>();
    for (String l : langs) {
      String[] files = Objects.requireNonNull(data.get(l), "no time data for language " + l);
      rawForms.put(l, readWords(l, files[0], words));
    }
    Map<String, Respelling> respell = addTranspositions(langs, rawForms, words);
    List<TimePattern> patterns = new ArrayList<>();
    List<Need> needs = new ArrayList<>();
    List<String> sinceForms = new ArrayList<>();
    for (String l : langs) {
      Map<String, List<String>> forms = rawForms.get(l);
      sinceForms.addAll(forms.getOrDefault("since", List.of()));
      String[] lines = data.get(l)[1].split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t+", 3);
        String where = l + "/time/patterns.tsv:" + (i + 1);
        if (cols.length != 3) {
          throw new IllegalArgumentException(where + ": needs operation, kind and regex");
        }
        TimeOp op;
        TimeKind kind;
        try {
          op = TimeOp.valueOf(cols[0]);
          kind = TimeKind.valueOf(cols[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": unknown operation or kind", e);
        }
        // The text is matched folded (normalise): so are the pattern's own words ("وړاندې").
        String source = normalise(cols[2]);
        Set<String> groups = new LinkedHashSet<>();
        String regex = expand(source, forms, groups, where);
        try {
          Pattern p =
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          patterns.add(new TimePattern(l, i + 1, op, kind, p, groups));
          needs.add(Need.of(source, forms));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(where + ": bad regex: " + e.getDescription(), e);
        }
      }
    }
    Map<String, Pattern> cues = new HashMap<>();
    for (String cls : CUE_CLASSES) {
      cue(langs, rawForms, cls).ifPresent(p -> cues.put(cls, p));
    }
    // Every pattern holds a digit or a word of one of these classes: only the text around them
    // needs to be searched, which keeps the resolver fast on long documents.
    List<String> triggerForms = new ArrayList<>();
    for (String l : langs) {
      for (String cls : TRIGGER_CLASSES) {
        triggerForms.addAll(rawForms.get(l).getOrDefault(cls, List.of()));
      }
    }
    Pattern trigger =
        Pattern.compile(
            "\\d|(?<![\\p{L}\\p{N}])(?:" + alternation(triggerForms) + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Pattern since =
        sinceForms.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternation(sinceForms) + ")\\s+$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new TimeRules(langs, words, patterns, needs, since, cues, trigger, List.of(), respell);
  }

  /**
   * The words of a cue class and the regular expressions of its {@code <class>re} lines, all
   * languages, as one pattern; empty when no language lists any.
   */
  private static Optional<Pattern> cue(
      List<String> langs, Map<String, Map<String, List<String>>> rawForms, String cls) {
    List<String> alternatives = new ArrayList<>();
    for (String l : langs) {
      Map<String, List<String>> forms = rawForms.get(l);
      List<String> ws = forms.getOrDefault(cls, List.of());
      if (!ws.isEmpty()) {
        alternatives.add(alternation(ws));
      }
      for (String re : forms.getOrDefault(cls + "re", List.of())) {
        try {
          Pattern.compile(re);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(l + "/time/words.tsv: bad " + cls + "re " + re, e);
        }
        alternatives.add("(?:" + re + ")");
      }
    }
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** A word shorter than this (letters) gets no misspelt variants: "Mya" would be too loose. */
  private static final int TRANSPOSE_MIN_LETTERS = 4;

  /**
   * The words of the classes a language lists under {@code transpose} ("transpose - month") also
   * match with two adjacent letters swapped, the first letter kept ("Spet" for "Sept", "Otcober"):
   * a typing slip common in hand-written reports. A variant is dropped when it is already a form of
   * any class in any language, or when two words of the class give the same variant (ambiguous). A
   * variant of a one-word form (letters only) is not added to the patterns but returned, with where
   * its letters are swapped (and, for a case-exact form, how it must be written), for {@link
   * #respell(String)}.
   */
  private static Map<String, Respelling> addTranspositions(
      List<String> langs,
      Map<String, Map<String, List<String>>> rawForms,
      Map<String, Map<String, String>> words) {
    Set<String> known = new java.util.HashSet<>();
    words.values().forEach(m -> known.addAll(m.keySet()));
    Map<String, Respelling> respell = new HashMap<>();
    List<Object[]> caseExact = new ArrayList<>(); // the forms of its class, the variant, the swap
    for (String l : langs) {
      Map<String, List<String>> forms = rawForms.get(l);
      for (String cls : forms.getOrDefault("transpose", List.of())) {
        Map<String, String> values = words.getOrDefault(cls, Map.of());
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        Map<String, Integer> swapAt = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (String f : forms.getOrDefault(cls, List.of())) {
          boolean exact = f.startsWith("!");
          String w = exact ? f.substring(1) : f;
          if (w.codePoints().filter(Character::isLetter).count() < TRANSPOSE_MIN_LETTERS) {
            continue;
          }
          String value = values.get(key(f));
          for (int i = 1; i + 1 < w.length(); i++) {
            char a = w.charAt(i);
            char b = w.charAt(i + 1);
            if (a == b || !Character.isLetter(a) || !Character.isLetter(b)) {
              continue;
            }
            String v = w.substring(0, i) + b + a + w.substring(i + 2);
            String k = key(v);
            if (known.contains(k)) {
              continue;
            }
            String prev = variants.putIfAbsent((exact ? "!" : "") + v, value);
            swapAt.putIfAbsent((exact ? "!" : "") + v, i);
            if (prev != null && !prev.equals(value)) {
              ambiguous.add((exact ? "!" : "") + v);
            }
          }
        }
        variants.forEach(
            (v, value) -> {
              if (!ambiguous.contains(v) && value != null) {
                if (!v.startsWith("!") && v.chars().allMatch(Character::isLetter)) {
                  respell.putIfAbsent(key(v), new Respelling(null, swapAt.get(v)));
                } else if (v.startsWith("!") && v.chars().skip(1).allMatch(Character::isLetter)) {
                  caseExact.add(new Object[] {forms.get(cls), v, swapAt.get(v)});
                } else {
                  forms.get(cls).add(v);
                }
                words.get(cls).putIfAbsent(key(v), value);
              }
            });
      }
    }
    // A case-exact variant ("Spetember" of "!September") is respelt only as written. When another
    // variant has its letters in some other case, it stays in the patterns, as before: the text is
    // then read as it always was.
    Map<String, Integer> spellings = new HashMap<>();
    caseExact.forEach(e -> spellings.merge(key((String) e[1]), 1, Integer::sum));
    for (Object[] e : caseExact) {
      @SuppressWarnings("unchecked")
      List<String> forms = (List<String>) e[0];
      String v = (String) e[1];
      String k = key(v);
      if (respell.containsKey(k) || spellings.get(k) > 1) {
        forms.add(v);
      } else {
        respell.put(k, new Respelling(v.substring(1), (Integer) e[2]));
      }
    }
    return respell;
  }

  /**
   * How a misspelt one-word form is written right: the two letters at {@code at} swapped back;
   * {@code exact} is the form as it must be written (case-exact forms), null when any case is.
   */
  record Respelling(String exact, int at) {}

  /**
   * The text with every misspelt one-word form written right (two letters swapped back), same
   * length and offsets; the text itself when it holds none.
   */
  String respell(String text) {
    if (respell.isEmpty()) {
      return text;
    }
    char[] c = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j - i >= TRANSPOSE_MIN_LETTERS) {
        Respelling r = respell.get(text.substring(i, j).toLowerCase(Locale.ROOT));
        if (r != null
            && (r.exact() == null
                || r.exact().length() == j - i && text.startsWith(r.exact(), i))) {
          int at = r.at();
          if (c == null) {
            c = text.toCharArray();
          }
          char a = c[i + at];
          c[i + at] = c[i + at + 1];
          c[i + at + 1] = a;
        }
      }
      i = j;
    }
    return c == null ? text : new String(c);
  }

  private static Map<String, List<String>> readWords(
      String lang, String text, Map<String, Map<String, String>> words) {
    Map<String, List<String>> forms = new HashMap<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t+");
      if (cols.length != 3) {
        throw new IllegalArgumentException(
            lang + "/time/words.tsv:" + (i + 1) + ": needs class, value and forms");
      }
      for (String f : cols[2].split("\\|")) {
        if (f.isBlank()) {
          continue;
        }
        forms.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(f.strip());
        words.computeIfAbsent(cols[0], k -> new HashMap<>()).put(key(f), cols[1]);
      }
    }
    return forms;
  }

  private static String expand(
      String template, Map<String, List<String>> forms, Set<String> groups, String where) {
    // A space stands for any run of spaces; " ?" for an optional one.
    String t = template.replace(" ?", "\\s*").replace(" ", "\\s+");
    Matcher g = NAMED_GROUP.matcher(t);
    while (g.find()) {
      groups.add(g.group(1));
    }
    Matcher m = PLACEHOLDER.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String cls = m.group(1);
      String name = cls + m.group(2);
      String body;
      if (BUILT_IN.containsKey(cls)) {
        body = String.format(Locale.ROOT, BUILT_IN.get(cls), name);
      } else if (cls.equals("number")) {
        List<String> nums = new ArrayList<>(forms.getOrDefault("number", List.of()));
        body = "(?<" + name + ">\\d{1,3}|" + alternation(nums) + ")";
      } else if (forms.containsKey(cls)) {
        body = "(?<" + name + ">" + alternation(forms.get(cls)) + ")";
      } else {
        throw new IllegalArgumentException(where + ": no words of class " + cls);
      }
      groups.add(name);
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Longest forms first, so that "après-midi" wins over "après". */
  private static String alternation(List<String> forms) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> parts = new ArrayList<>();
    for (String f : sorted) {
      boolean exact = f.startsWith("!");
      String w = exact ? f.substring(1) : f;
      List<String> q = new ArrayList<>();
      for (String piece : w.strip().split("\\s+")) {
        q.add(Pattern.quote(normalise(piece)));
      }
      String body = String.join("\\s+", q);
      parts.add(exact ? "(?-i:" + body + ")" : body);
    }
    return String.join("|", parts);
  }

  /** The key of a form in the word maps: lower case, straight apostrophes, single spaces. */
  static String key(String form) {
    String f = form.strip();
    if (f.startsWith("!")) {
      f = f.substring(1);
    }
    return SPACES.matcher(normalise(f).toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /**
   * The text as patterns see it: same length and offsets, typographic apostrophes and unusual
   * spaces made plain, Arabic-script letter variants and Persian digits folded, so data files need
   * list only one spelling.
   */
  static String normalise(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      switch (c[i]) {
        case '\u2019', '\u2018', '\u02BC', '\u00B4' -> c[i] = '\'';
          // A zero-width non-joiner parts two words of one ("سه‌شنبه"): the forms list them spaced.
        case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200C' -> c[i] = ' ';
        case '\u2010', '\u2011' -> c[i] = '-';
        default -> {
          // Arabic-script letter variants and Persian digits, one char for one (offsets kept).
          char f = ScriptFold.foldChar(c[i]);
          if (f != 0) {
            c[i] = f;
          }
        }
      }
    }
    return new String(c);
  }

  public List<String> languages() {
    return languages;
  }

  public List<TimePattern> patterns() {
    return patterns;
  }

  /**
   * A cheap screen of one stretch of text: which patterns cannot match in it, because it lacks a
   * digit or every form of a word class the pattern cannot do without. Not thread-safe; one per
   * stretch.
   */
  Screen screen(String norm, int start, int end) {
    return new Screen(fold(norm, start, end));
  }

  /** The screen of a stretch already folded ({@link #fold}). */
  Screen screenFolded(String folded) {
    return new Screen(folded);
  }

  /** Case-folds as the patterns' case-insensitive matching does, one char for one char. */
  static String fold(String text, int start, int end) {
    char[] c = new char[end - start];
    for (int i = start; i < end; i++) {
      c[i - start] = fold(text.charAt(i));
    }
    return new String(c);
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** See {@link #screen}. */
  final class Screen {
    private final String folded;

    /** Per distinct atom: 0 not looked at yet, 1 present, 2 absent. */
    private final byte[] seen = new byte[atoms.size()];

    private Screen(String folded) {
      this.folded = folded;
    }

    /** False only when pattern {@code index} surely finds nothing in the stretch. */
    boolean mayMatch(int index) {
      for (int a : needIds[index]) {
        if (seen[a] == 0) {
          seen[a] = atoms.get(a).in(folded) ? (byte) 1 : (byte) 2;
        }
        if (seen[a] == 2) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * What any match of a pattern must contain: every atom (a digit, or some form of a word class)
   * taken from the placeholders at the top level of its template, outside any group, alternation or
   * quantifier. Anything unsure adds no atom, so a pattern is never skipped wrongly.
   */
  record Need(List<Atom> atoms) {
    Need {
      atoms = List.copyOf(atoms);
    }

    /** Present when the text holds a digit (if {@code digit}) or one of the folded literals. */
    record Atom(boolean digit, List<String> literals) {
      Atom {
        literals = List.copyOf(literals);
      }

      boolean in(String folded) {
        if (digit) {
          for (int i = 0; i < folded.length(); i++) {
            if (Character.isDigit(folded.charAt(i))) {
              return true;
            }
          }
        }
        for (String l : literals) {
          if (folded.contains(l)) {
            return true;
          }
        }
        return false;
      }
    }

    static Need of(String template, Map<String, List<String>> forms) {
      List<Atom> atoms = new ArrayList<>();
      int depth = 0;
      boolean inClass = false;
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '\\') {
          i++;
          // A bare \d outside any group, not made optional, needs a digit.
          if (depth == 0
              && i < template.length()
              && template.charAt(i) == 'd'
              && (i + 1 >= template.length() || "?*{".indexOf(template.charAt(i + 1)) < 0)) {
            atoms.add(new Atom(true, List.of()));
          }
          continue;
        }
        if (inClass) {
          inClass = c != ']';
          continue;
        }
        if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          return new Need(List.of()); // a top-level alternation: nothing is sure to be there
        } else if (c == '{' && depth == 0) {
          Matcher m = PLACEHOLDER.matcher(template).region(i, template.length());
          if (!m.lookingAt()) {
            continue;
          }
          int after = m.end();
          boolean quantified =
              after < template.length() && "?*{".indexOf(template.charAt(after)) >= 0;
          i = after - 1;
          if (!quantified) {
            Atom a = atom(m.group(1), forms);
            if (a != null) {
              atoms.add(a);
            }
          }
        }
      }
      return new Need(atoms);
    }

    private static Atom atom(String cls, Map<String, List<String>> forms) {
      if (BUILT_IN.containsKey(cls)) {
        return new Atom(true, List.of());
      }
      List<String> fs = forms.get(cls);
      if (fs == null || fs.isEmpty()) {
        return null;
      }
      List<String> literals = new ArrayList<>();
      for (String f : fs) {
        String w = f.startsWith("!") ? f.substring(1) : f;
        String first = w.strip().split("\\s+")[0];
        if (first.isEmpty()) {
          return null;
        }
        String n = normalise(first);
        literals.add(fold(n, 0, n.length()));
      }
      return new Atom(cls.equals("number"), literals);
    }
  }

  /** The value of a word of a class ("month", "août" → "8"), if the data knows it. */
  public Optional<String> value(String cls, String form) {
    Map<String, String> m = words.get(cls);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(key(form)));
  }

  /** Matches "since"/"depuis" (and the space after it) right at the end of a stretch of text. */
  Optional<Pattern> sincePrefix() {
    return Optional.ofNullable(since);
  }

  /** Matches "since"/"depuis" and the spaces after it (for {@code lookingAt}). */
  Optional<Pattern> sinceWord() {
    return Optional.ofNullable(sinceWord);
  }

  /** The key dated happenings of the theatres loaded (empty for rules built by {@link #parse}). */
  public List<KeyDate> keyDates() {
    return keyDates;
  }

  /** A digit or a time word: every time expression holds one. */
  Pattern trigger() {
    return trigger;
  }

  // Built on first use; two threads may each build one, the same (no lock on the hot path).
  private volatile TriggerScan triggerScan;
  private volatile PatternStarts patternStarts;

  /** The trigger's matches by first character (see TriggerScan). */
  TriggerScan triggerScan() {
    TriggerScan t = triggerScan;
    if (t == null) {
      t = TriggerScan.of(trigger);
      triggerScan = t;
    }
    return t;
  }

  /** Where each pattern can start, learnt per character (see PatternStarts). */
  PatternStarts patternStarts() {
    PatternStarts p = patternStarts;
    if (p == null) {
      p = new PatternStarts(patterns.stream().map(TimePattern::regex).toList());
      patternStarts = p;
    }
    return p;
  }

  /** Words that put a clause in the future ("will", "doit", "reprendront"). */
  Optional<Pattern> futureCue() {
    return cue("future");
  }

  /**
   * The cue words of a class, for reading a clause: {@code future} ("will", "reprendront"), {@code
   * past} ("had", "avaient"), {@code agenda} ("programme", "schedule": what follows in the sentence
   * is planned).
   */
  Optional<Pattern> cue(String cls) {
    return Optional.ofNullable(cues.get(cls));
  }
}
