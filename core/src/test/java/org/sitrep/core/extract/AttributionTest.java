package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.Sentence;

/** Who speaks and what they cover, on the project's own sentences. */
class AttributionTest {
  private static SentenceScan scan(String lang, String text) {
    var doc =
        Fixtures.PIPELINE.run(new org.sitrep.model.Document("t", text, null, null, null, lang));
    Sentence s = doc.placed().dated().analyzed().sentences().get(0);
    return new SentenceScan(
        text, 0, s, Fixtures.LEX.lexicon(lang).orElseThrow(), Fixtures.LEX, List.of());
  }

  private static String source(SentenceScan sc, Attribution a) {
    return sc.surface(a.srcFrom(), a.srcTo());
  }

  @Test
  void aPreposedSpeakerCoversWhatFollows() {
    SentenceScan sc =
        scan("en", "A local elder told reporters that the militia had left the town.");
    List<Attribution> all = Attribution.of(sc);
    assertThat(all).hasSize(1);
    assertThat(source(sc, all.get(0))).isEqualTo("A local elder");
    assertThat(all.get(0).scopeFrom()).isGreaterThan(all.get(0).verb());
  }

  @Test
  void accordingToIsOneAttributionBeforeOrAfterItsSource() {
    // Dari "according to local officials, ...": the word of saying inside it is no second verb
    SentenceScan fa = scan("fa", "به گفته مقامات محلی، طالبان شهر کندز را تصرف کردند.");
    List<Attribution> all = Attribution.of(fa);
    assertThat(all).hasSize(1);
    assertThat(source(fa, all.get(0))).isEqualTo("مقامات محلی");
    SentenceScan from = scan("fa", "به نقل از منابع امنیتی، طالبان شهر کندز را تصرف کردند.");
    assertThat(source(from, Attribution.of(from).get(0))).isEqualTo("منابع امنیتی");
    // Pashto "by the word of the local officials, ...": the postposition follows its source
    SentenceScan ps = scan("ps", "د محلي چارواکو په وینا، طالبانو پرون د کندز ښار ونیو.");
    List<Attribution> p = Attribution.of(ps);
    assertThat(p).hasSize(1);
    assertThat(source(ps, p.get(0))).isEqualTo("د محلي چارواکو");
  }

  @Test
  void anInvertedSpeakerCoversTheWordsBeforeTheComma() {
    SentenceScan sc = scan("en", "The bridge was blown up overnight, a police officer said.");
    Attribution a = Attribution.of(sc).get(0);
    assertThat(source(sc, a)).isEqualTo("a police officer");
    assertThat(a.scopeFrom()).isZero();
  }

  @Test
  void aSpeakerPastATimePhraseAndAccordingTo() {
    SentenceScan fr =
        scan("fr", "Le pont a été détruit, a indiqué, jeudi 3 juin, la police locale.");
    assertThat(source(fr, Attribution.of(fr).get(0))).isEqualTo("la police locale");
    SentenceScan sel = scan("fr", "Le pont a été détruit jeudi, selon des habitants du quartier.");
    assertThat(Attribution.of(sel))
        .extracting(a -> source(sel, a))
        .contains("des habitants du quartier");
  }
}
