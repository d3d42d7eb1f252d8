package org.sitrep.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;

/**
 * Model-free cleaner: cuts a document into paragraphs (blank-line separated) and marks the {@code
 * date ...} header line, language "und". The pipeline uses {@link ArticleCleaner} (furniture,
 * embedded posts, language id); this one serves tests and tools that load no models. Offsets always
 * point into the original text.
 */
public final class ParagraphCleaner implements DocumentCleaner {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");
  private static final Pattern HEADER =
      Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\b.*");

  @Override
  public CleanDocument clean(Document document) {
    String text = document.text();
    List<Segment> segments = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(text);
    boolean first = true;
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      SegmentKind kind =
          first && HEADER.matcher(text.substring(s, e)).matches()
              ? SegmentKind.HEADER
              : SegmentKind.BODY;
      first = false;
      segments.add(new Segment(new CharSpan(s, e), kind, "und"));
    }
    return new CleanDocument(document, segments);
  }
}
