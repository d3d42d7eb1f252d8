package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

/** The fast evaluation of the language model gives OpenNLP's answer, within rounding. */
class LanguageIdTest {
  private static final LanguageDetectorModel MODEL = NlpModels.loadFromClasspath().langDetect();

  private static final List<String> TEXTS =
      List.of(
          "Les combattants ont repris le contrôle du district après deux jours de combats.",
          "The convoy was stopped at a checkpoint north of the provincial capital on Tuesday.",
          "نیروهای امنیتی گفتند که درگیری در ولسوالی تا صبح ادامه داشت",
          "د امنیتي ځواکونو په وینا جګړه تر سهاره روانه وه",
          "Die Truppen zogen sich am Abend aus der Stadt zurück.",
          "Las fuerzas del gobierno recuperaron el control de la ciudad.",
          "Войска покинули город вечером в понедельник.",
          "قالت مصادر محلية إن الاشتباكات استمرت حتى الصباح",
          "RT @someone: #breaking 12 killed https://example.org/x 😢😢",
          "a",
          "",
          "İSTANBUL — ÇOK ÖNEMLİ 𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 and ﬁne ligatures",
          "12 345 678 90",
          "Talibans,   talibans... TALIBANS!!! Panjshir/Panchir/Panshir");

  private static void same(LanguageId fast, LanguageDetectorME slow, String text) {
    Language a = fast.predict(text);
    Language b = slow.predictLanguage(text);
    assertThat(a.getLang()).as(text).isEqualTo(b.getLang());
    assertThat(a.getConfidence()).as(text).isCloseTo(b.getConfidence(), within(1e-9));
  }

  @Test
  void givesOpenNlpsLanguageAndConfidenceOnProseOfManyScripts() {
    LanguageId fast = LanguageId.of(MODEL).orElseThrow();
    LanguageDetectorME slow = new LanguageDetectorME(MODEL);
    for (String t : TEXTS) {
      same(fast, slow, t);
    }
  }

  @Test
  void givesOpenNlpsLanguageAndConfidenceOnRandomMixtures() {
    LanguageId fast = LanguageId.of(MODEL).orElseThrow();
    LanguageDetectorME slow = new LanguageDetectorME(MODEL);
    List<String> words = new ArrayList<>();
    for (String t : TEXTS) {
      for (String w : t.split("\\s+")) {
        words.add(w);
      }
    }
    Random rnd = new Random(16);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(words.get(rnd.nextInt(words.size()))).append(rnd.nextInt(7) == 0 ? "  " : " ");
      }
      same(fast, slow, b.toString());
    }
  }

  /**
   * The normaliser that skips steps which cannot change the text gives OpenNLP's result on strings
   * made of what each step looks for (hyphens, private-use and presentation forms, surrogates, "@",
   * "://", digits, runs of letters in both cases, white space of every kind at the ends).
   */
  @Test
  void screenedNormaliserGivesOpenNlpsText() throws ReflectiveOperationException {
    CharSequenceNormalizer open =
        new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(),
            UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(),
            NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    CharSequenceNormalizer screened = LanguageId.Screened.of(open);
    assertThat(screened).isNotSameAs(open);
    String[] parts = {
      "a", "A", "b", "s", "S", "\u017F", "k", "\u212A", "i", "I", "\u0130", "\u0131", "e", "é", "É",
      "-", "\u2010", "\uE000", "\uFB50", "\uFEFF", "\uFFFD", "😢", "𝐁", "\uD800", "\uDC00", "@",
      "://", "http", "www.", "1", "٣", " ", "  ", "\t", "\n", "\u00A0", "\u2003", ":", ".", "x",
      "p", "rt ", "haha", "ﬁ", "ا", "ب", "د", "#", "R", "T", "rt:", ";", "X", "(", ")", "d", "D",
      "o", "O", "P", "h", "H", "j", "J", "u", "U", "ha", "jo", "He", "JA", "Hj"
    };
    Random rnd = new Random(7);
    int changed = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(12);
      for (int k = 0; k < n; k++) {
        String p = parts[rnd.nextInt(parts.length)];
        b.append(rnd.nextInt(5) == 0 ? p.repeat(1 + rnd.nextInt(3)) : p);
      }
      String t = b.toString();
      String want = open.normalize(t).toString();
      assertThat(screened.normalize(t).toString()).as(t).isEqualTo(want);
      changed += want.equals(t) ? 0 : 1;
    }
    for (String t : TEXTS) {
      assertThat(screened.normalize(t).toString()).isEqualTo(open.normalize(t).toString());
    }
    assertThat(changed).isGreaterThan(1_000);
  }

  /**
   * The Twitter step's screen: wherever it says the step cannot change the text, the step leaves it
   * as it is; and it does let ordinary prose through without the step.
   */
  @Test
  void twitterScreenSaysNoOnlyWhereTheStepChangesNothing() {
    CharSequenceNormalizer twitter = TwitterCharSequenceNormalizer.getInstance();
    String[] parts = {
      "#", "@", "r", "R", "t", "T", " ", ":", ";", "x", "X", "-", "(", ")", "d", "D", "o", "O", "p",
      "P", "h", "H", "j", "J", "a", "A", "e", "i", "I", "\u0130", "\u0131", "u", "U", "k", "\u212A",
      "s", "\u017F", "ha", "hi", "jo", "rt", "xp", ":-", "\t", "é"
    };
    Random rnd = new Random(11);
    int skipped = 0;
    int changed = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(parts[rnd.nextInt(parts.length)]);
      }
      String t = b.toString();
      String out = twitter.normalize(t).toString();
      if (!LanguageId.Screened.twitterMayChange(t)) {
        assertThat(out).as(t).isEqualTo(t);
        skipped++;
      }
      changed += out.equals(t) ? 0 : 1;
    }
    assertThat(skipped).isGreaterThan(5_000);
    assertThat(changed).isGreaterThan(5_000);
    for (String t : TEXTS) {
      if (!LanguageId.Screened.twitterMayChange(t)) {
        assertThat(twitter.normalize(t).toString()).isEqualTo(t);
      }
    }
    assertThat(LanguageId.Screened.twitterMayChange("The convoy left the city at dawn.")).isFalse();
    assertThat(LanguageId.Screened.twitterMayChange("an explosion near the market")).isTrue();
  }
}
