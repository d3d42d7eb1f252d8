package org.sitrep.core.fusion;

import java.util.Objects;
import org.sitrep.model.DateInterval;

/**
 * One report's word on a fused happening: which independent source it belongs to, its voice and
 * weights (already scaled by the extractor's confidence), and the dates it gives, which decide from
 * when it can count (null for an undated report, which counts on no day of the control map).
 */
public record Testimony(
    String eventId, String group, Voice voice, double support, double contrary, DateInterval date) {
  public Testimony {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(voice, "voice");
  }

  /**
   * The share of this report's interval already past on {@code day}: a change reported as "between
   * the 19th and the 21st" counts one third on the 19th and fully from the 21st.
   */
  public double shareAt(java.time.LocalDate day) {
    if (date == null || day.isBefore(date.from())) {
      return 0;
    }
    long len = date.to().toEpochDay() - date.from().toEpochDay() + 1;
    long past = day.toEpochDay() - date.from().toEpochDay() + 1;
    return Math.min(1.0, (double) past / len);
  }
}
