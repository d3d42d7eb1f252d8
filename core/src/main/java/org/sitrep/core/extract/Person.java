package org.sitrep.core.extract;

import java.util.List;
import java.util.Objects;

/** A named person who speaks for an actor ("Zabihullah Mujahid", Taliban spokesman). */
public record Person(String name, String actorId, String title, List<TokenPattern> aliases) {
  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(title, "title");
    aliases = List.copyOf(aliases);
  }

  /** How a claim by this person is attributed: "Zabihullah Mujahid (Taliban spokesman)". */
  public String attribution() {
    return name + " (" + title + ")";
  }
}
