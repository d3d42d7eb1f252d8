package org.sitrep.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Document;

class CorpusGeneratorTest {
  private final CorpusGenerator gen = new CorpusGenerator(42);

  @Test
  void sameSeedSameCorpusAndAnyDocumentCanBeRegeneratedAlone() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    gen.write(50, a);
    new CorpusGenerator(42).write(50, b);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(new CorpusGenerator(42).document(37)).isEqualTo(gen.document(37));
    assertThat(new CorpusGenerator(43).document(37).text()).isNotEqualTo(gen.document(37).text());
  }

  @Test
  void linesAreContractJsonThatTheReaderReadsBackUnchanged() {
    StringWriter w = new StringWriter();
    gen.write(200, w);
    String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize(200);
    for (int i = 0; i < lines.length; i++) {
      ReadResult r = DocumentReader.parseJsonLine("corpus:" + (i + 1), lines[i]);
      assertThat(r).isInstanceOf(ReadResult.Ok.class);
      assertThat(((ReadResult.Ok) r).document()).isEqualTo(gen.document(i));
    }
  }

  @Test
  void mixesFrenchAndEnglishArticlesAndPostsWithVariedSpellings() {
    Set<String> langs = new HashSet<>();
    int posts = 0;
    long chars = 0;
    Set<String> panjshirSpellings = new HashSet<>();
    for (long i = 0; i < 1000; i++) {
      Document d = gen.document(i);
      langs.add(d.lang());
      chars += d.text().length();
      if (d.source().startsWith("synthetic-post")) {
        posts++;
        assertThat(d.text().length()).isLessThan(600);
      }
      for (String s : new String[] {"Panjshir", "Panshir", "Panchir", "Panjsher"}) {
        if (d.text().contains(s)) {
          panjshirSpellings.add(s);
        }
      }
      assertThat(d.text()).doesNotContain("{").doesNotContain(" de les ").doesNotContain(" à le ");
    }
    assertThat(langs).containsExactlyInAnyOrder("fr", "en");
    assertThat(posts).isBetween(100, 200);
    // Press articles of a few hundred words on average, as a monitoring feed has.
    assertThat(chars / 1000).isBetween(800L, 2500L);
    assertThat(panjshirSpellings).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void idsAreUniqueAndDatesFallInTheTheatreWindow() {
    Set<String> ids =
        LongStream.range(0, 500)
            .mapToObj(gen::document)
            .map(Document::id)
            .collect(Collectors.toSet());
    assertThat(ids).hasSize(500);
    for (long i = 0; i < 500; i++) {
      Document d = gen.document(i);
      assertThat(d.published().from().getYear()).isEqualTo(2021);
      assertThat(d.published().from().getMonthValue()).isBetween(8, 9);
    }
  }
}
