package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index finds exactly the matches, in the same order, as trying every pattern everywhere. */
class PatternIndexTest {
  private record M(int start, int end, TokenPattern what) {}

  private static List<M> brute(List<TokenPattern> patterns, List<String> norm) {
    List<M> out = new ArrayList<>();
    for (int i = 0; i < norm.size(); i++) {
      for (TokenPattern p : patterns) {
        int end = p.matchAt(norm, i);
        if (end > i) {
          out.add(new M(i, end, p));
        }
      }
    }
    return out;
  }

  private static List<M> indexed(List<TokenPattern> patterns, List<String> norm) {
    List<M> out = new ArrayList<>();
    PatternIndex.of(patterns, p -> p).forEachMatch(norm, (s, e, p) -> out.add(new M(s, e, p)));
    return out;
  }

  @Test
  void everyKindOfFirstPositionIsFoundInListOrder() {
    List<TokenPattern> patterns =
        List.of(
            TokenPattern.parse("attack*|raid"),
            TokenPattern.parse("# killed|dead"),
            TokenPattern.parse("*ing .. town"),
            TokenPattern.parse("raid on"),
            TokenPattern.parse("a* b"),
            TokenPattern.parse("*"),
            TokenPattern.parse("at"),
            TokenPattern.parse("attacks"),
            TokenPattern.parse("12|*ed"));
    List<String> norm =
        List.of(
            "raid",
            "on",
            "attacks",
            "12",
            "killed",
            "burning",
            "the",
            "old",
            "town",
            "at",
            "*",
            "a",
            "b",
            "attacked",
            "dead");
    List<M> expected = brute(patterns, norm);
    assertThat(expected).hasSizeGreaterThan(8);
    assertThat(indexed(patterns, norm)).containsExactlyElementsOf(expected);
  }

  @Test
  void theShippedLexiconsMatchAsWithoutTheIndexOnRandomText() {
    Lexicons all = Fixtures.LEX;
    Random rnd = new Random(16);
    for (Lexicon lex : all.languages().values()) {
      List<TokenPattern> patterns = new ArrayList<>();
      lex.triggers().forEach(t -> patterns.add(t.pattern()));
      lex.cues().values().forEach(cs -> cs.forEach(c -> patterns.add(c.pattern())));
      lex.numbers().forEach(n -> patterns.add(n.pattern()));
      all.aliases().forEach(a -> patterns.add(a.pattern()));
      // Words of the patterns themselves, with wildcards filled, cut or extended, and digits.
      List<String> words = new ArrayList<>();
      for (TokenPattern p : patterns) {
        for (List<String> alts : p.parts()) {
          for (String a : alts) {
            String w = a.replace("*", "");
            if (!w.isEmpty() && !w.equals("#") && !w.equals("..")) {
              words.add(w);
              words.add(w + "s");
              words.add("x" + w);
              words.add(w.substring(0, Math.max(1, w.length() - 1)));
            }
          }
        }
      }
      words.add("17");
      words.add("the");
      for (int round = 0; round < 200; round++) {
        List<String> norm = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
          norm.add(words.get(rnd.nextInt(words.size())));
        }
        assertThat(indexed(patterns, norm))
            .as("%s round %d", lex.lang(), round)
            .containsExactlyElementsOf(brute(patterns, norm));
      }
    }
  }

  @Test
  void indexesBuiltAsOneFamilyEachMatchAsTheirOwnList() {
    // The lexicon's lists share one look-up per token (LexiconIndex): every list must still find
    // exactly its own matches, whatever the other lists hold (same words, same prefixes).
    List<List<TokenPattern>> lists =
        List.of(
            List.of(TokenPattern.parse("attack*|raid"), TokenPattern.parse("at")),
            List.of(TokenPattern.parse("att*"), TokenPattern.parse("raid on")),
            List.of(),
            List.of(TokenPattern.parse("*ed"), TokenPattern.parse("# killed|dead")),
            List.of(
                TokenPattern.parse("*cked"), TokenPattern.parse("raid"), TokenPattern.parse("a*")));
    PatternIndex.Family family = new PatternIndex.Family();
    List<PatternIndex<TokenPattern>> indexes = new ArrayList<>();
    for (List<TokenPattern> l : lists) {
      indexes.add(family.add(l, p -> p));
    }
    family.seal();
    List<String> words =
        List.of(
            "raid",
            "on",
            "attacks",
            "attacked",
            "at",
            "12",
            "killed",
            "a",
            "the",
            "dead",
            "tacked");
    Random rnd = new Random(3);
    for (int round = 0; round < 300; round++) {
      List<String> norm = new ArrayList<>();
      for (int k = 0; k < 12; k++) {
        norm.add(words.get(rnd.nextInt(words.size())));
      }
      PatternIndex.Tokens tokens = family.tokens(norm);
      for (int i = 0; i < lists.size(); i++) {
        List<M> got = new ArrayList<>();
        indexes.get(i).forEachMatch(norm, tokens, (s, e, p) -> got.add(new M(s, e, p)));
        assertThat(got)
            .as("list %d on %s", i, norm)
            .containsExactlyElementsOf(brute(lists.get(i), norm));
      }
    }
  }
}
