package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.TimeExpression;
import org.sitrep.wire.EventJson;

/**
 * Scores time expressions against a gold file: precision and recall of the expressions (exact span,
 * and overlapping span), and the accuracy of their values (from, to and precision all equal) over
 * the overlapping pairs. The gold file is JSON Lines, one document per line: {@code {"id", "lang",
 * "published", "text", "times": [{"text", "occurrence"?, "from", "to", "precision"}]}}; a gold span
 * is the n-th occurrence (1 by default) of its text.
 */
public final class DateEvaluation {
  private DateEvaluation() {}

  public record GoldTime(CharSpan span, String text, String from, String to, String precision) {
    public GoldTime {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(precision, "precision");
    }
  }

  public record GoldDoc(Document document, List<GoldTime> times) {
    public GoldDoc {
      Objects.requireNonNull(document, "document");
      times = List.copyOf(times);
    }

    public String lang() {
      return document.declaredLang().orElse("und");
    }
  }

  /** Figures for one language (or "all"); {@code errors} says what went wrong, one per line. */
  public record Score(
      String lang,
      int gold,
      int predicted,
      int exact,
      int overlapping,
      int valueCorrect,
      List<String> errors) {
    public Score {
      errors = List.copyOf(errors);
    }

    public double precision() {
      return ratio(exact, predicted);
    }

    public double recall() {
      return ratio(exact, gold);
    }

    public double lenientPrecision() {
      return ratio(overlapping, predicted);
    }

    public double lenientRecall() {
      return ratio(overlapping, gold);
    }

    /** Share of the overlapping pairs whose from, to and precision are all right. */
    public double valueAccuracy() {
      return ratio(valueCorrect, overlapping);
    }

    public ObjectNode toNode() {
      ObjectNode n = EventJson.mapper().createObjectNode();
      n.put("lang", lang);
      n.put("gold", gold);
      n.put("predicted", predicted);
      n.put("exact", exact);
      n.put("overlapping", overlapping);
      n.put("value_correct", valueCorrect);
      n.put("precision", round(precision()));
      n.put("recall", round(recall()));
      n.put("lenient_precision", round(lenientPrecision()));
      n.put("lenient_recall", round(lenientRecall()));
      n.put("value_accuracy", round(valueAccuracy()));
      return n;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double round(double x) {
      return Math.round(x * 1000) / 1000.0;
    }
  }

  /** Parses a gold file; a malformed line is an {@link IllegalArgumentException} naming it. */
  public static List<GoldDoc> parse(String jsonl) {
    List<GoldDoc> out = new ArrayList<>();
    String[] lines = jsonl.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        out.add(parseLine(lines[i]));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("gold line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static GoldDoc parseLine(String line) throws IOException {
    JsonNode n = EventJson.mapper().readTree(line);
    String id = n.path("id").asText(null);
    String text = n.path("text").asText(null);
    if (id == null || text == null) {
      throw new IllegalArgumentException("needs \"id\" and \"text\"");
    }
    DateInterval published =
        n.hasNonNull("published") ? parsePublished(n.get("published").asText()) : null;
    String lang = n.hasNonNull("lang") ? n.get("lang").asText() : null;
    List<GoldTime> times = new ArrayList<>();
    for (JsonNode t : n.path("times")) {
      String tt = t.path("text").asText();
      int occurrence = t.path("occurrence").asInt(1);
      int at = -1;
      for (int k = 0; k < occurrence; k++) {
        at = text.indexOf(tt, at + 1);
        if (at < 0) {
          throw new IllegalArgumentException("\"" + tt + "\" not in the text of " + id);
        }
      }
      times.add(
          new GoldTime(
              new CharSpan(at, at + tt.length()),
              tt,
              t.hasNonNull("from") ? t.get("from").asText() : null,
              t.hasNonNull("to") ? t.get("to").asText() : null,
              t.path("precision").asText("unknown")));
    }
    return new GoldDoc(new Document(id, text, published, null, null, lang), times);
  }

  /** "2021-09" (a month) or "2021-09-06" (a day). */
  public static DateInterval parsePublished(String s) {
    String v = s.strip();
    if (v.length() == 7) {
      return DateInterval.month(YearMonth.parse(v));
    }
    return DateInterval.day(LocalDate.parse(v.substring(0, 10)));
  }

  /** Scores per language, then "all", in that order. */
  public static List<Score> evaluate(List<GoldDoc> gold, Function<Document, DatedDocument> dater) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (GoldDoc g : gold) {
      DatedDocument d = dater.apply(g.document());
      for (String lang : List.of(g.lang(), "all")) {
        score(
            g,
            d,
            counts.computeIfAbsent(lang, k -> new int[5]),
            lang.equals("all")
                ? errors.computeIfAbsent(lang, k -> new ArrayList<>())
                : new ArrayList<>());
      }
    }
    List<Score> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getKey().equals("all")) {
        continue;
      }
      int[] c = e.getValue();
      out.add(new Score(e.getKey(), c[0], c[1], c[2], c[3], c[4], List.of()));
    }
    int[] c = counts.getOrDefault("all", new int[5]);
    out.add(new Score("all", c[0], c[1], c[2], c[3], c[4], errors.getOrDefault("all", List.of())));
    return out;
  }

  private static void score(GoldDoc g, DatedDocument d, int[] c, List<String> errors) {
    List<TimeExpression> predicted = d.times();
    c[0] += g.times().size();
    c[1] += predicted.size();
    boolean[] used = new boolean[predicted.size()];
    for (GoldTime t : g.times()) {
      int match = -1;
      for (int i = 0; i < predicted.size(); i++) {
        if (used[i] || !predicted.get(i).span().overlaps(t.span())) {
          continue;
        }
        if (match < 0 || predicted.get(i).span().equals(t.span())) {
          match = i;
        }
      }
      if (match < 0) {
        errors.add(g.document().id() + ": missed \"" + t.text() + "\"");
        continue;
      }
      used[match] = true;
      TimeExpression p = predicted.get(match);
      c[3]++;
      if (p.span().equals(t.span())) {
        c[2]++;
      } else {
        errors.add(g.document().id() + ": span \"" + p.text() + "\" for gold \"" + t.text() + "\"");
      }
      String from = p.value() == null ? null : p.value().from().toString();
      String to = p.value() == null ? null : p.value().to().toString();
      String precision = p.value() == null ? "unknown" : p.value().precision().wire();
      if (Objects.equals(from, t.from())
          && Objects.equals(to, t.to())
          && precision.equals(t.precision())) {
        c[4]++;
      } else {
        errors.add(
            g.document().id()
                + ": \""
                + t.text()
                + "\" gave "
                + from
                + ".."
                + to
                + " "
                + precision
                + ", gold "
                + t.from()
                + ".."
                + t.to()
                + " "
                + t.precision());
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        errors.add(g.document().id() + ": spurious \"" + predicted.get(i).text() + "\"");
      }
    }
  }
}
