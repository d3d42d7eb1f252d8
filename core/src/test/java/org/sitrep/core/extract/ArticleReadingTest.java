package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/** Phrasings of whole articles: lists, references back to places, exceptions, nominal captures. */
class ArticleReadingTest {
  private static List<Event> territory(String published, String text) {
    return Fixtures.extract(published, text).stream()
        .filter(e -> e.kind() == EventKind.TERRITORY)
        .toList();
  }

  @Test
  void aNominalCaptureTakesThePlaceAfterItNotThePlacesBefore() {
    String text = "A Kandahar official confirmed on Monday the fall of Spin Boldak.";
    assertThat(territory("2021-07-14", text))
        .extracting(e -> e.location().name())
        .containsExactly("Spin Boldak");
  }

  @Test
  void aNominalCaptureDoesNotTakeItsAgentFromAnotherClause() {
    String text =
        "Taliban fighters pressed on across the south this week. The fall of Ghazni on Thursday,"
            + " officials said, came as government forces pulled back to Kabul.";
    List<Event> t = territory("2021-08-13", text);
    assertThat(t).extracting(e -> e.location().name()).contains("Ghazni");
    assertThat(t)
        .allSatisfy(
            e ->
                assertThat(e.territory().controllerAfter())
                    .isNotEqualTo("Afghan government forces"));
  }

  @Test
  void anExceptionIsNotTaken() {
    String text = "The Taliban captured every district of Baghlan except Andarab on Monday.";
    assertThat(territory("2021-08-17", text))
        .extracting(e -> e.location().name())
        .doesNotContain("Andarab");
    String fr = "Les talibans ont pris tous les districts sauf Andarab lundi.";
    assertThat(territory("2021-08-17", fr))
        .extracting(e -> e.location().name())
        .doesNotContain("Andarab");
  }

  @Test
  void aPlaceOpeningItsOwnClauseIsNotTheObjectOfTheTriggerBefore() {
    String text =
        "Most districts had fallen to the Taliban, and Kunduz, the provincial capital, was"
            + " surrounded on Monday.";
    assertThat(territory("2021-07-06", text))
        .extracting(e -> e.location().name())
        .doesNotContain("Kunduz");
  }

  @Test
  void areasNamedBeforeFallAsTheirProvince() {
    String text =
        "Fighting raged across Takhar province this week. "
            + "A council member said on Monday that all but two of its 17 districts had fallen to"
            + " the Taliban.";
    List<Event> t = territory("2021-07-06", text);
    assertThat(t).hasSize(1);
    assertThat(t.get(0).location().name()).isEqualTo("Takhar");
    assertThat(t.get(0).location().geoPrecision()).isEqualTo(3);
    assertThat(t.get(0).territory().controllerAfter()).isEqualTo("Taliban");
    String fr =
        "Les combats se poursuivent dans la province de Kunduz. "
            + "Les talibans ont pris lundi les trois districts, selon un élu local.";
    assertThat(territory("2021-07-06", fr))
        .extracting(e -> e.location().name())
        .containsExactly("Kunduz");
  }

