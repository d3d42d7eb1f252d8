package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/** One event per happening. */
class MergerTest {
  private final Merger merger = new Merger(Reading.SIDES);

  @Test
  void twoMentionsOfOneCaptureAreOneEvent() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. Banu was captured by the Taliban on Monday.");
    List<Candidate> live = r.candidates();
    assertThat(live).hasSize(2);
    List<Candidate> merged = merger.merge(live);
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).mergedFrom).containsExactly(live.get(1));
  }

  @Test
  void contradictoryTakersOfOnePlaceBothSurviveDisputed() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. Banu was captured by the Taliban on Monday.");
    List<Candidate> live = r.candidates();
    live.get(1).after = new ActorRef("afg_gov", null, null);
    List<Candidate> merged = merger.merge(live);
    assertThat(merged).hasSize(2).allMatch(c -> c.status == ClaimStatus.DISPUTED);
  }

  @Test
  void aProtestTakesInItsArrests() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Afghan police arrested ten traders during a protest in Herat on Monday.");
    List<Candidate> live = new ArrayList<>(r.candidates());
    assertThat(live).extracting(c -> c.type).contains(AcledSubEventType.ARRESTS);
    merger.absorbWithinSentences(live);
    assertThat(live).hasSize(1);
    assertThat(live.get(0).type).isNotEqualTo(AcledSubEventType.ARRESTS);
    // Who made the arrests is the other side of the protest.
    assertThat(live.get(0).actors2).extracting(ActorRef::actorId).containsExactly("afg_gov");
  }

  @Test
  void aDenialDisputesWhatHappenedAtItsPlace() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. The Taliban captured Kunduz on Monday.");
    List<Candidate> live = r.candidates();
    Candidate banu = live.get(0);
    Candidate kunduz = live.get(1);
    Reading d = Reading.of("en", "2021-08-03", "The Taliban did not capture Banu on Monday.");
    Candidate denial = Reading.candidate(d.candidates(), "captur");
    merger.dispute(List.of(denial), List.of(banu, kunduz), "t", r.doc.text());
    assertThat(banu.status).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(banu.more).extracting(e -> e.role()).contains("denial");
    assertThat(kunduz.status).isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void aHeadlineDatedByTheIssueIsTheHappeningItsBodyDates() {
    List<Event> events =
        Fixtures.extract(
            "2021-08-30",
            "Drone strike kills six in Ghazni\n"
                + "A drone strike killed six people in Ghazni on Saturday, residents said.");
    assertThat(events).filteredOn(e -> e.kind() == EventKind.EXPLOSION).hasSize(1);
    Event e = events.stream().filter(x -> x.kind() == EventKind.EXPLOSION).findFirst().get();
    assertThat(e.date().from()).isEqualTo(LocalDate.parse("2021-08-28"));
  }

  @Test
  void anUnlocatedHeadingIsLocatedByTheSentenceBelowIt() {
    List<Event> events =
        Fixtures.extract(
            "2021-08-30",
            "Fighting went on in Kunduz on Sunday.\n\n"
                + "Gunmen kill district official\n\n"
                + "A district official was shot dead in Ghazni on Sunday, police said.");
    assertThat(events)
        .filteredOn(e -> e.kind() == EventKind.VIOLENCE)
        .extracting(e -> e.location().name())
        .containsExactly("Ghazni");
  }

  @Test
  void aDatelessAttackOpeningAReportIsTheKillingItsBodyDates() {
    List<Event> events =
        Fixtures.extract(
            "2021-08-30",
            "The attack near Ghazni shocked the whole province. "
                + "Gunmen killed twelve villagers near Ghazni on Saturday morning.");
    assertThat(events)
        .filteredOn(e -> e.kind() == EventKind.CLASH || e.kind() == EventKind.VIOLENCE)
        .hasSize(1)
        .allMatch(e -> e.date().from().equals(LocalDate.parse("2021-08-28")));
  }

  @Test
  void aFallWithinTheWeekAndARecaptureOnMondayAreASequenceNotADispute() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The army retook Banu on Monday. Banu had fallen to the Taliban within the past week.");
    List<Candidate> merged = merger.merge(r.candidates());
    assertThat(merged).hasSize(2).noneMatch(c -> c.status == ClaimStatus.DISPUTED);
  }
}
