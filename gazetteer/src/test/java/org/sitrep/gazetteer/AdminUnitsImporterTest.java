package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.GazetteerPlaceResolver;
import org.sitrep.core.geo.GeoLexicon;
import org.sitrep.core.geo.GeoSettings;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/** The admin-units import on an invented hierarchy, and how its small units resolve. */
class AdminUnitsImporterTest {
  static final String VARUNA = "t:KE.01";

  static Path fixture() throws URISyntaxException {
    return Path.of(AdminUnitsImporterTest.class.getResource("/admin-units/fixture.tsv").toURI());
  }

  static Place place(String id, String name, PlaceKind k, String cc, String a1, long pop) {
    return new Place(id, name, k, cc, a1, null, 1.0 + pop / 1e6, 37.0, pop, List.of());
  }

  /** A province with a capital and a town named like one of its districts. */
  static GazetteerData base() {
    GazetteerData d = new GazetteerData();
    d.put(
        new Place(
            VARUNA,
            "Varuna County",
            PlaceKind.PROVINCE,
            "KE",
            VARUNA,
            null,
            0.5,
            36.5,
            0,
            List.of()));
    d.put(place("t:oltara", "Oltara", PlaceKind.PROVINCIAL_CAPITAL, "KE", VARUNA, 20_000));
    d.put(place("t:sibuti", "Sibuti", PlaceKind.POPULATED_PLACE, "KE", VARUNA, 3_000));
    d.put(place("t:dovari", "Dovari", PlaceKind.POPULATED_PLACE, "KE", VARUNA, 800));
    d.put(place("t:mvua", "Mvua", PlaceKind.POPULATED_PLACE, "KE", VARUNA, 5_000));
    return d;
  }

  static GazetteerData imported() throws URISyntaxException {
    GazetteerData d = base();
    AdminUnitsImporter.importUnits(AdminUnitsImporter.readTsv(fixture()), "fixture", d);
    return d;
  }

