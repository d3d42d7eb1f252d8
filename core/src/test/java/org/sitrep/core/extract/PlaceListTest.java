package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/**
 * A long list of places that a verb governs ("A, B, C, ... and G were overrun"): every name of it
 * is a place of the happening, however far its first names stand from the verb, in English and in
 * French.
 */
class PlaceListTest {

  private static List<String> captured(String text) {
    List<Event> events = Fixtures.extract("2021-06-22", text);
    return events.stream()
        .filter(e -> e.kind() == EventKind.TERRITORY && e.location() != null)
        .map(e -> e.location().name())
        .toList();
  }

  @Test
  void everyNameOfALongEnglishListIsTaken() {
    assertThat(
            captured(
                "Officials said ten districts, among them Kishim, Tashkan, Warduj, Rukha, Dawlat"
                    + " Shah, Pul-e Hisar, Deh-e Salah and Bazarak, have fallen to the Taliban"
                    + " within a week."))
        .contains("Kishim", "Tashkan", "Warduj", "Bazarak");
  }

  @Test
  void everyNameOfALongFrenchListIsTaken() {
    assertThat(
            captured(
                "Selon des élus, dix districts, dont Kishim, Tashkan, Warduj, Rukha, Dawlat Shah,"
                    + " Pul-e Hisar, Deh-e Salah et Bazarak, sont tombés aux mains des talibans en"
                    + " une semaine."))
        .contains("Kishim", "Tashkan", "Warduj", "Bazarak");
  }
}
