package org.sitrep.measure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sitrep.measure.Vocabulary.Place;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/**
 * A synthetic, multilingual corpus of news articles and short posts about the Afghan theatre in
 * Aug–Sep 2021: templates × places in varied spellings × time expressions × actors × casualty
 * phrases. Document {@code i} depends only on the seed and {@code i}, so any slice of the corpus
 * can be regenerated, and documents are produced one at a time (never the whole corpus in memory).
 */
public final class CorpusGenerator {
  private static final LocalDate FIRST = LocalDate.of(2021, 8, 1);
  private static final int DAYS = 61;
  private static final JsonFactory JSON = new JsonFactory();

  private final long seed;
  private final Vocabulary fr;
  private final Vocabulary en;
  private final List<Place> places;

  public CorpusGenerator(long seed) {
    this(seed, Vocabulary.load("fr"), Vocabulary.load("en"), Vocabulary.places());
  }

  CorpusGenerator(long seed, Vocabulary fr, Vocabulary en, List<Place> places) {
    this.seed = seed;
    this.fr = Objects.requireNonNull(fr, "fr");
    this.en = Objects.requireNonNull(en, "en");
    this.places = List.copyOf(places);
  }

  /** Document number {@code index} of this seed's corpus. */
  public Document document(long index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    // Mix like a monitoring feed: 60 % French press, 25 % English press, 15 % short posts.
    int kind = r.nextInt(100);
    boolean post = kind >= 85;
    Vocabulary v = kind < 60 ? fr : kind < 85 ? en : (r.nextInt(3) == 0 ? fr : en);
    LocalDate published = FIRST.plusDays(r.nextInt(DAYS));
    // A few outlets give only the month, as the seed articles do.
    DateInterval pub =
        r.nextInt(10) == 0
            ? DateInterval.month(java.time.YearMonth.from(published))
            : DateInterval.day(published);
    StringBuilder text = new StringBuilder(post ? 200 : 2500);
    Story story = new Story(r, v, pick(r, places));
    int sentences = post ? 1 + r.nextInt(2) : 6 + r.nextInt(22);
    int paragraph = 0;
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        // Paragraphs of 2 to 5 sentences.
        if (++paragraph >= 2 + r.nextInt(4)) {
          text.append("\n\n");
          paragraph = 0;
        } else {
          text.append(' ');
        }
      }
      // French articles quote an English post now and then, as real ones do.
      Vocabulary sv = v == fr && !post && r.nextInt(25) == 0 ? en : v;
      text.append(story.sentence(sv));
    }
    String id = "syn-" + seed + "-" + index;
    String source = post ? "synthetic-post-" + v.lang() : "synthetic-press-" + v.lang();
    return new Document(id, text.toString(), pub, source, null, v.lang());
  }

  /** Writes documents {@code [0, count)} as JSON Lines (CONTRACTS.md §1). */
  public void write(long count, Writer out) {
    try {
      for (long i = 0; i < count; i++) {
        out.write(jsonLine(document(i)));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write corpus", e);
    }
  }

  /** One document as a JSON line of the input contract. */
  public static String jsonLine(Document d) {
    StringWriter w = new StringWriter(d.text().length() + 200);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("text", d.text());
      if (d.published() != null) {
        DateInterval p = d.published();
        g.writeStringField(
            "published",
            p.from().equals(p.to()) ? p.from().toString() : p.from().toString().substring(0, 7));
      }
      if (d.source() != null) {
        g.writeStringField("source", d.source());
      }
      if (d.lang() != null) {
        g.writeStringField("lang", d.lang());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static <T> T pick(SplittableRandom r, List<T> l) {
    return l.get(r.nextInt(l.size()));
  }

  /**
   * One story: a main place and a neighbour, two sides. Its sentences keep coming back to them, as
   * an article does, each time in a spelling picked anew.
   */
  private final class Story {
    private final SplittableRandom r;
    private final Place main;
    private final Place other;
    private final int actor;
    private final int actor2;

    Story(SplittableRandom r, Vocabulary v, Place main) {
      this.r = r;
      this.main = main;
      Place o = pick(r, places);
      this.other = o == main ? places.get((places.indexOf(main) + 1) % places.size()) : o;
      this.actor = r.nextInt(v.actors().size());
      int a2 = r.nextInt(v.actors().size() - 1);
      this.actor2 = a2 >= actor ? a2 + 1 : a2;
    }

    String sentence(Vocabulary v) {
      String t = pick(r, v.templates());
      StringBuilder out = new StringBuilder(t.length() + 80);
      int i = 0;
      while (i < t.length()) {
        int open = t.indexOf('{', i);
        if (open < 0) {
          out.append(t, i, t.length());
          break;
        }
        int close = t.indexOf('}', open);
        out.append(t, i, open);
        out.append(fill(v, t.substring(open + 1, close)));
        i = close + 1;
      }
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
      return v.contract(out.toString());
    }

    private String fill(Vocabulary v, String slot) {
      switch (slot) {
        case "actor":
          return v.actors().get(actor % v.actors().size());
        case "actor2":
          return v.actors().get(actor2 % v.actors().size());
        case "place":
          return pick(r, main.spellings());
        case "place2":
          return pick(r, other.spellings());
        case "province":
          return main.province();
        case "date":
          return expand(v, pick(r, v.dates()));
        case "casualties":
          return expand(v, pick(r, v.casualties()));
        case "n":
          return Integer.toString(2 + r.nextInt(120));
        default:
          throw new IllegalStateException("unknown slot {" + slot + "} in a bench template");
      }
    }

    private String expand(Vocabulary v, String phrase) {
      int w = r.nextInt(7);
      int n = 2 + r.nextInt(80);
      return phrase
          .replace("{weekday2}", v.weekdays().get((w + 1) % 7))
          .replace("{weekday}", v.weekdays().get(w))
          .replace("{day}", Integer.toString(1 + r.nextInt(30)))
          .replace("{month}", pick(r, v.months()))
          .replace("{n}", Integer.toString(n))
          .replace("{m}", Integer.toString(n + r.nextInt(40)));
    }
  }
}
