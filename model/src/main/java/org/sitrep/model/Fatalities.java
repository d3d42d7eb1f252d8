package org.sitrep.model;

/**
 * Casualty counts kept apart as the text gives them. Null means "not stated". {@code low}, {@code
 * best} and {@code high} bound the killed count (or the killed-or-wounded count when that is all
 * there is); {@code acled} is ACLED's conservative fatality figure: lowest count, killed only.
 */
public record Fatalities(
    Integer killed,
    Integer wounded,
    Integer killedOrWounded,
    Integer low,
    Integer best,
    Integer high,
    int acled) {
  public static final Fatalities NONE = new Fatalities(null, null, null, null, null, null, 0);

  public Fatalities {
    for (Integer n : new Integer[] {killed, wounded, killedOrWounded, low, best, high}) {
      if (n != null && n < 0) {
        throw new IllegalArgumentException("negative casualty count");
      }
    }
    if (acled < 0) {
      throw new IllegalArgumentException("negative ACLED fatalities");
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low > high: " + low + " > " + high);
    }
  }
}
