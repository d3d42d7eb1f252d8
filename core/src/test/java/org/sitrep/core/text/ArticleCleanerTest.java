package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;

class ArticleCleanerTest {
  private static ArticleCleaner cleaner;

  @BeforeAll
  static void load() {
    cleaner =
        new ArticleCleaner(
            NlpModels.loadFromClasspath(),
            CleaningRules.loadFromClasspath(),
            ArticleCleaner.Settings.DEFAULTS);
  }

  private static String show(Document d, List<Segment> segs) {
    return segs.stream()
        .map(s -> s.kind() + "/" + s.lang() + " [" + s.span().of(d.text()) + "]")
        .collect(Collectors.joining("\n"));
  }

  private static Segment covering(Document d, CleanDocument c, String piece) {
    int at = d.text().indexOf(piece);
    assertThat(at).as(piece).isNotNegative();
    return c.segments().stream()
        .filter(s -> s.span().start() <= at && at + piece.length() <= s.span().end())
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no segment covers " + piece + "\n" + show(d, c.segments())));
  }

  @Test
  void headerAndReadingTimeOnTheSameLine() {
    Document d =
        Document.of(
            "t",
            " date 2021-08 Temps de lecture estimé : 4 minutes\n\n"
                + "Les combattants locaux affirment avoir repris le district d'Andarab, dans la"
                + " province de Baghlan, après deux jours de combats.\n");
    CleanDocument c = cleaner.clean(d);
    assertThat(covering(d, c, "date 2021-08").kind()).isEqualTo(SegmentKind.HEADER);
    assertThat(covering(d, c, "Temps de lecture estimé : 4 minutes").kind())
        .isEqualTo(SegmentKind.FURNITURE);
    Segment body = covering(d, c, "Les combattants locaux");
    assertThat(body.kind()).isEqualTo(SegmentKind.BODY);
    assertThat(body.lang()).isEqualTo("fr");
    assertThat(body.span().of(d.text())).endsWith("combats.");
  }

  @Test
  void furnitureIsLookedForOnShortLinesOnly() {
    String shortLine = "Rebels shelled the town overnight. 5 min read\n";
    String longLine =
        "Rebels shelled the town overnight. 5 min read "
            + "e\u0301".repeat(ArticleCleaner.FURNITURE_MAX_LINE)
            + "\n";
    Document a = Document.of("a", shortLine);
    assertThat(covering(a, cleaner.clean(a), "5 min read").kind()).isEqualTo(SegmentKind.FURNITURE);
    Document b = Document.of("b", longLine);
    assertThat(cleaner.clean(b).segments()).noneMatch(seg -> seg.kind() == SegmentKind.FURNITURE);
  }

  @Test
  void englishTweetInFrenchArticleIsAQuotedPostWithItsOwnLanguage() {
    String tweet =
        "Our fighters pushed the Taliban out of Pul-e-Hesar this morning and the valley is holding."
            + " Stand with Andarab! #Resistance @valleyvoice";
    Document d =
        new Document(
            "p",
            "date 2021-08-22\n\nUn compte proche de la résistance a publié ce message samedi soir,"
                + " sans que l'on puisse le vérifier de source indépendante.\n\n"
                + tweet
                + "\n\npic.twitter.com/Ab12Cd34\n\nLes talibans n'ont pas réagi dans l'immédiat.\n",
            null,
            null,
            null,
            "fr");
    CleanDocument c = cleaner.clean(d);
    Segment post = covering(d, c, tweet);
    assertThat(post.kind()).as(show(d, c.segments())).isEqualTo(SegmentKind.QUOTED_POST);
    assertThat(post.lang()).isEqualTo("en");
    assertThat(covering(d, c, "pic.twitter.com/Ab12Cd34").kind()).isEqualTo(SegmentKind.FURNITURE);
    Segment last = covering(d, c, "Les talibans n'ont pas");
    assertThat(last.kind()).isEqualTo(SegmentKind.BODY);
    assertThat(last.lang()).isEqualTo("fr"); // short: takes the declared language
  }

  @Test
  void hashtagInsideTheArticlesOwnSentenceStaysBody() {
    Document d =
        Document.of(
            "h",
            "Selon un message publié en ligne, le district de Deh-e-Salah aurait été repris aux"
                + " #talibans dans la nuit, ce que le mouvement dément.\n");
    CleanDocument c = cleaner.clean(d);
    assertThat(c.segments()).singleElement().extracting(Segment::kind).isEqualTo(SegmentKind.BODY);
  }

  @Test
  void englishFurnitureShareLinesAndInlinePicLink() {
    String text =
        "date 2021-08-16\n5 min read\n\nShare on Facebook | Twitter | Email\n\n"
            + "Fighting resumed near Kunduz on Sunday, residents said, as Taliban units moved"
            + " toward the airport. pic.twitter.com/Zz9YyXx\n\n"
            + "Subscribe to our daily newsletter\n";
    Document d = Document.of("e", text);
    CleanDocument c = cleaner.clean(d);
    assertThat(covering(d, c, "5 min read").kind()).isEqualTo(SegmentKind.FURNITURE);
    assertThat(covering(d, c, "Share on Facebook | Twitter | Email").kind())
        .isEqualTo(SegmentKind.FURNITURE);
    assertThat(covering(d, c, "pic.twitter.com/Zz9YyXx").kind()).isEqualTo(SegmentKind.FURNITURE);
    Segment body = covering(d, c, "Fighting resumed");
    assertThat(body.kind()).isEqualTo(SegmentKind.BODY);
    assertThat(body.lang()).isEqualTo("en");
    assertThat(body.span().of(text)).endsWith("airport.");
    assertThat(covering(d, c, "Subscribe to our daily newsletter").kind())
        .isEqualTo(SegmentKind.FURNITURE);
  }

