package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;

/**
 * Who tells of an event and from which side: a party's claim of its own gain, an admission of its
 * own loss, a third party; a claim rebutted in its own sentence; a quotation closed before a long
 * speaker.
 */
class ClaimSidesTest {

  private static Event first(String published, String text) {
    List<Event> events = Fixtures.extract(published, text);
    assertThat(events).as(text).isNotEmpty();
    return events.get(0);
  }

  private static ClaimStatus status(String published, String text) {
    return first(published, text).claim().status();
  }

  @Test
  void aMinistryTellingOfItsOwnForcesRetakingAPlaceClaimsIt() {
    assertThat(
            status(
                "2021-06-22",
                "The Afghan Ministry of Defence said on Monday that government forces had retaken"
                    + " Kunduz from the Taliban."))
        .isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void anOutletCitingTheMinistryGivesTheMinistrysClaim() {
    Event e =
        first(
            "2021-06-22",
            "Meanwhile, a Kabul television channel, citing the Afghan Ministry of Defense, said on"
                + " Monday that Kunduz was retaken from the Taliban in an operation by government"
                + " forces.");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
    assertThat(e.claim().attributedTo()).contains("Ministry of Defense");
  }

  @Test
  void officialsOfTheSideThatWonClaimIt() {
    // "officials" alone is a neutral source; the officials of the winning side are a party.
    assertThat(
            status(
                "2021-06-22",
                "Afghan government officials said their troops recaptured Kunduz from the Taliban"
                    + " on Monday."))
        .isEqualTo(ClaimStatus.CLAIMED);
    assertThat(status("2021-06-22", "The Taliban captured Kunduz on Monday, officials said."))
        .isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void theSideThatLostAPlaceAdmitsIt() {
    // a spokesman is a party's voice, but telling of its own loss it only reports it
    assertThat(
            status(
                "2021-06-22",
                "A Defence Ministry spokesman said the Taliban had captured Kunduz on Monday."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(
            status(
                "2021-06-22",
                "A Taliban spokesman said their fighters had captured Kunduz on Monday."))
        .isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void aBlastToldByAnySideButItsAuthorIsReported() {
    // the army's spokesman of a car bomb at its base, a police spokesman of a Taliban bomb: reports
    assertThat(
            status(
                "2021-08-11",
                "د ۲۰۹ شاهین قول اردو ویاند وویل، تېره شپه وسله والو طالبانو غوښتل چې په کندز کې له"
                    + " چاودېدونکو توکو ډک موټر د ملي اردو بېز ته دننه کړي."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(
            status(
                "2021-08-11",
                "د کندز د پولیسو ویاند وویل چې پرون شپه د طالبانو په موټربم برید کې یوه پوسته"
                    + " ویجاړه شوه."))
        .isEqualTo(ClaimStatus.REPORTED);
    // its author's own spokesman claims it
    assertThat(
            status(
                "2021-08-11",
                "A Taliban spokesman said their fighters detonated a car bomb at an army base in"
                    + " Kunduz on Monday."))
        .isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void anArmedSideOutsideAFightIsAThirdParty() {
    assertThat(
            status(
                "2021-06-22",
                "Taliban fighters attacked a police checkpoint in Kunduz on Monday, a US military"
                    + " spokesman said."))
        .isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void aClaimRejectedInItsOwnSentenceIsDisputed() {
    assertThat(
            status(
                "2021-09-03",
                "The Taliban announced the capture of Kunduz on Monday, but the government"
                    + " rejected the claim."))
        .isEqualTo(ClaimStatus.DISPUTED);
    assertThat(
            status(
                "2021-09-03",
                "Les talibans ont annoncé lundi la prise de Kunduz, mais le gouvernement a démenti"
                    + " cette information."))
        .isEqualTo(ClaimStatus.DISPUTED);
    // a contrast with no denial after it leaves the capture as told
    assertThat(
            status(
                "2021-09-03",
                "The Taliban captured Kunduz on Monday, but the airport remains in government"
                    + " hands."))
        .isNotEqualTo(ClaimStatus.DISPUTED);
  }

  @Test
  void aClaimRejectedInItsOwnSentenceIsDisputedInDariAndPashto() {
    assertThat(
            status(
                "2021-09-03",
                "طالبان روز دوشنبه ولسوالی اندراب را تصرف کردند اما حکومت این ادعا را رد کرد."))
        .isEqualTo(ClaimStatus.DISPUTED);
    assertThat(status("2021-09-03", "طالبانو پرون د کندز ښار ونیو، خو حکومت دا ادعا رد کړه."))
        .isEqualTo(ClaimStatus.DISPUTED);
  }

  @Test
  void aQuotationClosedBeforeALongSpeakerIsThatSpeakersReport() {
    Event e =
        first(
            "2021-08-09",
            "“The Taliban entered Kunduz at dawn and took the governor's office,” a shopkeeper"
                + " from the old bazaar who did not give his name told a local radio.");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(e.claim().attributedTo()).contains("shopkeeper");
  }

  @Test
  void aCountryAdjectiveBeforeAStrikeNamesWhoStruck() {
    Event e =
        first(
            "2021-08-30",
            "Three people were killed by a US drone strike on a car in Kunduz on Sunday.");
    assertThat(e.actors()).extracting(a -> a.actorId()).contains("usa");
  }

  @Test
  void publicUprisingForcesFightOnTheGovernmentsSide() {
    Event e =
        first(
            "2021-06-22",
            "Public uprising forces drove the Taliban out of Kunduz on Monday after a night of"
                + " fighting.");
    assertThat(e.actors()).extracting(a -> a.actorId()).contains("afg_gov");
  }

  @Test
  void aWordOfALongerPlaceNameIsNoActor() {
    // "دولت" alone is the state (the government side); in "دولت شاه" it is part of a district name
    Event e = first("2021-05-30", "طالبانو د جمعې په ورځ د دولت شاه ولسوالۍ ونیوله.");
    assertThat(e.territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(e.actors()).extracting(a -> a.actorId()).doesNotContain("afg_gov");
  }

  @Test
  void aCreditLineNearTheTopMakesTheArticlesOwnWordsThatOutletsReport() {
    Event e =
        first(
            "2021-08-10",
            "The Taliban seized Kunduz on Sunday after days of fighting. According to a local radio"
                + " station, the governor fled to the airport.");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(e.claim().attributedTo()).isEqualTo("a local radio station");
    Event fa =
        first(
            "2021-08-10",
            "طالبان روز دوشنبه ولسوالی اندراب را تصرف کردند. به گزارش یک رادیوی محلی، والی از"
                + " شهر فرار کرد.");
    assertThat(fa.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void aSidesOwnAccountOrALateCreditLeavesTheArticlesWordsItsOwn() {
    assertThat(
            status(
                "2021-08-10",
                "The Taliban seized Kunduz on Sunday. According to the Taliban, the governor fled."))
        .isEqualTo(ClaimStatus.ASSERTED);
    assertThat(
            status(
                "2021-08-10",
                "The Taliban seized Kunduz on Sunday. The governor fled. Shops stayed shut. The"
                    + " roads were empty. According to a local radio station, the airport is"
                    + " calm."))
        .isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void theEventsOwnVerbInTheFrenchConditionalIsHedged() {
    assertThat(
            status(
                "2021-08-10",
                "Le porte-parole affirme que les talibans attaqueraient Kunduz depuis dimanche."))
        .isEqualTo(ClaimStatus.HEDGED);
    assertThat(status("2021-08-10", "Le porte-parole affirme que les talibans ont attaqué Kunduz."))
        .isNotEqualTo(ClaimStatus.HEDGED);
  }

  @Test
  void aSentenceThatPointsBackGivesItsSpeakerToTheSentenceBefore() {
    Event fr =
        first(
            "2021-06-22",
            "Les talibans se sont emparés lundi de Kunduz. C'est ce qu'a fait savoir une radio"
                + " locale.");
    assertThat(fr.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(fr.claim().attributedTo()).isEqualTo("une radio locale");
    Event en =
        first(
            "2021-06-22",
            "The Taliban captured Kunduz on Monday. That is what a local journalist said.");
    assertThat(en.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(en.claim().attributedTo()).isEqualTo("a local journalist");
  }

  @Test
  void aVerbFinalSentenceConfirmingThisNewsGivesItsSpeakerToTheSentenceBefore() {
    Event fa =
        first(
            "2021-08-11",
            "طالبان ولسوالی اندراب را تصرف کردند. منابع محلی این خبر را تأیید کردند.");
    assertThat(fa.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(fa.claim().attributedTo()).isEqualTo("منابع محلی");
    Event ps = first("2021-08-11", "طالبانو پرون د کندز ښار ونیو. ځایي سرچینو دا خبر تایید کړ.");
    assertThat(ps.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void aSpeakerNamedByNameAloneIsWhoTheTextIntroducedByThatName() {
    // "«Ahmad Karimi», the front's spokesman, announced ... / Karimi said Ishkamish too ...": the
    // second account is the front's claim, as the first is.
    List<Event> events =
        Fixtures.extract(
            "2021-08-21",
            "«احمد کریمی» سخنگوی جبهه مقاومت اعلام کرد که نیروهای مقاومت ولسوالی اندراب را از"
                + " طالبان پس گرفتند.\n\nکریمی گفت که ولسوالی ده صلاح نیز به کنترل نیروهای مقاومت"
                + " در آمد.");
    assertThat(events).hasSize(2);
    assertThat(events).allMatch(e -> e.claim().status() == ClaimStatus.CLAIMED);
    // a name the text never introduced stays a witness's report
    assertThat(status("2021-08-21", "کریمی گفت که ولسوالی ده صلاح به کنترل نیروهای مقاومت در آمد."))
        .isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void anEventThatIsTheObjectOfADenialIsNoEventInDari() {
    // "the ministry denied the Taliban's capture of Andarab district": nothing happened
    assertThat(
            Fixtures.extract("2021-08-11", "وزارت دفاع تصرف ولسوالی اندراب توسط طالبان را رد کرد."))
        .noneMatch(e -> e.kind() == org.sitrep.model.EventKind.TERRITORY);
    // the place's capture told, and a denial of something else after a word of contrast
    assertThat(
            status(
                "2021-09-03",
                "طالبان روز دوشنبه ولسوالی اندراب را تصرف کردند اما حکومت این ادعا را رد کرد."))
        .isEqualTo(ClaimStatus.DISPUTED);
  }

  @Test
  void thePerfectOfHearsayIsAReportInDariAndPashto() {
    // "the Taliban have taken Andarab" (the perfect: what was heard) against "took" (the past)
    assertThat(status("2021-08-11", "طالبان ولسوالی اندراب را تصرف کرده‌اند."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(status("2021-08-11", "طالبانو د کشم ولسوالۍ نیولې ده."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(status("2021-08-11", "طالبانو د کشم ولسوالۍ ونیوله."))
        .isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void confirmingAndNewsThatArrivedAreReportsInDariAndPashto() {
    // "local sources confirmed that ...", "news came that ...", "it has been reported that ..."
    assertThat(
            status("2021-08-11", "منابع محلی تأیید کردند که طالبان ولسوالی اندراب را تصرف کردند."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(status("2021-08-11", "خبر رسید که طالبان ولسوالی اندراب را تصرف کردند."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(status("2021-08-11", "گزارش شده است که طالبان ولسوالی اندراب را تصرف کرده‌اند."))
        .isEqualTo(ClaimStatus.REPORTED);
    assertThat(status("2021-08-11", "سیمه ییزو سرچینو تایید کړه چې طالبانو د کشم ولسوالۍ ونیوله."))
        .isEqualTo(ClaimStatus.REPORTED);
    // the writer's own words stay asserted
    assertThat(status("2021-08-11", "طالبان ولسوالی اندراب را تصرف کردند."))
        .isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void aSourceClosingASentenceWithNoEventVouchesForTheNextOne() {
    Event en =
        first(
            "2021-06-22",
            "The north has been tense for days, according to a local radio. The Taliban captured"
                + " Kunduz on Monday.");
    assertThat(en.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(en.claim().attributedTo()).isEqualTo("a local radio");
    Event fr =
        first(
            "2021-06-22",
            "La tension monte depuis des jours, selon une radio locale. Les talibans se sont"
                + " emparés lundi de Kunduz.");
    assertThat(fr.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    // a sentence with its own event keeps its source to itself, and a source stays in its paragraph
    List<Event> own =
        Fixtures.extract(
            "2021-06-22",
            "The Taliban attacked Kunduz, according to a local radio. The Taliban captured"
                + " Taloqan on Monday.");
    List<Event> apart =
        Fixtures.extract(
            "2021-06-22",
            "The north has been tense for days, according to a local radio.\n\nThe Taliban"
                + " captured Taloqan on Monday.");
    for (List<Event> events : List.of(own, apart)) {
      assertThat(events)
          .filteredOn(e -> e.location() != null && "Taloqan".equals(e.location().name()))
          .singleElement()
          .satisfies(e -> assertThat(e.claim().status()).isEqualTo(ClaimStatus.ASSERTED));
    }
  }

  @Test
  void aBylineOnALineOfItsOwnMakesTheArticleItsCorrespondentsReport() {
    Event fr =
        first(
            "2021-07-29",
            "Quinze villageois ont été tués mardi à Kunduz.\n\navec notre correspondant à"
                + " Kaboul,\n\nLes assaillants sont venus à moto.");
    assertThat(fr.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(fr.claim().attributedTo()).isEqualTo("avec notre correspondant à Kaboul");
    Event en =
        first(
            "2021-07-29",
            "From our correspondent in Kabul\n\nGunmen killed fifteen villagers in Kunduz on"
                + " Tuesday.");
    assertThat(en.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    // a correspondent named inside a longer sentence is no byline
    assertThat(
            status(
                "2021-07-29",
                "Gunmen killed fifteen villagers in Kunduz on Tuesday. With our correspondent in"
                    + " Kabul, the editors followed the story closely all through the week."))
        .isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void aDenialFollowedByAVerbOfSayingDeniesOnlyWhatItGoverns() {
    // the fighting is what the speaker says, not what it denies
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "The army rejected the claim and said heavy fighting was still going on in"
                    + " Kunduz."))
        .anySatisfy(e -> assertThat(e.kind().wire()).isEqualTo("clash"));
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "L'armée a rejeté cette affirmation et déclaré que de violents combats se"
                    + " poursuivaient à Kunduz."))
        .anySatisfy(e -> assertThat(e.kind().wire()).isEqualTo("clash"));
    // a denial that governs the happening still negates it
    assertThat(
            Fixtures.extract(
                "2021-08-10", "The army denied that heavy fighting was going on in Kunduz."))
        .noneSatisfy(e -> assertThat(e.kind().wire()).isEqualTo("clash"));
  }

  @Test
  void anActTriedWithoutSuccessOrATendencyIsNoEvent() {
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "The gunmen tried, without success, to abduct two farmers in Kunduz on Monday."))
        .noneSatisfy(e -> assertThat(e.kind().wire()).isEqualTo("violence"));
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "Les hommes armés ont tenté, sans succès, d'enlever deux paysans à Kunduz lundi."))
        .noneSatisfy(e -> assertThat(e.kind().wire()).isEqualTo("violence"));
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "In Kunduz, armed groups tend to commit more massacres of civilians."))
        .isEmpty();
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "À Kunduz, les groupes armés tendent à commettre plus de massacres de civils."))
        .isEmpty();
    // the act itself, told as done, stays
    assertThat(
            Fixtures.extract("2021-08-10", "The gunmen abducted two farmers in Kunduz on Monday."))
        .anySatisfy(e -> assertThat(e.kind().wire()).isEqualTo("violence"));
  }

  @Test
  void aTollNotYetAnnouncedLeavesTheAttackStanding() {
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "Gunmen attacked a police post in Kunduz on Monday. The government, which confirmed"
                    + " the attack, has not yet announced a toll."))
        .anySatisfy(e -> assertThat(e.claim().status()).isNotEqualTo(ClaimStatus.DISPUTED));
    assertThat(
            Fixtures.extract(
                "2021-08-10",
                "Des hommes armés ont attaqué un poste de police à Kunduz lundi. Le gouvernement qui"
                    + " a reconnu l'attaque n'a pas encore annoncé de bilan."))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.claim().status()).isNotEqualTo(ClaimStatus.DISPUTED));
  }
}
