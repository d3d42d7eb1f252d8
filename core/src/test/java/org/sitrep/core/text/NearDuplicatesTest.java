package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private final NearDuplicates nd = new NearDuplicates(NearDuplicates.Settings.DEFAULTS);

  private static final String WIRE =
      "Taliban fighters entered the centre of Pul-e-Khumri on Tuesday after a night of heavy"
          + " fighting, officials in Baghlan province said. At least twelve people were killed,"
          + " according to a hospital source, and hundreds of families fled towards the Salang"
          + " pass. The provincial governor could not be reached for comment.";

  @Test
  void reprintWithOtherFurnitureAndPunctuationIsADuplicate() {
    String reprint =
        "SHARE THIS STORY. Taliban fighters entered the centre of Pul-e-Khumri on Tuesday, after"
            + " a night of heavy fighting, officials in Baghlan province said! At least twelve"
            + " people were killed according to a hospital source, and hundreds of families fled"
            + " towards the Salang pass. The provincial governor could not be reached for comment."
            + " (Reporting by our correspondent)";
    var a = nd.signature(WIRE);
    var b = nd.signature(reprint);
    assertThat(nd.similarity(a, b)).isGreaterThan(0.7);
    assertThat(nd.duplicates(a, b)).isTrue();
    // Sharing a band is what lets a store find the candidate without comparing everything.
    long[] ba = nd.bands(a);
    long[] bb = nd.bands(b);
    boolean shared = false;
    for (int i = 0; i < ba.length; i++) {
      shared |= ba[i] == bb[i];
    }
    assertThat(shared).isTrue();
  }

  @Test
  void differentStoryOnTheSameTopicIsNot() {
    String other =
        "Local fighters in the Andarab valley said they had pushed Taliban units back from three"
            + " villages on Friday and captured weapons and vehicles. A Taliban spokesman denied"
            + " any loss of ground and said the area was calm. The claims could not be verified"
            + " independently by reporters in Kabul.";
    assertThat(nd.duplicates(nd.signature(WIRE), nd.signature(other))).isFalse();
    assertThat(nd.similarity(nd.signature(WIRE), nd.signature(other))).isLessThan(0.3);
  }

  @Test
  void signatureIsDeterministicAndRoundTrips() {
    var s = nd.signature(WIRE);
    assertThat(new NearDuplicates(NearDuplicates.Settings.DEFAULTS).signature(WIRE)).isEqualTo(s);
    assertThat(NearDuplicates.Signature.decode(s.encode())).isEqualTo(s);
    assertThat(nd.similarity(s, s)).isEqualTo(1.0);
  }

  @Test
  void shortTextsAreNeverDuplicates() {
    var s = nd.signature("Kabul airport closed.");
    assertThat(s.isEmpty()).isTrue();
    assertThat(nd.duplicates(s, s)).isFalse();
    assertThat(nd.bands(s)).isEmpty();
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new NearDuplicates.Settings(4, 100, 32, 0.7, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicates.Settings(4, 128, 32, 0, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
