package org.sitrep.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cleaner's data, from per-language files under {@code sitrep/lang/}: furniture patterns per
 * language, marks of embedded posts, and the ISO 639-3 → sitrep language code table. Loaded once at
 * the edge (classpath reading is I/O); immutable afterwards.
 */
public record CleaningRules(
    Map<String, List<Pattern>> furniture, List<Pattern> postMarkers, Map<String, String> iso639) {
  public CleaningRules {
    Map<String, List<Pattern>> f = new LinkedHashMap<>();
    furniture.forEach((k, v) -> f.put(k, List.copyOf(v)));
    furniture = java.util.Collections.unmodifiableMap(f);
    postMarkers = List.copyOf(postMarkers);
    iso639 = Map.copyOf(iso639);
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

  public static CleaningRules loadFromClasspath() {
    Map<String, List<Pattern>> furniture = new LinkedHashMap<>();
    for (String lang : lines("sitrep/lang/languages.txt", true)) {
      List<Pattern> ps = new ArrayList<>();
      String file = "sitrep/lang/" + lang + "/furniture.txt";
      for (String line : lines(file, false)) {
        ps.add(compile(file, line));
      }
      furniture.put(lang, ps);
    }
    List<Pattern> markers = new ArrayList<>();
    String mf = "sitrep/lang/und/post-markers.txt";
    for (String line : lines(mf, true)) {
      markers.add(compile(mf, line));
    }
    Map<String, String> iso = new LinkedHashMap<>();
    for (String line : lines("sitrep/lang/iso639-3.txt", true)) {
      String[] kv = line.trim().split("\\s+");
      if (kv.length != 2) {
        throw new IllegalStateException("sitrep/lang/iso639-3.txt: bad line: " + line);
      }
      iso.put(kv[0], kv[1]);
    }
    return new CleaningRules(furniture, markers, iso);
  }

  private static Pattern compile(String file, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(file + ": bad pattern " + regex + ": " + e.getDescription());
    }
  }

  /** Non-blank, non-comment lines of a classpath resource; an absent optional one is empty. */
  private static List<String> lines(String resource, boolean required) {
    InputStream in = CleaningRules.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      if (required) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
