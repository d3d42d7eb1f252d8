package org.sitrep.core.fusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The tables ACLED's conventions need: the country (ISO codes, region) and the actor-type codes.
 * Data files on the classpath ({@code sitrep/acled/*.tsv}), loaded once at the edge.
 */
public record AcledTables(Country country, Map<String, Integer> interByActor) {
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
  }

  public OptionalInt inter(String actor) {
    Integer i = interByActor.get(Names.key(actor));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Loads the tables for the theatre whose ISO3 code is {@code iso3} (e.g. "AFG"). */
  public static AcledTables loadFromClasspath(String iso3) {
    Country c = null;
    for (List<String> row : rows("sitrep/acled/countries.tsv")) {
      if (row.get(0).equals(iso3)) {
        c = new Country(row.get(0), Integer.parseInt(row.get(1)), row.get(2), row.get(3));
      }
    }
    if (c == null) {
      throw new IllegalArgumentException("no ACLED country row for " + iso3);
    }
    Map<String, Integer> inter = new HashMap<>();
    for (List<String> row : rows("sitrep/acled/inter.tsv")) {
      inter.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    return new AcledTables(c, inter);
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
