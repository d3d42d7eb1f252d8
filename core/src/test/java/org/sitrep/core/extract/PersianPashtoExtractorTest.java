package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/** Persian (Dari) and Pashto sentences of our own through the real stages. */
class PersianPashtoExtractorTest {
  private static List<Event> of(List<Event> events, EventKind kind) {
    return events.stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void aPersianCaptureWithTheVerbLastTakesItsSubjectAsTheNewController() {
    List<Event> all =
        Fixtures.extract(
            "2021-08-18", "طالبان روز دوشنبه ولسوالی اندراب را پس از دو روز درگیری تصرف کردند.");
    Event e = of(all, EventKind.TERRITORY).get(0);
    assertThat(e.location().name()).isEqualTo("Andarab");
    assertThat(e.territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(e.date().from()).isEqualTo(LocalDate.of(2021, 8, 16));
  }

  @Test
  void aRecaptureFromSomeoneNamedBeforeTheVerbGivesBothControllers() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-08-21", "نیروهای مقاومت دیروز ولسوالی پل حصار را از طالبان پس گرفتند."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.location().name()).isEqualTo("Pul-e Hisar");
    assertThat(e.territory().controllerAfter()).isEqualTo("anti-Taliban resistance");
    assertThat(e.territory().controllerBefore()).isEqualTo("Taliban");
    assertThat(e.date().from()).isEqualTo(LocalDate.of(2021, 8, 20));
  }

  @Test
  void aSolarDateAndANeutralSourceInPersian() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-08-30",
                    "به گزارش منابع محلی، طالبان در ۲۵ اسد ۱۴۰۰ کنترل ولسوالی ده صلاح را به دست"
                        + " گرفتند."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.location().name()).isEqualTo("Deh-e Salah");
    assertThat(e.date().from()).isEqualTo(LocalDate.of(2021, 8, 16));
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void aFallWithoutFightingIsNoClash() {
    List<Event> all =
        Fixtures.extract("2021-08-15", "ولسوالی اندراب امروز بدون درگیری به دست طالبان سقوط کرد.");
    assertThat(of(all, EventKind.CLASH)).isEmpty();
    Event e = of(all, EventKind.TERRITORY).get(0);
    assertThat(e.territory().controllerAfter()).isEqualTo("Taliban");
  }

