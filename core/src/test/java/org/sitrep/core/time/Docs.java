package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;

/** Small analysed documents for the time tests: one sentence per line, no tokens, no models. */
final class Docs {
  private static final Pattern LINE = Pattern.compile("[^\\n]+");
  static final TimeRules RULES = TimeRules.loadFromClasspath();
  static final RuleDateResolver RESOLVER = new RuleDateResolver(RULES);

  private Docs() {}

  static AnalyzedDocument analyzed(String text, DateInterval published) {
    Document d = new Document("t", text, published, null, null, null);
    List<Segment> segs = new ArrayList<>();
    List<Sentence> sents = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      CharSpan s = new CharSpan(m.start(), m.end());
      segs.add(new Segment(s, SegmentKind.BODY, "und"));
      sents.add(new Sentence(sents.size(), s, "und", segs.size() - 1, SegmentKind.BODY, List.of()));
    }
    return new AnalyzedDocument(new CleanDocument(d, segs), sents);
  }

  static DatedDocument dated(String text, DateInterval published) {
    return RESOLVER.resolve(analyzed(text, published));
  }
}
