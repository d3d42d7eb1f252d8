package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.measure.CorpusGenerator;
import org.sitrep.measure.HeapWatch;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/**
 * Adversarial document shapes (issue 17): each shape at three sizes (x, 2x, 4x), one document per
 * size, timed in-process (CPU time of the running thread, models already loaded) with its heap, so
 * that the growth ratio between sizes shows whether a shape is linear (ratio near 2) or not.
 */
final class Adversarial {
  /** A shape: a name, the unit of its size, the base size, and the text for a given size. */
  record Shape(String name, String unit, int base, IntFunction<String> text) {}

  /** One measured size of a shape. */
  record Row(
      String shape,
      String unit,
      int size,
      int chars,
      double cpuSeconds,
      long peakHeap,
      long liveHeap,
      String outcome) {}

  private Adversarial() {}

  static List<Shape> shapes(double scale) {
    CorpusGenerator g = new CorpusGenerator(42);
    return List.of(
        new Shape("zero-width-joiner flood", "joiners", scaled(25_000, scale), n -> zwj(n)),
        new Shape("combining-mark flood", "marks", scaled(50_000, scale), n -> combining(n)),
        new Shape("tiny paragraphs", "paragraphs", scaled(25_000, scale), n -> paragraphs(n)),
        new Shape("one line, no newline", "bytes", scaled(2_250_000, scale), n -> prose(g, n, " ")),
        new Shape("ordinary prose", "bytes", scaled(2_500_000, scale), n -> prose(g, n, "\n\n")));
  }

  private static int scaled(int base, double scale) {
    return Math.max(100, (int) Math.round(base * scale));
  }

  /** Words glued by zero-width joiners: one huge token to the tokenizer. */
  static String zwj(int joiners) {
    StringBuilder b = new StringBuilder(joiners * 2 + 64).append("Clashes in the town. ");
    for (int i = 0; i < joiners; i++) {
      b.append((char) ('a' + i % 26)).append('\u200D');
    }
    return b.append(" end.").toString();
  }

  /** One letter carrying every combining mark, then a short sentence. */
  static String combining(int marks) {
    StringBuilder b = new StringBuilder(marks + 64).append("Shelling reported. e");
    for (int i = 0; i < marks; i++) {
      b.append((char) (0x0300 + i % 0x70));
    }
    return b.append(" end.").toString();
  }

  /** Many one-word paragraphs. */
  static String paragraphs(int n) {
    StringBuilder b = new StringBuilder(n * 8);
    for (int i = 0; i < n; i++) {
      b.append("Word").append(i % 10).append(".\n\n");
    }
    return b.toString();
  }

  /** Synthetic press text of about {@code bytes} characters, documents joined by {@code sep}. */
  static String prose(CorpusGenerator g, int bytes, String sep) {
    StringBuilder b = new StringBuilder(bytes + 4096);
    for (long i = 0; b.length() < bytes; i++) {
      if (b.length() > 0) {
        b.append(sep);
      }
      // Newlines inside a generated text joined too, so that "one line" has none.
      b.append(sep.equals(" ") ? g.document(i).text().replace('\n', ' ') : g.document(i).text());
    }
    b.setLength(bytes);
    return b.toString();
  }

  static List<Row> run(
      Pipeline pipeline, double scale, String only, java.util.function.Consumer<Row> each) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Row> rows = new ArrayList<>();
    for (Shape s : shapes(scale)) {
      if (only != null && !s.name().contains(only)) {
        continue;
      }
      for (int factor : new int[] {1, 2, 4}) {
        int size = s.base() * factor;
        String text = s.text().apply(size);
        Document d =
            new Document(
                "adv-" + s.name().replace(' ', '-') + "-" + size,
                text,
                DateInterval.day(java.time.LocalDate.of(2024, 3, 1)),
                "bench",
                null,
                "en");
        String outcome;
        long cpu0;
        long cpu1;
        long peak;
        long live;
        try (HeapWatch heap = new HeapWatch()) {
          cpu0 = threads.getCurrentThreadCpuTime();
          try {
            ExtractedDocument x = pipeline.run(d);
            outcome = BenchMain.tokens(x) + " tokens, " + x.events().size() + " events";
          } catch (RuntimeException e) {
            outcome = "rejected: " + e.getMessage();
          }
          cpu1 = threads.getCurrentThreadCpuTime();
          peak = heap.peakUsed();
          live = heap.peakLiveAfterGc();
        }
        Row r =
            new Row(
                s.name(), s.unit(), size, text.length(), (cpu1 - cpu0) / 1e9, peak, live, outcome);
        rows.add(r);
        each.accept(r);
      }
    }
    return rows;
  }

  /** A Markdown table; the ratio column divides by the previous size's figure of the same shape. */
  static String table(List<Row> rows) {
    StringBuilder b =
        new StringBuilder(
            "| shape | size | chars | CPU s | x prev | peak heap MiB | live heap MiB | outcome |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|\n");
    Row prev = null;
    for (Row r : rows) {
      String ratio =
          prev != null && prev.shape().equals(r.shape()) && prev.cpuSeconds() > 0
              ? String.format(Locale.ROOT, "%.2f", r.cpuSeconds() / prev.cpuSeconds())
              : "";
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d %s | %d | %.2f | %s | %.0f | %.0f | %s |%n",
              r.shape(),
              r.size(),
              r.unit(),
              r.chars(),
              r.cpuSeconds(),
              ratio,
              r.peakHeap() / 1048576.0,
              r.liveHeap() / 1048576.0,
              r.outcome()));
      prev = r;
    }
    return b.toString();
  }
}
