package org.sitrep.model;

/**
 * A half-open range of token indexes {@code [first, end)} within one sentence. Kept apart from
 * {@link CharSpan} so that the two kinds of offsets can never be mixed up.
 */
public record TokenRange(int first, int end) {
  public TokenRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("bad token range [" + first + ", " + end + ")");
    }
  }

  public int size() {
    return end - first;
  }
}