  @Test
  void districtsGoUnderTheirProvinceAtTheirTownOrTheCapital() throws Exception {
    GazetteerData d = base();
    var o = AdminUnitsImporter.importUnits(AdminUnitsImporter.readTsv(fixture()), "fixture", d);
    Place kelmoro = d.get("fixture:admin2:D1:Kelmoro").orElseThrow();
    assertThat(kelmoro.kind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(kelmoro.admin1Id()).isEqualTo(VARUNA);
    assertThat(kelmoro.admin2Id()).isEqualTo(kelmoro.id());
    // No town of its name: the province capital's point.
    assertThat(kelmoro.lat()).isEqualTo(d.get("t:oltara").orElseThrow().lat());
    Place sibuti = d.get("fixture:admin2:D2:Sibuti").orElseThrow();
    assertThat(sibuti.lat()).isEqualTo(d.get("t:sibuti").orElseThrow().lat());
    // The town of the district's name is in it; the repeated row adds nothing.
    assertThat(d.get("t:sibuti").orElseThrow().admin2Id()).isEqualTo(sibuti.id());
    assertThat(d.get("fixture:admin2:D2b:Sibuti")).isEmpty();
    // A province the gazetteer lacks: its units are skipped, not invented.
    assertThat(d.get("fixture:admin2:D3:Pelagor")).isEmpty();
    assertThat(o.districtsNew()).isEqualTo(2);
  }

  @Test
  void wardsTakeTheirDistrictUnlessGenericOrAlreadyATown() throws Exception {
    GazetteerData d = imported();
    Place w = d.get("fixture:admin3:W1:Ngarimu").orElseThrow();
    assertThat(w.kind()).isEqualTo(PlaceKind.POPULATED_PLACE);
    assertThat(w.population()).isZero();
    assertThat(w.admin1Id()).isEqualTo(VARUNA);
    assertThat(w.admin2Id()).isEqualTo("fixture:admin2:D1:Kelmoro");
    assertThat(w.lat()).isEqualTo(d.get("fixture:admin2:D1:Kelmoro").orElseThrow().lat());
    assertThat(d.get("fixture:admin3:W2:Industrial Area")).isEmpty();
    assertThat(d.get("fixture:admin3:W4:Kelmoro")).isEmpty();
    assertThat(d.get("fixture:admin3:W6:Quenta")).isEmpty();
    // "Tamsi/Ruvo": each part is a name of the ward.
    assertThat(d.findByName("Ruvo", Set.of(PlaceKind.POPULATED_PLACE), "KE", VARUNA))
        .extracting(Place::id)
        .containsExactly("fixture:admin3:W3:Tamsi/Ruvo");
    // "Soltani 'b'": also named without the letter that tells it from its twin.
    assertThat(d.findByName("Soltani", Set.of(PlaceKind.POPULATED_PLACE), "KE", VARUNA))
        .extracting(Place::id)
        .containsExactly("fixture:admin3:W8:Soltani 'b'");
    // A ward that is a known town: the town gets the district, no second entry.
    assertThat(d.get("fixture:admin3:W5:Dovari")).isEmpty();
    assertThat(d.get("t:dovari").orElseThrow().admin2Id()).isEqualTo("fixture:admin2:D2:Sibuti");
  }

  @Test
  void aWardPartThatIsATownGivesTheTownItsDistrictInsteadOfATie() throws Exception {
    GazetteerData d = imported();
    assertThat(d.get("t:oltara").orElseThrow().admin2Id()).isEqualTo("fixture:admin2:D2:Sibuti");
    assertThat(d.findByName("Oltara", Set.of(PlaceKind.POPULATED_PLACE), "KE", VARUNA)).isEmpty();
    assertThat(d.findByName("Lusaka", Set.of(PlaceKind.POPULATED_PLACE), "KE", VARUNA))
        .extracting(Place::id)
        .containsExactly("fixture:admin3:W11:Lusaka/Oltara");
  }

  @Test
  void localitiesJoinTheDistrictOfTheUnitTheyLieIn() throws Exception {
    GazetteerData d = imported();
    Set<PlaceKind> pp = Set.of(PlaceKind.POPULATED_PLACE);
    Place kelmoro = d.get("fixture:admin2:D1:Kelmoro").orElseThrow();
    // No parent named, but the first word of two wards of one district.
    Place tembo = d.findByName("Tembo", pp, "KE", VARUNA).get(0);
    assertThat(tembo.admin2Id()).isEqualTo(kelmoro.id());
    assertThat(tembo.lat()).isEqualTo(kelmoro.lat());
    // Within a ward, and known without its generic last word too.
    assertThat(d.findByName("Rafiki", pp, "KE", VARUNA))
        .extracting(Place::admin2Id)
        .containsExactly(kelmoro.id());
    // Within a locality placed before.
    assertThat(d.findByName("Mwezi", pp, "KE", VARUNA))
        .extracting(Place::admin2Id)
        .containsExactly(kelmoro.id());
    // A town of its name (without "Town") takes the district of the ward it lies in, even a ward
    // whose name is generic; no second place.
    assertThat(d.get("t:mvua").orElseThrow().admin2Id()).isEqualTo("fixture:admin2:D2:Sibuti");
    assertThat(d.findByName("Mvua", pp, "KE", VARUNA)).hasSize(1);
    // A name the province has already adds nothing.
    assertThat(d.findByName("Ngarimu", pp, "KE", VARUNA))
        .extracting(Place::id)
        .containsExactly("fixture:admin3:W1:Ngarimu");
    // A parent nobody knows: in the province, at its capital, without a district.
    Place kisiwa = d.findByName("Kisiwa", pp, "KE", VARUNA).get(0);
    assertThat(kisiwa.admin2Id()).isNull();
    assertThat(kisiwa.lat()).isEqualTo(d.get("t:oltara").orElseThrow().lat());
    // Generic words only: not a place.
    assertThat(d.findByName("Market Centre", pp, "KE", VARUNA)).isEmpty();
  }

  static Resolution.Resolved resolve(GazetteerData d, String text, String theatre) {
    GeoSettings def = GeoSettings.defaults();
    var resolver =
        new GazetteerPlaceResolver(
            d.freeze(),
            GeoLexicon.standard(),
            new GeoSettings(Set.of(theatre), def.maxTokens(), def.minScore(), def.tieMargin()));
    List<PlaceMention> ms = resolver.resolveText(text);
    assertThat(ms).isNotEmpty();
    assertThat(ms.get(0).resolution()).isInstanceOf(Resolution.Resolved.class);
    return (Resolution.Resolved) ms.get(0).resolution();
  }

  @Test
  void aWardResolvesToItsDistrictAndProvinceButLosesToABiggerNamesakeAbroad() throws Exception {
    GazetteerData d = imported();
    var r = resolve(d, "Two traders were robbed in Ngarimu on Friday.", "KE");
    assertThat(r.place().id()).isEqualTo("fixture:admin3:W1:Ngarimu");
    var loc = d.freeze().location(r);
    assertThat(loc.admin1()).isEqualTo("Varuna County");
    assertThat(loc.admin2()).isEqualTo("Kelmoro");
    var k = resolve(d, "Police fired tear gas in Kelmoro on Friday.", "KE");
    assertThat(k.place().id()).isEqualTo("fixture:admin2:D1:Kelmoro");
    assertThat(k.geoPrecision()).isEqualTo(2);

    d.put(place("t:ngarimu-af", "Ngarimu", PlaceKind.POPULATED_PLACE, "AF", "t:AF.01", 150_000));
    var abroad = resolve(d, "Two traders were robbed in Ngarimu on Friday.", "AF");
    assertThat(abroad.place().id()).isEqualTo("t:ngarimu-af");
  }

  @Test
  void aPlaceAtItsDistrictsPointIsKnownToItsDistrictAndNeedsAContextOpeningASentence()
      throws Exception {
    GazetteerData d = imported();
    // The ward stands at its district's point: precision 2, not 1.
    var w = resolve(d, "Shops were looted in Ngarimu on Sunday.", "KE");
    assertThat(w.place().id()).isEqualTo("fixture:admin3:W1:Ngarimu");
    assertThat(w.geoPrecision()).isEqualTo(2);
    // Opening a sentence, a capitalised word is no sign of a name: such a place needs a context.
    var resolver =
        new GazetteerPlaceResolver(
            d.freeze(), GeoLexicon.standard(), new GeoSettings(Set.of("KE"), 5, 1.0, 0.1));
    assertThat(resolver.resolveText("Ngarimu traders closed their shops on Monday."))
        .noneMatch(m -> m.resolution() instanceof Resolution.Resolved);
    var residents = resolve(d, "Ngarimu residents closed the road on Monday.", "KE");
    assertThat(residents.place().id()).isEqualTo("fixture:admin3:W1:Ngarimu");
  }

  @Test
  void aUnitNameWithoutAContextWordGivesWayToALocatedPlaceOfItsSentence() throws Exception {
    var resolver =
        new GazetteerPlaceResolver(
            imported().freeze(), GeoLexicon.standard(), new GeoSettings(Set.of("KE"), 5, 1.0, 0.1));
    // A person or a facility named like a ward, beside a town: the town places the sentence.
    assertThat(resolver.resolveText("Crowds awaited the Ngarimu motorcade bound for Oltara."))
        .extracting(PlaceMention::surface)
        .containsExactly("Oltara");
    // With a context word it is a place; before its own province it stays too.
    assertThat(resolver.resolveText("Shops were looted in Ngarimu near Oltara."))
        .extracting(PlaceMention::surface)
        .contains("Ngarimu");
    assertThat(resolver.resolveText("Crowds gathered at dawn: Ngarimu, Varuna County."))
        .extracting(PlaceMention::surface)
        .contains("Ngarimu");
  }

  @Test
  void aLocatedTownBeatsANamesakeKnownOnlyByItsUnit() throws Exception {
    GazetteerData d = imported();
    d.put(place("t:mwezi", "Mwezi", PlaceKind.POPULATED_PLACE, "KE", VARUNA, 0));
    var r = resolve(d, "Police dispersed a crowd in Mwezi on Sunday.", "KE");
    assertThat(r.place().id()).isEqualTo("t:mwezi");
    assertThat(r.geoPrecision()).isEqualTo(1);
  }

  @Test
  void readsTheInstalledKenyaPackage() {
    String root = System.getProperty("sitrep.root");
    assumeTrue(root != null, "sitrep.root not set");
    Path modules = Gazetteers.vendorCitiesJson(Path.of(root)).getParent();
    var sources = AdminUnitsImporter.installed(modules);
    assumeTrue(!sources.isEmpty(), "npm kenya-locations absent: run scripts/setup");
    var s = sources.get(0);
    assertThat(Files.isRegularFile(modules.resolve(s.pkg()).resolve(s.file()))).isTrue();
    var units = AdminUnitsImporter.readPackage(modules.resolve(s.pkg()).resolve(s.file()), s);
    assertThat(units.stream().filter(u -> u.level() == 2).count()).isGreaterThan(250);
    assertThat(units.stream().filter(u -> u.level() == 3).count()).isGreaterThan(1000);
    assertThat(units)
        .allSatisfy(
            u -> {
              assertThat(u.admin1()).isNotBlank();
              assertThat(u.country()).isEqualTo("KE");
            });
  }
}
