package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlFoldTest {
  private static PlaceEvent territory(
      String id, String place, String after, String date, double c) {
    PlaceEvent e = new PlaceEvent();
    e.eventId = id;
    e.placeKey = place;
    e.placeName = place;
    e.kind = "territory";
    e.dateFrom = date;
    e.dateTo = date;
    e.controllerAfter = after;
    e.confidence = c;
    e.json = "{\"event_id\":\"" + id + "\"}";
    return e;
  }

  @Test
  void firstReportSetsControlAndALaterChangeStreamsOut() {
    PlaceEvent first = territory("a", "khinj", "Taliban", "2021-08-20", 0.6);
    ControlFold.State s1 = ControlFold.apply(null, first).orElseThrow();
    assertThat(s1.controller).isEqualTo("Taliban");

    PlaceEvent retaken = territory("b", "khinj", "Resistance", "2021-08-23", 0.5);
    ControlFold.State s2 = ControlFold.apply(s1, retaken).orElseThrow();
    ControlFold.Change c = ControlFold.change(s1, s2, retaken);
    assertThat(c.controllerBefore()).isEqualTo("Taliban");
    assertThat(c.controllerAfter()).isEqualTo("Resistance");
    assertThat(c.since()).isEqualTo(LocalDate.of(2021, 8, 23));
    assertThat(c.json()).contains("\"controller_after\":\"Resistance\"");
  }

  @Test
  void staleReportsAndRepeatsChangeNothing() {
    ControlFold.State s =
        ControlFold.apply(null, territory("a", "p", "Taliban", "2021-09-06", 0.7)).orElseThrow();
    assertThat(ControlFold.apply(s, territory("b", "p", "Resistance", "2021-09-01", 0.9)))
        .isEmpty();
    assertThat(ControlFold.apply(s, territory("c", "p", "Taliban", "2021-09-08", 0.9))).isEmpty();
  }

  @Test
  void sameDayConflictGoesToTheMoreConfidentReport() {
    ControlFold.State s =
        ControlFold.apply(null, territory("m", "p", "Taliban", "2021-09-06", 0.7)).orElseThrow();
    assertThat(ControlFold.apply(s, territory("n", "p", "Resistance", "2021-09-06", 0.5)))
        .isEmpty();
    Optional<ControlFold.State> won =
        ControlFold.apply(s, territory("o", "p", "Resistance", "2021-09-06", 0.8));
    assertThat(won).isPresent();
    assertThat(won.get().controller).isEqualTo("Resistance");
  }

  @Test
  void eventsWithoutPlaceOrControllerAreIgnored() {
    PlaceEvent clash = territory("x", "p", null, "2021-09-06", 0.7);
    assertThat(ControlFold.apply(null, clash)).isEmpty();
    PlaceEvent nowhere = territory("y", null, "Taliban", "2021-09-06", 0.7);
    assertThat(ControlFold.apply(null, nowhere)).isEmpty();
  }
}
