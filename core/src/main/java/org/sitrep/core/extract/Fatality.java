package org.sitrep.core.extract;

import org.sitrep.model.Fatalities;

/**
 * Turns counts as the text gives them into {@link Fatalities}. {@code approx} is "exact", "about",
 * "atleast", "atmost" or "vague". The ACLED figure is the lowest count of the killed only: a
 * killed-or-wounded count gives 0 (its killed may be none) unless vague, an upper bound alone gives
 * 0, a vague word its conventional value (numbers.tsv).
 */
final class Fatality {
  private Fatality() {}

  static Fatalities of(Count killed, Count wounded, Count kow) {
    Integer k = killed == null ? null : killed.n();
    Integer w = wounded == null ? null : wounded.n();
    Integer kw = kow == null ? null : kow.n();
    if (killed != null) {
      int n = killed.n();
      switch (killed.approx()) {
        case "about":
          return new Fatalities(k, w, kw, null, n, null, n);
        case "atleast":
          return new Fatalities(k, w, kw, n, n, null, n);
        case "atmost":
          return new Fatalities(k, w, kw, 0, null, n, 0);
        case "vague":
          return new Fatalities(k, w, kw, n, null, null, n);
        default:
          return new Fatalities(k, w, kw, n, n, n, n);
      }
    }
    if (kow != null) {
      // Killed and wounded not separable: the killed are anywhere from none to all of them. A
      // vague word ("killed and injured several") is valued as the codebook values it for deaths.
      int acled = kow.approx().equals("vague") ? kow.n() : 0;
      return new Fatalities(
          null, w, kw, 0, null, kow.approx().equals("atleast") ? null : kw, acled);
    }
    return new Fatalities(null, w, null, null, null, null, 0);
  }

  /** A count as stated: its value and how approximate it is. */
  record Count(int n, String approx) {}
}
