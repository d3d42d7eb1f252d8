package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.ActorRef;

/** Who does what to whom in a trigger's frame. */
class ActorFramesTest {
  private final ActorFrames frames = new ActorFrames(Reading.SIDES);

  private Candidate framed(String text, String word) {
    Reading r = Reading.of("en", "2021-08-03", text);
    Candidate c = r.fresh(0, word);
    frames.frame(r.scan(0), c, Attribution.of(r.scan(0)));
    return c;
  }

  private static String id(ActorRef a) {
    return a == null ? null : a.actorId();
  }

  @Test
  void theSubjectOfAnActiveCaptureTakesThePlace() {
    Candidate c = framed("The Taliban captured Banu on Monday.", "captured");
    assertThat(id(c.after)).isEqualTo("taliban");
    assertThat(c.before).isNull();
  }

  @Test
  void theAgentOfAPassiveCaptureTakesThePlace() {
    Candidate c = framed("Banu was captured by the Taliban on Monday.", "captured");
    assertThat(id(c.after)).isEqualTo("taliban");
  }

  @Test
  void aRetakingFromASideNamesTheOldController() {
    Candidate c = framed("Afghan forces recaptured Banu from the Taliban.", "recaptured");
    assertThat(id(c.after)).isEqualTo("afg_gov");
    assertThat(id(c.before)).isEqualTo("taliban");
  }

  @Test
  void aClashHasOneSideEach() {
    Candidate c = framed("Afghan forces clashed with the Taliban in Banu.", "clashed");
    assertThat(c.actors1).extracting(ActorRef::actorId).containsExactly("afg_gov");
    assertThat(c.actors2).extracting(ActorRef::actorId).containsExactly("taliban");
  }
}
