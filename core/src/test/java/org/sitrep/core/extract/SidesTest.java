package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.CharSpan;

/** The actor list and the small index helpers the annotators share. */
class SidesTest {
  private final Sides sides = Reading.SIDES;
  private static final ActorRef TALIBAN = new ActorRef("taliban", null, null);
  private static final ActorRef HAQQANI = new ActorRef("haqqani", null, null);
  private static final ActorRef ARMY = new ActorRef("afg_gov", null, null);
  private static final ActorRef STRANGERS = new ActorRef(null, null, "strangers");

  @Test
  void actorsOfOneSideAreOnOneSide() {
    assertThat(sides.sameSide(TALIBAN, HAQQANI)).isTrue();
    assertThat(sides.sameSide(TALIBAN, ARMY)).isFalse();
    assertThat(sides.sameSide(STRANGERS, STRANGERS)).isTrue();
    assertThat(sides.sameSide(STRANGERS, TALIBAN)).isFalse();
    assertThat(sides.sameSide(null, TALIBAN)).isFalse();
  }

  @Test
  void aKnownActorGoesByItsNameAnUnknownOneByItsWords() {
    assertThat(sides.displayName(TALIBAN)).isEqualTo("Taliban");
    assertThat(sides.displayName(STRANGERS)).isEqualTo("strangers");
    assertThat(sides.actor(STRANGERS)).isNull();
  }

  @Test
  void anActorIsAddedOnce() {
    List<ActorRef> l = new ArrayList<>();
    Sides.add(l, TALIBAN);
    Sides.add(l, new ActorRef("taliban", null, null));
    Sides.add(l, null);
    Sides.add(l, ARMY);
    assertThat(l).containsExactly(TALIBAN, ARMY);
  }

  @Test
  void theDistanceBetweenHitsIsTheGapOfTokens() {
    assertThat(Hits.distance(new Hit<>(0, 2, "a"), new Hit<>(5, 6, "b"))).isEqualTo(3);
    assertThat(Hits.distance(new Hit<>(5, 6, "b"), new Hit<>(0, 2, "a"))).isEqualTo(3);
    assertThat(Hits.distance(new Hit<>(0, 4, "a"), new Hit<>(2, 3, "b"))).isZero();
  }

  @Test
  void theMentionsOfASentenceComeInTheDocumentsOrder() {
    PlaceMention a = mention(40, 45);
    PlaceMention b = mention(10, 15);
    PlaceMention c = mention(60, 65);
    MentionIndex idx = new MentionIndex(List.of(a, b, c));
    assertThat(idx.within(new CharSpan(0, 50))).containsExactly(a, b);
    assertThat(idx.within(new CharSpan(50, 70))).containsExactly(c);
    assertThat(idx.within(new CharSpan(12, 42))).isEmpty();
  }

  @Test
  void theDateSpansNearASentence() {
    DateSpans d = new DateSpans(List.of(new CharSpan(50, 60), new CharSpan(0, 5)));
    assertThat(d.near(new CharSpan(55, 70))).containsExactly(new CharSpan(50, 60));
    assertThat(d.near(new CharSpan(20, 30))).isEmpty();
    assertThat(d.near(new CharSpan(0, 100))).hasSize(2);
  }

  private static PlaceMention mention(int from, int to) {
    return new PlaceMention(
        new CharSpan(from, to), "x", new Resolution.Unresolved("test", List.of()));
  }
}
