package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;

/** How the text vouches for an event. */
class ClaimReaderTest {
  private final ClaimReader claims = new ClaimReader(Reading.SIDES);

  private Candidate claimed(String text) {
    Reading r = Reading.of("en", "2021-08-03", text);
    Candidate c = r.fresh(0, "captur");
    claims.claim(r.scan(0), c, Attribution.of(r.scan(0)));
    return c;
  }

  @Test
  void aPlainStatementIsAsserted() {
    Candidate c = claimed("The Taliban captured Banu on Monday.");
    assertThat(c.status).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(c.attributedTo).isNull();
    assertThat(c.negated).isFalse();
    assertThat(c.drop).isFalse();
  }

  @Test
  void aPartysSpokesmanClaims() {
    Candidate c = claimed("The Taliban captured Banu on Monday, a Taliban spokesman said.");
    assertThat(c.status).isEqualTo(ClaimStatus.CLAIMED);
    assertThat(c.attributedTo).contains("Taliban");
    assertThat(c.attributionSpan).isNotNull();
  }

  @Test
  void aHedgeHedges() {
    assertThat(claimed("The Taliban reportedly captured Banu on Monday.").status)
        .isEqualTo(ClaimStatus.HEDGED);
  }

  @Test
  void aNegationNegatesAndAPlanIsNoEvent() {
    assertThat(claimed("The Taliban did not capture Banu on Monday.").negated).isTrue();
    assertThat(claimed("The Taliban plan to capture Banu.").drop).isTrue();
  }

  @Test
  void whatACaptureWouldBringIsNoCapture() {
    assertThat(claimed("The capture of Banu would give the Taliban the whole valley.").drop)
        .isTrue();
    assertThat(claimed("The capture of Banu gave the Taliban the whole valley.").drop).isFalse();
    Reading r = Reading.of("fr", "2021-08-03", "La prise de Banu leur ouvrirait toute la vallée.");
    Candidate c = r.fresh(0, "pris");
    claims.claim(r.scan(0), c, Attribution.of(r.scan(0)));
    assertThat(c.drop).isTrue();
  }

  @Test
  void historyDatedYearsBeforeThePublicationIsNoCurrentEvent() {
    Reading r = Reading.of("en", "2021-08-03", "The Taliban captured Banu in 1996.");
    Candidate c = r.fresh(0, "captured");
    c.date =
        GoverningDate.of(r.doc.dated(), r.scan(0).span(c.trig.start(), c.trig.end())).orElseThrow();
    claims.history(r.doc, r.scan(0), c);
    assertThat(c.drop).isTrue();
    Reading now = Reading.of("en", "2021-08-03", "The Taliban captured Banu on Monday.");
    Candidate d = now.fresh(0, "captured");
    d.date =
        GoverningDate.of(now.doc.dated(), now.scan(0).span(d.trig.start(), d.trig.end()))
            .orElseThrow();
    claims.history(now.doc, now.scan(0), d);
    assertThat(d.drop).isFalse();
  }

  @Test
  void aCaptureHalfAYearBeforeTheReportIsBackground() {
    Reading r =
        Reading.of(
            "en", "2021-08-03", "The army had captured Banu on 10 January 2021, officials said.");
    Candidate c = r.fresh(0, "captured");
    c.date =
        GoverningDate.of(r.doc.dated(), r.scan(0).span(c.trig.start(), c.trig.end())).orElseThrow();
    claims.history(r.doc, r.scan(0), c);
    assertThat(c.drop).isTrue();
    Reading recent =
        Reading.of(
            "en", "2021-08-03", "The army had captured Banu on 10 June 2021, officials said.");
    Candidate d = recent.fresh(0, "captured");
    d.date =
        GoverningDate.of(recent.doc.dated(), recent.scan(0).span(d.trig.start(), d.trig.end()))
            .orElseThrow();
    claims.history(recent.doc, recent.scan(0), d);
    assertThat(d.drop).isFalse();
  }

  @Test
  void anUnnamedSpeakerIsQuotedWithoutTheOpeningConnective() {
    Candidate c =
        claimed(
            "Still, a district elder told local radio that the Taliban"
                + " captured Banu on Monday.");
    assertThat(c.status).isEqualTo(ClaimStatus.REPORTED);
    assertThat(c.attributedTo).startsWith("a district elder");
  }

  @Test
  void noCommentYetIsNoDenial() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The army retook Banu on Monday. The insurgents did not respond to questions about the attack.");
    Candidate op = r.fresh(1, "attack");
    claims.claim(r.scan(1), op, Attribution.of(r.scan(1)));
    assertThat(op.negated).isFalse();
  }
}
