package org.sitrep.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.model.Document;

/** Loads resources once, at the edge, and assembles the stages. */
public final class Edge {
  private Edge() {}

  public static Pipeline pipeline() {
    return Pipelines.standard(NlpModels.loadFromClasspath(), gazetteer());
  }

  /** The standard pipeline over the given gazetteer file (built there when absent). */
  public static Pipeline pipeline(Path gazetteerFile) {
    return Pipelines.standard(NlpModels.loadFromClasspath(), gazetteer(gazetteerFile));
  }

  /** The stages up to dates (no gazetteer), for {@code sitrep dates}. */
  static Function<Document, DatedDocument> dating() {
    return Pipelines.dating(NlpModels.loadFromClasspath());
  }

  /**
   * Where sitrep keeps its files: -Dsitrep.home (set by the launcher), SITREP_HOME, -Dsitrep.root
   * (set by the test runner to the project root), or ".".
   */
  static Path home() {
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
  static Path gazetteerFile() {
    String g = System.getProperty("sitrep.gazetteer");
    if (g == null || g.isBlank()) {
      g = System.getenv("SITREP_GAZETTEER");
    }
    return g == null || g.isBlank() ? Gazetteers.defaultFile(home()) : Path.of(g);
  }

  static Gazetteer gazetteer() {
    return gazetteer(gazetteerFile());
  }

  static Gazetteer gazetteer(Path file) {
    return Gazetteers.loadOrBuildDefault(file, home(), System.err);
  }
}
