package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patterns of one language's lexicon (triggers, every cue category, number words, the actor
 * aliases and persons' names that apply to it), each list indexed by its first token ({@link
 * PatternIndex}). Built once per language when the extractor is made; immutable, thread-safe.
 */
final class LexiconIndex {
  /** An actor's alias or a person's name, as the scan reports it. */
  record ActorPattern(TokenPattern pattern, String actorId, Person person) {}

  final PatternIndex<Trigger> triggers;
  final Map<String, PatternIndex<Cue>> cues;
  final PatternIndex<NumberWord> numbers;

  /** Aliases first, then persons' names: the order in which the scan reports them per token. */
  final PatternIndex<ActorPattern> actors;

  /** All the indexes above, built together: a sentence's tokens are looked up once for all. */
  final PatternIndex.Family family = new PatternIndex.Family();

  private LexiconIndex(Lexicon lex, Lexicons all) {
    triggers = family.add(lex.triggers(), Trigger::pattern);
    Map<String, PatternIndex<Cue>> c = new HashMap<>();
    lex.cues().forEach((k, v) -> c.put(k, family.add(v, Cue::pattern)));
    cues = Map.copyOf(c);
    numbers = family.add(lex.numbers(), NumberWord::pattern);
    List<ActorPattern> a = new ArrayList<>();
    for (ActorAlias alias : all.aliases()) {
      if (alias.appliesTo(lex.lang())) {
        a.add(new ActorPattern(alias.pattern(), alias.actorId(), null));
      }
    }
    for (Person p : all.persons()) {
      for (TokenPattern tp : p.aliases()) {
        a.add(new ActorPattern(tp, p.actorId(), p));
      }
    }
    actors = family.add(a, ActorPattern::pattern);
    family.seal();
  }

  static LexiconIndex of(Lexicon lex, Lexicons all) {
    return new LexiconIndex(lex, all);
  }

  /** The index of every language of {@code all}, by lexicon (identity). */
  static Map<Lexicon, LexiconIndex> forAll(Lexicons all) {
    Map<Lexicon, LexiconIndex> out = new java.util.IdentityHashMap<>();
    for (Lexicon l : all.languages().values()) {
      out.put(l, of(l, all));
    }
    return out;
  }
}