  @Test
  void habitsPlansAndNationwideStatementsAreNotLocatedEvents() {
    String text =
        "Heavy fighting hit Kunduz on Monday. "
            + "Over the years, both sides have regularly clashed around the city. "
            + "Elders urged the fighters to stop attacking the towns. "
            + "The insurgents began launching attacks across the country in May.";
    List<Event> events = Fixtures.extract("2021-07-06", text);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).evidence().get(0).quote()).startsWith("Heavy fighting");
  }

  @Test
  void fallingIntoAnAmbushIsAClashNotACapture() {
    List<Event> fr =
        Fixtures.extract(
            "2021-07-06", "A Kunduz, une patrouille est tombée dans une embuscade lundi.");
    assertThat(fr).extracting(Event::kind).containsExactly(EventKind.CLASH);
    List<Event> en =
        Fixtures.extract("2021-07-06", "A convoy fell into an ambush near Kunduz on Monday.");
    assertThat(en).extracting(Event::kind).containsExactly(EventKind.CLASH);
  }

  @Test
  void enteringATownNamedBeforeIsTakingIt() {
    String text =
        "The Taliban closed in on Kabul on Saturday. The militants entered the capital early"
            + " on Sunday.";
    List<Event> t = territory("2021-08-16", text);
    assertThat(t).extracting(e -> e.location().name()).containsExactly("Kabul");
    assertThat(t.get(0).territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(t.get(0).date().from()).hasToString("2021-08-15");
    String fr =
        "Les talibans approchaient de Taloqan jeudi. Vendredi, ils sont entrés dans la ville sans"
            + " combattre.";
    assertThat(territory("2021-08-16", fr))
        .extracting(e -> e.location().name())
        .containsExactly("Taloqan");
  }

  @Test
  void aRaidIntoATownIsNotACapture() {
    String text = "Gunmen entered Ghazni on Monday and killed three guards.";
    assertThat(territory("2021-08-16", text)).isEmpty();
  }

  @Test
  void comingBackUnderSomeonesControlIsACapture() {
    String fr = "Ghazni revient sous le contrôle des talibans, a annoncé jeudi un porte-parole.";
    List<Event> t = territory("2021-08-13", fr);
    assertThat(t).extracting(e -> e.location().name()).containsExactly("Ghazni");
    assertThat(t.get(0).territory().controllerAfter()).isEqualTo("Taliban");
  }

  @Test
  void aSpeakerWhoToldSomeoneThatIsTheSource() {
    String text =
        "A district official, Karim Noori, told local reporters that the Taliban had captured"
            + " Andarab on Monday.";
    List<Event> t = territory("2021-08-17", text);
    assertThat(t).hasSize(1);
    assertThat(t.get(0).claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(t.get(0).claim().attributedTo()).contains("Karim Noori");
  }

  @Test
  void aSpeakerAfterATimePhraseIsTheSource() {
    String fr =
        "Les talibans ont pris le district d'Andarab, ont déclaré, lundi 16 août, des sources"
            + " locales.";
    List<Event> t = territory("2021-08-17", fr);
    assertThat(t).hasSize(1);
    assertThat(t.get(0).claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(t.get(0).claim().attributedTo()).contains("sources locales");
  }

  @Test
  void aLaterMentionWithAnInheritedDateIsTheSameCapture() {
    String text =
        "The Taliban captured Kunduz on Sunday. On Saturday they had taken Taloqan.\n\n"
            + "After heavy fighting, the Taliban captured Kunduz, a spokesman said.";
    List<Event> t = territory("2021-08-09", text);
    assertThat(t)
        .extracting(e -> e.location().name())
        .containsExactlyInAnyOrder("Kunduz", "Taloqan");
    Event kunduz = t.stream().filter(e -> e.location().name().equals("Kunduz")).findFirst().get();
    assertThat(kunduz.date().from()).hasToString("2021-08-08");
  }

  @Test
  void aNationalTollIsNotCarriedToThePlaceNamedBefore() {
    String fr =
        "Des combats ont éclaté lundi à Kunduz. "
            + "Depuis mars, le pays aurait enregistré 300 civils tués.";
    assertThat(Fixtures.extract("2021-07-06", fr))
        .extracting(Event::kind)
        .containsExactly(EventKind.CLASH);
  }

  @Test
  void aGenericAttackAfterABombingIsThatBombing() {
    String text =
        "A car bomb exploded at a checkpoint in Ghazni on Monday. "
            + "The attack killed six guards and wounded nine civilians.";
    List<Event> events = Fixtures.extract("2021-08-17", text);
    assertThat(events).extracting(Event::kind).containsExactly(EventKind.EXPLOSION);
    assertThat(events.get(0).fatalities().killed()).isEqualTo(6);
  }

  @Test
  void aDeclaredCeasefireIsAnAgreement() {
    String fr =
        "La déclaration par le gouvernement d'un cessez-le-feu dans la province de Kunduz a été"
            + " saluée mardi.";
    assertThat(Fixtures.extract("2021-07-06", fr))
        .extracting(Event::subEventType)
        .contains(org.sitrep.model.AcledSubEventType.AGREEMENT);
    String en = "The government announced a unilateral ceasefire in Kunduz province on Tuesday.";
    assertThat(Fixtures.extract("2021-07-06", en))
        .extracting(Event::subEventType)
        .contains(org.sitrep.model.AcledSubEventType.AGREEMENT);
  }

  @Test
  void aPlaceBeforeAnAdjunctBelongsToTheVerbBefore() {
    String text =
        "The Taliban captured a district of Kandahar after heavy fighting with government forces"
            + " on Sunday.";
    assertThat(territory("2021-07-05", text))
        .extracting(e -> e.location().name())
        .containsExactly("Kandahar");
  }

  @Test
  void aPlaceInARelativeClauseDescribesAnotherPlace() {
    String text =
        "Government forces retook Andarab district in Baghlan, which borders Panjshir province,"
            + " on Monday.";
    assertThat(territory("2021-08-24", text))
        .extracting(e -> e.location().name())
        .contains("Andarab")
        .doesNotContain("Panjshir");
  }

  @Test
  void aRelativeClauseAboutTheHappeningKeepsItsPlace() {
    String text = "The attack, which targeted a market in Ghazni, killed six people on Monday.";
    assertThat(Fixtures.extract("2021-08-24", text))
        .extracting(e -> e.location().name())
        .contains("Ghazni");
  }
}
