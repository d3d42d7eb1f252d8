package org.sitrep.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateInterval;

/**
 * The one parser of the plain-text header of CONTRACTS.md §1: a first line {@code date YYYY-MM[-DD]
 * [anything]} gives the publication date. The reader ({@code DocumentReader}) takes the date from
 * it and rejects a malformed one; the cleaner marks it as furniture, not article text.
 */
public final class DateHeader {
  // "date", an optional colon, then a word with a digit: the word must be YYYY-MM or YYYY-MM-DD.
  private static final Pattern WORD =
      Pattern.compile("^[ \\t\\uFEFF]*(date[ \\t]*:?[ \\t]+(\\S*\\d\\S*))");
  private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

  private DateHeader() {}

  /** A header found: {@code [start, end)} from "date" to the end of its date word. */
  public record Header(int start, int end, String word) {
    /** Whether the word is YYYY-MM or YYYY-MM-DD (a date that exists or not). */
    public boolean wellFormed() {
      return YMD.matcher(word).matches();
    }

    /**
     * The publication date, month or day precision; empty when the word is not YYYY-MM[-DD].
     *
     * @throws DateTimeException when it has that shape but no such day exists (2021-02-30)
     */
    public Optional<DateInterval> date() {
      return ymd(word);
    }
  }

  /** The header at the start of {@code text[from, to)} (the first line), if there is one. */
  public static Optional<Header> find(CharSequence text, int from, int to) {
    Matcher m = WORD.matcher(text).region(from, to);
    return m.find() ? Optional.of(new Header(m.start(1), m.end(2), m.group(2))) : Optional.empty();
  }

  /**
   * {@code YYYY-MM} (a month) or {@code YYYY-MM-DD} (a day); empty for any other shape.
   *
   * @throws DateTimeException when it has that shape but no such month or day exists
   */
  public static Optional<DateInterval> ymd(String s) {
    Matcher m = YMD.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return Optional.of(DateInterval.month(YearMonth.of(y, mo)));
    }
    return Optional.of(DateInterval.day(LocalDate.of(y, mo, Integer.parseInt(m.group(3)))));
  }
}
