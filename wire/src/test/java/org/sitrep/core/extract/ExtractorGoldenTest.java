package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;

/**
 * Golden file: the extractor's canonical JSON on the project's own fixture articles. Regenerate
 * with {@code -Dsitrep.golden.update=true} after checking the difference by eye.
 */
class ExtractorGoldenTest {
  private static final String DIR = "sitrep/extract/golden/";

  @Test
  void articlesGiveTheRecordedEvents() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Document d : docs()) {
      for (Event e : Fixtures.PIPELINE.run(d).events()) {
        lines.add(EventJson.toJson(e));
      }
    }
    String got = String.join("\n", lines) + "\n";
    if (Boolean.parseBoolean(System.getProperty("sitrep.golden.update"))) {
      // The recorded events live with the extractor's other test resources, in core.
      Path out = Path.of("../core/src/test/resources/" + DIR + "articles.events.jsonl");
      Files.writeString(out, got, StandardCharsets.UTF_8);
    }
    assertThat(got).isEqualTo(Fixtures.resource(DIR + "articles.events.jsonl"));
  }

  private static List<Document> docs() {
    try {
      List<Document> out = new ArrayList<>();
      for (String l : Fixtures.resource(DIR + "articles.jsonl").split("\n")) {
        var n = EventJson.mapper().readTree(l);
        out.add(
            new Document(
                n.get("id").asText(),
                n.get("text").asText(),
                org.sitrep.model.DateInterval.day(
                    java.time.LocalDate.parse(n.get("published").asText())),
                null,
                null,
                n.get("lang").asText()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
