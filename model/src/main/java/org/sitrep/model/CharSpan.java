package org.sitrep.model;

/** A half-open range of UTF-16 offsets {@code [start, end)} into a document's original text. */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers; throws if the span does not fit the text. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " beyond text of length " + text.length());
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
