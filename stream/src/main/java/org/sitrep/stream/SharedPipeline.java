package org.sitrep.stream;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.cli.Edge;
import org.sitrep.core.pipeline.Pipeline;

/**
 * One pipeline per task-manager JVM and gazetteer. Flink runs many subtasks in one JVM; the models
 * and the gazetteer are large and immutable, and the pipeline is thread-safe, so loading them once
 * per JVM instead of once per subtask keeps the heap flat as parallelism grows. This cache is the
 * only static state of the job, on purpose.
 */
public final class SharedPipeline {
  private static final Map<String, Pipeline> PIPELINES = new HashMap<>();

  private SharedPipeline() {}

  public static synchronized Pipeline get(Path gazetteer) {
    String key = gazetteer == null ? "" : gazetteer.toAbsolutePath().toString();
    return PIPELINES.computeIfAbsent(
        key, k -> gazetteer == null ? Edge.pipeline() : Edge.pipeline(gazetteer));
  }
}
