package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRole;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Location;

/** The output event of a finished candidate. */
class EventBuilderTest {
  private final EventBuilder builder =
      new EventBuilder(Reading.SIDES, PlaceDirectory.of(Fixtures.GAZ));

  @Test
  void aCaptureIsLocatedWithItsAdminNamesAndControllers() {
    Reading r =
        Reading.of("en", "2021-08-03", "Afghan forces recaptured Banu from the Taliban on Monday.");
    Candidate c = Reading.candidate(r.candidates(), "recaptured");
    new DocumentFiller(Reading.SIDES).typeCapture(c);
    Event e = builder.build(r.doc, c);
    assertThat(e.kind()).isEqualTo(EventKind.TERRITORY);
    assertThat(e.location().name()).isEqualTo("Banu");
    assertThat(e.location().admin1()).isEqualTo("Baghlan");
    assertThat(e.territory().controllerAfter()).isEqualTo("Afghan government forces");
    assertThat(e.territory().controllerBefore()).isEqualTo("Taliban");
    assertThat(e.actors())
        .extracting(a -> a.role())
        .containsExactly(ActorRole.ACTOR1, ActorRole.ACTOR2);
    assertThat(e.evidence().get(0).role()).isNull();
    assertThat(e.eventId()).isEqualTo(builder.build(r.doc, c).eventId());
  }

  @Test
  void confidenceFallsWithTheClaimThePlaceAndTheDate() {
    Location exact = new Location("Banu", null, null, 35.0, 69.0, 1, "c:banu");
    GoverningDate day =
        new GoverningDate(DateInterval.day(java.time.LocalDate.of(2021, 8, 2)), null, "explicit");
    double asserted = EventBuilder.confidence(ClaimStatus.ASSERTED, exact, false, day);
    assertThat(asserted).isEqualTo(0.85, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(EventBuilder.confidence(ClaimStatus.CLAIMED, exact, false, day))
        .isLessThan(asserted);
    assertThat(EventBuilder.confidence(ClaimStatus.ASSERTED, exact, true, day))
        .isLessThan(asserted);
    assertThat(EventBuilder.confidence(ClaimStatus.ASSERTED, null, false, day))
        .isLessThan(asserted);
  }

  @Test
  void aProvinceLevelEventStandsAtItsCapitalUnlessTheSentenceSetsTheCapitalApart() {
    // ACLED geo-precision 3: the province is known, the capital stands for it.
    Event whole =
        only(
            Fixtures.extract(
                "2021-07-06",
                "The Taliban seized most of Takhar province on Monday, officials said."));
    assertThat(whole.location().name()).isEqualTo("Takhar");
    assertThat(whole.location().lat()).isEqualTo(36.74);
    // The capital named apart (besieged, not taken): the province without it, at its own point.
    Event apart =
        only(
            Fixtures.extract(
                "2021-07-06",
                "The Taliban seized most of Takhar province on Monday and Taloqan, its capital, was"
                    + " encircled, officials said."));
    assertThat(apart.location().name()).isEqualTo("Takhar");
    assertThat(apart.location().lat()).isEqualTo(36.6);
    assertThat(apart.location().geoPrecision()).isEqualTo(3);
  }

  private static Event only(java.util.List<Event> events) {
    java.util.List<Event> captures =
        events.stream().filter(e -> e.kind() == EventKind.TERRITORY).toList();
    assertThat(captures).hasSize(1);
    return captures.get(0);
  }

  @Test
  void theIdIsAShortStableHash() {
    assertThat(EventBuilder.hash("a|b")).hasSize(16).isEqualTo(EventBuilder.hash("a|b"));
    assertThat(EventBuilder.hash("a|c")).isNotEqualTo(EventBuilder.hash("a|b"));
  }
}
