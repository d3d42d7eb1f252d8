package org.sitrep.cli;

import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;

/** Loads resources once, at the edge, and assembles the stages. */
public final class Edge {
  private Edge() {}

  public static Pipeline pipeline() {
    return Pipelines.standard(NlpModels.loadFromClasspath());
  }
}
