package org.sitrep.server;

import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;

/** The standard pipeline for tests; the NLP models are loaded once per test JVM. */
final class TestPipelines {
  private static NlpModels models;

  private TestPipelines() {}

  static synchronized Pipeline standard(Gazetteer g) {
    if (models == null) {
      models = NlpModels.loadFromClasspath();
    }
    return Pipelines.standard(models, g);
  }
}
