package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.model.Document;

/**
 * Where every front gets its pipeline: the resources (NLP models, per-language data files, the
 * gazetteer) are loaded once per JVM and the stages assembled once per gazetteer. The CLI, the
 * server, the streaming job and the benchmarks all go through here, so they run the same stages.
 */
public final class Assembly {
  private Assembly() {}

  // The models and the gazetteer are immutable and large (the world gazetteer: seconds to load);
  // one JVM running several commands (the server, the tests, Flink subtasks) loads each once.
  private static volatile NlpModels models;
  private static final Map<String, Gazetteer> GAZETTEERS = new ConcurrentHashMap<>();
  private static final Map<Gazetteer, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  /** The NLP models of the classpath, loaded on first use. */
  public static NlpModels models() {
    NlpModels m = models;
    if (m == null) {
      synchronized (Assembly.class) {
        if (models == null) {
          models = NlpModels.loadFromClasspath();
        }
        m = models;
      }
    }
    return m;
  }

  /** The standard pipeline over the default gazetteer file (built there when absent). */
  public static Pipeline pipeline() {
    return pipeline(gazetteer());
  }

  /** The standard pipeline over the given gazetteer file (built there when absent). */
  public static Pipeline pipeline(Path gazetteerFile) {
    return pipeline(gazetteer(gazetteerFile));
  }

  /** The standard pipeline over a loaded gazetteer; one per gazetteer. */
  public static Pipeline pipeline(Gazetteer gazetteer) {
    return PIPELINES.computeIfAbsent(gazetteer, g -> Pipelines.standard(models(), g));
  }

  /** The stages up to dates (no gazetteer), for {@code sitrep dates}. */
  public static Function<Document, DatedDocument> dating() {
    return Pipelines.dating(models());
  }

  /**
   * Where sitrep keeps its files: -Dsitrep.home (set by the launcher), SITREP_HOME, -Dsitrep.root
   * (set by the test runner to the project root), or ".".
   */
  public static Path home() {
    for (String h :
        new String[] {
          System.getProperty("sitrep.home"),
          System.getenv("SITREP_HOME"),
          System.getProperty("sitrep.root")
        }) {
      if (h != null && !h.isBlank()) {
        return Path.of(h);
      }
    }
    return Path.of(".");
  }

  /** The gazetteer file: -Dsitrep.gazetteer, SITREP_GAZETTEER, or the default under home. */
  public static Path gazetteerFile() {
    String g = System.getProperty("sitrep.gazetteer");
    if (g == null || g.isBlank()) {
      g = System.getenv("SITREP_GAZETTEER");
    }
    return g == null || g.isBlank() ? Gazetteers.defaultFile(home()) : Path.of(g);
  }

  public static Gazetteer gazetteer() {
    return gazetteer(gazetteerFile());
  }

  /** The gazetteer of this file, loaded once per version of the file (built when absent). */
  public static synchronized Gazetteer gazetteer(Path file) {
    Gazetteer cached = GAZETTEERS.get(version(file));
    if (cached != null) {
      return cached;
    }
    Gazetteer g = Gazetteers.loadOrBuildDefault(file, home(), System.err);
    // Only the latest version is kept: a rebuilt file replaces the old one in memory too.
    GAZETTEERS.values().forEach(PIPELINES::remove);
    GAZETTEERS.clear();
    GAZETTEERS.put(version(file), g);
    return g;
  }

  /** The file's path and modification time ("" time when absent). */
  private static String version(Path file) {
    String v = file.toAbsolutePath().normalize().toString() + "@";
    try {
      return v + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return v;
    }
  }
}
