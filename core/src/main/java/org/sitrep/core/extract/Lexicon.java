package org.sitrep.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The extraction data of one language: triggers, cue words, number words, function words. */
public record Lexicon(
    String lang,
    List<Trigger> triggers,
    Map<String, List<Cue>> cues,
    List<NumberWord> numbers,
    Set<String> functionWords) {
  public Lexicon {
    Objects.requireNonNull(lang, "lang");
    triggers = List.copyOf(triggers);
    cues = Map.copyOf(cues);
    numbers = List.copyOf(numbers);
    functionWords = Set.copyOf(functionWords);
  }

  public List<Cue> cues(String category) {
    return cues.getOrDefault(category, List.of());
  }
}