  @Test
  void aPashtoCaptureAndItsCasualties() {
    String text =
        "طالبانو پرون د کندز ښار ونیو. په دې جګړه کې د اندراب ولسوالۍ درې سرتېري ووژل شول.";
    List<Event> all = Fixtures.extract("2021-08-09", text);
    Event t = of(all, EventKind.TERRITORY).get(0);
    assertThat(t.location().name()).isEqualTo("Kunduz");
    assertThat(t.territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(t.date().from()).isEqualTo(LocalDate.of(2021, 8, 8));
    Event c = of(all, EventKind.CLASH).get(0);
    assertThat(c.location().name()).isEqualTo("Andarab");
    assertThat(c.fatalities().killed()).isEqualTo(3);
    for (Event e : all) {
      assertThat(e.evidence().get(0).quote())
          .isEqualTo(text.substring(e.evidence().get(0).start(), e.evidence().get(0).end()));
    }
  }

  @Test
  void aPersianListOfDistrictsAllChangeHands() {
    List<Event> t =
        of(
            Fixtures.extract(
                "2021-08-21",
                "ولسوالی های پل حصار، ده صلاح و اندراب پس از یک هفته از کنترل طالبان خارج شد."),
            EventKind.TERRITORY);
    assertThat(t)
        .extracting(e -> e.location().name())
        .containsExactlyInAnyOrder("Pul-e Hisar", "Deh-e Salah", "Andarab");
    assertThat(t).extracting(e -> e.territory().controllerBefore()).containsOnly("Taliban");
  }

  @Test
  void fightingThatNamesNoSideIsBetweenTheSidesOfTheTextAroundIt() {
    // "The Taliban attacked Kunduz on Sunday. / Local people say heavy fighting goes on near the
    // city's prison.": the fighting is between the Taliban and the government's forces.
    List<Event> all =
        Fixtures.extract(
            "2021-08-09",
            "طالبانو د یکشنبې په ورځ د کندز ښار ته د ملي اردو پر پوستو برید وکړ.\n\nځایي خلکو"
                + " وویل چې په کندز کې د زندان سره درنه جګړه روانه ده.");
    List<Event> clashes = of(all, EventKind.CLASH);
    assertThat(clashes).isNotEmpty();
    assertThat(clashes).allMatch(e -> actorIds(e).containsAll(List.of("taliban", "afg_gov")));
    // "fresh government forces" with an adjective between the noun and "government"
    List<Event> fa =
        Fixtures.extract(
            "2021-07-08", "نیروهای تازه دم دولتی دیروز در شهر کندز با طالبان درگیر شدند.");
    assertThat(of(fa, EventKind.CLASH)).isNotEmpty();
    assertThat(actorIds(of(fa, EventKind.CLASH).get(0))).contains("afg_gov", "taliban");
  }

  private static List<String> names(List<Event> events) {
    return events.stream().map(e -> e.location().name()).toList();
  }

  private static List<String> actorIds(Event e) {
    return e.actors().stream().map(a -> a.actorId() == null ? a.name() : a.actorId()).toList();
  }

  @Test
  void aProvinceSummaryThenItsDistrictsGivesOneEventPerDistrict() {
    List<Event> t =
        of(
            Fixtures.extract(
                "2021-07-10",
                "پنج ولسوالی بدخشان به دست طالبان سقوط کرد.\n\nیک نماینده مردم بدخشان روز شنبه"
                    + " گفت که ولسوالیهای کشم، تشکان و وردوج به دست طالبان سقوط کرده است."),
            EventKind.TERRITORY);
    assertThat(names(t)).containsExactlyInAnyOrder("Kishim", "Tashkan", "Warduj");
  }

  @Test
  void twoCapturesOfOneSentenceAtNestedPlacesStayTwo() {
    List<Event> t =
        of(
            Fixtures.extract(
                "2021-05-23",
                "طالبانو د شنبې په ورځ د لغمان څو پوستې نیولې دي، سرچینې وايي طالبانو پرون دولت شاه"
                    + " ولسوالي هم نيولې ده."),
            EventKind.TERRITORY);
    assertThat(names(t)).containsExactlyInAnyOrder("Laghman", "Dawlat Shah");
  }

  @Test
  void aNumberedArmyCorpsIsNoPlace() {
    List<Event> fa =
        Fixtures.extract(
            "2021-08-02", "قول اردوی ۲۱۵ میوند اعلام کرد که طالبان ولسوالی کشم را تصرف کردند.");
    assertThat(names(fa)).contains("Kishim").doesNotContain("Maywand");
    List<Event> ps =
        Fixtures.extract(
            "2021-08-02", "د ۲۱۵ میوند قول اردو ویاند وویل چې طالبانو پرون د کشم ولسوالۍ ونیوله.");
    assertThat(names(ps)).contains("Kishim").doesNotContain("Maywand");
  }

  @Test
  void anActorClosingAMarkedObjectIsNotTheSubject() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-07-17",
                    "نیروهای امنیتی دیروز گذرگاه مرزی اسپین بولدک در نزدیکی پاکستان را از طالبان"
                        + " پس گرفتند."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.territory().controllerAfter()).isEqualTo("Afghan government forces");
    assertThat(e.territory().controllerBefore()).isEqualTo("Taliban");
  }

  @Test
  void theForceABlastKilledIsItsOtherSideAndTheResidentWhoTellsIsNoVictim() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-06-10",
                    "یوه اوسیدونکي وویل چې د کندهار په ښار کې د ماین په چاودنه کې څلور د ملي اردو"
                        + " سرتېري ووژل شول."),
                EventKind.EXPLOSION)
            .get(0);
    assertThat(actorIds(e)).contains("afg_gov").doesNotContain("civilians");
  }

  @Test
  void aHolderNamedAfterAFallIsTheNewOne() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-08-12", "با سقوط شهر فراه، شمار ولایتهای تحت کنترل طالبان به پنج رسید."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.location().name()).isEqualTo("Farah");
    assertThat(e.territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(e.territory().controllerBefore()).isNull();
  }

  @Test
  void theCityMeansTheTownNamedBefore() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-08-02",
                    "جنگجویان طالبان دیروز به شهر قندوز حمله کردند. طالبان ادعا دارند که حوزه دوم"
                        + " شهر را تصرف کرده اند."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.location().name()).isEqualTo("Kunduz");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void aPashtoFallNamesItsPlaceBeforeIt() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-08-12", "سرچینو وویل چې د فراه ښار له سقوط سره، دولتي ادارې وتړل شوې."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.location().name()).isEqualTo("Farah");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void aPlaceInAProvinceIsOnePlace() {
    List<Event> t =
        of(
            Fixtures.extract(
                "2021-07-17",
                "ارتش افغانستان دیروز گذرگاه اسپین بولدک در قندهار را از طالبان پس گرفت."),
            EventKind.TERRITORY);
    assertThat(names(t)).containsExactly("Spin Boldak");
  }

  @Test
  void aCaptureThatIsOnlyThePurposeOfAnAttackIsNoCapture() {
    assertThat(
            of(
                Fixtures.extract("2021-08-02", "طالبانو پرون د کندز ښار د نیولو لپاره برید وکړ."),
                EventKind.TERRITORY))
        .isEmpty();
    assertThat(
            of(
                Fixtures.extract("2021-08-02", "طالبان دیروز برای تصرف شهر قندوز حمله کردند."),
                EventKind.TERRITORY))
        .isEmpty();
  }

  @Test
  void aHeadlineOfACaptureAndTheBodysDayAreOneCapture() {
    List<Event> t =
        of(
            Fixtures.extract(
                "2021-07-17",
                "ارتش گذرگاه اسپین بولدک را از طالبان پس گرفت\n\nنیروهای امنیتی روز جمعه گذرگاه"
                    + " اسپین بولدک را از طالبان پس گرفتند."),
            EventKind.TERRITORY);
    assertThat(t).hasSize(1);
    assertThat(t.get(0).date().from()).isEqualTo(LocalDate.of(2021, 7, 16));
  }

  @Test
  void aSideThatClaimsThePlaceInItsOwnSentenceOutranksTheCreditLine() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-07-17",
                    "نیروهای امنیتی گذرگاه اسپین بولدک را از طالبان پس گرفتند\n\nبه گزارش یک"
                        + " رادیوی محلی، وزارت داخله اعلام کرد که نیروهای امنیتی روز جمعه گذرگاه"
                        + " اسپین بولدک را از طالبان پس گرفتند."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void aSideThatClaimsTheProvinceAroundLeavesTheCreditLine() {
    Event e =
        of(
                Fixtures.extract(
                    "2021-08-07",
                    "According to a local radio, the Taliban on Friday captured the city of"
                        + " Kunduz.\n\nA Taliban spokesman said their fighters had captured Kunduz"
                        + " province."),
                EventKind.TERRITORY)
            .get(0);
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }
}