  @Test
  void segmentsNeverOverlapAndPointIntoTheOriginal() throws IOException {
    for (Document d : docs()) {
      CleanDocument c = cleaner.clean(d);
      assertThat(c.text()).isSameAs(d.text());
      int end = 0;
      for (Segment s : c.segments()) {
        assertThat(s.span().start()).isGreaterThanOrEqualTo(end);
        assertThat(s.span().of(d.text())).isNotBlank().isEqualTo(s.span().of(d.text()).strip());
        end = s.span().end();
      }
      // Nothing but space and separators is left out of every segment.
      StringBuilder rest = new StringBuilder(d.text());
      for (Segment s : c.segments()) {
        for (int i = s.span().start(); i < s.span().end(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
      assertThat(rest.toString()).isBlank();
    }
  }

  @Test
  void seedArticles() throws IOException {
    Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "no ../shared/seeds");
    Path s000 = seeds.resolve("000_8353b3233decb0b7.txt");
    assumeTrue(Files.exists(s000));
    Document d = Document.of("000", Files.readString(s000, StandardCharsets.UTF_8));
    CleanDocument c = cleaner.clean(d);
    assertThat(c.segments().get(0).kind()).isEqualTo(SegmentKind.HEADER);
    assertThat(c.segments().get(1).kind()).isEqualTo(SegmentKind.FURNITURE);
    assertThat(c.segments().get(1).span().of(d.text())).startsWith("Temps de lecture");
    List<Segment> posts =
        c.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTED_POST).toList();
    assertThat(posts).as(show(d, c.segments())).hasSize(1);
    assertThat(posts.get(0).lang()).isEqualTo("en");
    Segment last = c.segments().get(c.segments().size() - 1);
    assertThat(last.kind()).isEqualTo(SegmentKind.FURNITURE);
    assertThat(last.span().of(d.text())).startsWith("pic.twitter.com/");
    assertThat(c.segments().stream().filter(s -> s.kind() == SegmentKind.BODY))
        .allMatch(s -> s.lang().equals("fr"), "French body");
    Path s004 = seeds.resolve("004_f1029444be4c6656.txt");
    if (Files.exists(s004)) {
      Document d4 = Document.of("004", Files.readString(s004, StandardCharsets.UTF_8));
      CleanDocument c4 = cleaner.clean(d4);
      assertThat(c4.segments().get(0).kind()).isEqualTo(SegmentKind.HEADER);
      assertThat(c4.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTED_POST))
          .as(show(d4, c4.segments()))
          .isEmpty();
    }
  }

  @Test
  void examplesGetTheLanguageTheyAreWrittenIn() throws IOException {
    Path examples = Path.of(System.getProperty("sitrep.root", ".."), "examples");
    assumeTrue(Files.isDirectory(examples), "no examples folder");
    int checked = 0;
    try (Stream<Path> s = Files.list(examples)) {
      for (Path p : s.filter(f -> f.toString().matches(".*_(fr|en)\\.txt")).sorted().toList()) {
        String want = p.toString().replaceAll(".*_(fr|en)\\.txt", "$1");
        Document d = Document.of(p.getFileName().toString(), Files.readString(p));
        CleanDocument c = cleaner.clean(d);
        for (Segment seg : c.segments()) {
          if (seg.kind() == SegmentKind.BODY) {
            assertThat(seg.lang()).as(p + ": " + seg.span().of(d.text())).isEqualTo(want);
            checked++;
          }
        }
        List<Segment> posts =
            c.segments().stream().filter(x -> x.kind() == SegmentKind.QUOTED_POST).toList();
        if (p.toString().contains("andarab")) {
          assertThat(posts).singleElement().extracting(Segment::lang).isEqualTo("en");
        } else {
          assertThat(posts).isEmpty();
        }
        // Every example carries some furniture or a header that must not reach the analyser.
        assertThat(c.segments()).anyMatch(x -> !x.analysed());
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  private static List<Document> docs() throws IOException {
    List<Document> out = new java.util.ArrayList<>();
    out.add(Document.of("a", "  \n\ndate 2021-08 x\n\n  | \n\nA line.\n  \n"));
    out.add(Document.of("b", "pic.twitter.com/abc pic.twitter.com/def\nhttps://example.org/x\n"));
    Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> s = Files.list(seeds)) {
        for (Path p : s.sorted().toList()) {
          out.add(Document.of(p.getFileName().toString(), Files.readString(p)));
        }
      }
    }
    Path examples = Path.of(System.getProperty("sitrep.root", ".."), "examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> s = Files.list(examples)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(Document.of(p.getFileName().toString(), Files.readString(p)));
        }
      }
    }
    return out;
  }

  /**
   * Hostile texts (kept from the seeded fuzzer, written with \\uXXXX escapes since they hold lone
   * surrogates) on which OpenNLP's language detector threw: the cleaner labels them anyway.
   */
  @Test
  void textsThatBreakTheLanguageDetectorAreStillCleaned() throws IOException {
    Path dir = Path.of("src", "test", "resources", "fuzz", "cleaner");
    List<Path> files;
    try (Stream<Path> st = Files.list(dir)) {
      files = st.filter(f -> f.toString().endsWith(".esc")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String text = unescape(Files.readString(f, StandardCharsets.UTF_8));
      CleanDocument c = cleaner.clean(Document.of(f.getFileName().toString(), text));
      assertThat(c.segments()).as(f.toString()).isNotEmpty();
      for (Segment seg : c.segments()) {
        assertThat(seg.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(seg.lang()).isNotBlank();
      }
    }
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
