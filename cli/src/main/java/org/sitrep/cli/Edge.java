package org.sitrep.cli;

import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;

/** Loads resources once, at the edge, and assembles the stages. */
final class Edge {
  private Edge() {}

  static Pipeline pipeline() {
    return Pipelines.standard(NlpModels.loadFromClasspath());
  }
}
