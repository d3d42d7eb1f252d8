package org.sitrep.model;

import java.util.Objects;

/** Who claims an event and how sure the text is. {@code attributedTo} is null when unattributed. */
public record Claim(ClaimStatus status, String attributedTo) {
  public Claim {
    Objects.requireNonNull(status, "status");
  }

  public static Claim asserted() {
    return new Claim(ClaimStatus.ASSERTED, null);
  }
}
