package org.sitrep.core.fusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The tables ACLED's conventions need: the countries (ISO codes, ACLED name and region) and the
 * actor-type codes. Data files on the classpath ({@code sitrep/acled/*.tsv}), loaded once at the
 * edge. {@code country} is the theatre: the row of an event whose place names no country.
 */
public record AcledTables(
    Country country, Map<String, Integer> interByActor, Map<String, Country> byIso2) {
  public record Country(String iso3, int iso, String name, String region) {
    public Country {
      Objects.requireNonNull(iso3, "iso3");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(region, "region");
    }
  }

  public AcledTables {
    Objects.requireNonNull(country, "country");
    Map<String, Integer> m = new HashMap<>();
    interByActor.forEach((k, v) -> m.put(Names.key(k), v));
    interByActor = Map.copyOf(m);
    Map<String, Country> c = new HashMap<>();
    byIso2.forEach((k, v) -> c.put(k.toUpperCase(Locale.ROOT), v));
    byIso2 = Map.copyOf(c);
  }

  /** The theatre's country only: every event gets its row. */
  public AcledTables(Country country, Map<String, Integer> interByActor) {
    this(country, interByActor, Map.of());
  }

  /**
   * The row of the country whose ISO alpha-2 code is {@code iso2} (as the gazetteer gives a place's
   * country); the theatre's when the code is null or not in the table.
   */
  public Country countryOf(String iso2) {
    return iso2 == null ? country : byIso2.getOrDefault(iso2.toUpperCase(Locale.ROOT), country);
  }

  public OptionalInt inter(String actor) {
    Integer i = interByActor.get(Names.key(actor));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Loads the tables for the theatre whose ISO3 code is {@code iso3} (e.g. "AFG"). */
  public static AcledTables loadFromClasspath(String iso3) {
    Country c = null;
    Map<String, Country> byIso2 = new HashMap<>();
    for (List<String> row : rows("sitrep/acled/countries.tsv")) {
      Country r = new Country(row.get(0), Integer.parseInt(row.get(1)), row.get(2), row.get(3));
      if (row.get(0).equals(iso3)) {
        c = r;
      }
      if (row.size() > 4) {
        byIso2.put(row.get(4), r);
      }
    }
    if (c == null) {
      throw new IllegalArgumentException("no ACLED country row for " + iso3);
    }
    Map<String, Integer> inter = new HashMap<>();
    for (List<String> row : rows("sitrep/acled/inter.tsv")) {
      inter.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    return new AcledTables(c, inter, byIso2);
  }

  private static List<List<String>> rows(String resource) {
    try (InputStream in = AcledTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> List.of(l.split("\t")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
