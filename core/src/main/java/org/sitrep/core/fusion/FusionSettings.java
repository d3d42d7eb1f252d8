package org.sitrep.core.fusion;

/**
 * Every parameter of cross-report fusion and of the control rules, in one place (explained in
 * docs/control.md). Weights are the probability-like credit one independent source earns for what
 * it says; several independent sources combine as a noisy-OR, so that two asserting outlets count
 * more than one but never more than certainty.
 *
 * @param dateToleranceDays reports of the same happening may disagree on its date by this much
 * @param asserted weight of an outlet stating the fact in its own voice
 * @param reported weight of a fact attributed to a neutral or unnamed source ("officials said")
 * @param neutralClaim weight of a claim by someone who is not a party to the event
 * @param partisanClaim weight of a party's own claim about its own victory
 * @param hedged weight of a hedged report ("reportedly", "semble")
 * @param disputedSupport support credited by a report that itself says the fact is disputed
 * @param disputedContrary contrary weight of that same disputed report
 * @param denial contrary weight of a neutral denial ("reports say it has not fallen")
 * @param partisanDenial contrary weight of a party denying its own defeat
 * @param extractionShare how much the extractor's own confidence scales a source's weight (0: not
 *     at all, 1: fully)
 * @param provinceToDistrict share of a whole-province claim credited to each of its districts
 * @param heldThreshold support needed (with a confirming voice) for the state "held"
 * @param contestRatio contrary weight at or above this share of the support makes a state
 *     "contested"
 * @param overturnRatio a rival controller takes over when its net support reaches this share of the
 *     current controller's (decayed) net support
 * @param halfLifeDays confidence halves after this many days without news
 * @param unknownBelow below this decayed confidence the state becomes "unknown" (controller kept)
 */
public record FusionSettings(
    int dateToleranceDays,
    double asserted,
    double reported,
    double neutralClaim,
    double partisanClaim,
    double hedged,
    double disputedSupport,
    double disputedContrary,
    double denial,
    double partisanDenial,
    double extractionShare,
    double provinceToDistrict,
    double heldThreshold,
    double contestRatio,
    double overturnRatio,
    double halfLifeDays,
    double unknownBelow) {

  public FusionSettings {
    if (dateToleranceDays < 0 || dateToleranceDays > 30) {
      throw new IllegalArgumentException("dateToleranceDays must be 0..30: " + dateToleranceDays);
    }
    unit("asserted", asserted);
    unit("reported", reported);
    unit("neutralClaim", neutralClaim);
    unit("partisanClaim", partisanClaim);
    unit("hedged", hedged);
    unit("disputedSupport", disputedSupport);
    unit("disputedContrary", disputedContrary);
    unit("denial", denial);
    unit("partisanDenial", partisanDenial);
    unit("extractionShare", extractionShare);
    unit("provinceToDistrict", provinceToDistrict);
    unit("heldThreshold", heldThreshold);
    unit("contestRatio", contestRatio);
    unit("overturnRatio", overturnRatio);
    unit("unknownBelow", unknownBelow);
    if (!(halfLifeDays > 0)) {
      throw new IllegalArgumentException("halfLifeDays must be > 0: " + halfLifeDays);
    }
    if (partisanClaim > neutralClaim) {
      throw new IllegalArgumentException("a party's own claim must not outweigh a neutral one");
    }
  }

  /** The defaults documented in docs/control.md. */
  public static FusionSettings defaults() {
    return new FusionSettings(
        1, 0.7, 0.6, 0.45, 0.3, 0.25, 0.3, 0.3, 0.6, 0.35, 0.3, 0.5, 0.5, 0.5, 0.5, 30, 0.05);
  }

  /** Confidence left after {@code days} without news. */
  public double decay(long days) {
    return days <= 0 ? 1.0 : Math.pow(0.5, days / halfLifeDays);
  }

  private static void unit(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0,1]: " + v);
    }
  }
}
