package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Norm;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;

/** Persian and Pashto text: folding, language id, sentences and tokens; our own sentences. */
class ArabicScriptTextTest {
  private static NlpModels models;
  private static ArticleCleaner cleaner;
  private static Languages langs;

  @BeforeAll
  static void load() {
    langs = Languages.classpath();
    models = NlpModels.load(langs);
    cleaner =
        new ArticleCleaner(models, CleaningRules.load(langs), ArticleCleaner.Settings.DEFAULTS);
  }

  @Test
  void spellingVariantsFoldToOneFormOfTheSameLength() {
    // Arabic yeh and kaf, Pashto yeh, ZWNJ present or absent, tatweel, harakat, digits.
    assertThat(ScriptFold.fold("نيروهاي كمكي")).isEqualTo(ScriptFold.fold("نیروهای کمکی"));
    assertThat(ScriptFold.fold("می‌گوید")).isEqualTo("میگوید");
    assertThat(ScriptFold.fold("ولسوالۍ")).isEqualTo(ScriptFold.fold("ولسوالی"));
    assertThat(ScriptFold.fold("جنـــگ")).isEqualTo("جنگ");
    assertThat(ScriptFold.fold("ګډ")).isEqualTo("گډ");
    assertThat(ScriptFold.fold("۱۴۰۰ و ٢٠")).isEqualTo("1400 و 20");
    assertThat(ScriptFold.fold("Kunduz")).isSameAs("Kunduz");
    assertThat(Norm.of("شُهدا")).isEqualTo(Norm.of("شهدا"));
    assertThat(Norm.of("آمریکا")).isEqualTo(Norm.of("امریکا"));
  }

  private static Map<String, String> langsOf(String text) {
    Document d = new Document("t", text, null, null, null, null);
    CleanDocument c = cleaner.clean(d);
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Segment s : c.segments()) {
      out.put(s.span().of(text).substring(0, 12), s.lang());
    }
    return out;
  }

  @Test
  void persianPashtoArabicAndUrduParagraphsAreToldApart() {
    String fa =
        "نیروهای امنیتی روز دوشنبه اعلام کردند که پس از چند ساعت درگیری کنترل این منطقه را دوباره"
            + " به دست گرفته اند و شماری از افراد مسلح از آنجا فرار کرده اند.";
    String ps =
        "ځايي چارواکو وويل چې امنيتي ځواکونو د دوشنبې په ورځ له څو ساعتونو جګړې وروسته دغه سيمه"
            + " بېرته ونيوله او ګڼ شمېر وسله وال له سيمې وتښتېدل.";
    String ar =
        "قالت مصادر محلية إن القوات الحكومية استعادت السيطرة على المنطقة يوم الاثنين بعد ساعات"
            + " من الاشتباكات التي وقعت في المدينة.";
    String ur =
        "مقامی حکام نے بتایا کہ سیکیورٹی فورسز نے پیر کے روز کئی گھنٹوں کی لڑائی کے بعد اس علاقے کا"
            + " کنٹرول دوبارہ حاصل کر لیا ہے۔";
    Map<String, String> got = langsOf(fa + "\n\n" + ps + "\n\n" + ar + "\n\n" + ur);
    assertThat(got.values()).containsExactly("fa", "ps", "ar", "ur");
  }

  @Test
  void paragraphsInLanguagesNotReadAreNamed() {
    List<Segment> segs =
        List.of(
            new Segment(new CharSpan(0, 10), SegmentKind.BODY, "fa"),
            new Segment(new CharSpan(11, 20), SegmentKind.BODY, "ar"),
            new Segment(new CharSpan(21, 30), SegmentKind.BODY, "ar"),
            new Segment(new CharSpan(31, 40), SegmentKind.FURNITURE, "ur"),
            new Segment(new CharSpan(41, 50), SegmentKind.BODY, "und"));
    assertThat(langs.unreadNote(segs)).contains("2 paragraph(s) in ar not read: no language data");
    assertThat(langs.unreadNote(segs.subList(0, 1))).isEmpty();
  }

  @Test
  void sentencesByRuleAndIcuTokensKeepOffsetsIntoTheOriginal() {
    String text = "آیا شهر سقوط کرد؟ مقامات میگویند نه. می‌گویند جنگ ادامه دارد!\nخبر تازه";
    Document d = new Document("t", text, null, "fa", null, null);
    CleanDocument c =
        new CleanDocument(
            d, List.of(new Segment(new CharSpan(0, text.length()), SegmentKind.BODY, "fa")));
    AnalyzedDocument a = new OpenNlpAnalyzer(models).analyze(c);
    assertThat(a.sentences())
        .extracting(s -> s.span().of(text))
        .containsExactly(
            "آیا شهر سقوط کرد؟", "مقامات میگویند نه.", "می‌گویند جنگ ادامه دارد!", "خبر تازه");
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(t.span().of(text)).isEqualTo(t.text());
      }
    }
    // The word with a zero-width non-joiner is one token; the question mark is its own.
    assertThat(a.sentences().get(2).tokens()).extracting(Token::text).contains("می‌گویند");
    assertThat(a.sentences().get(0).tokens()).extracting(Token::text).endsWith("؟");
  }
}
