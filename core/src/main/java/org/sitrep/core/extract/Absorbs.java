package org.sitrep.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.AcledSubEventType;

/**
 * Which sub-event type absorbs which when one sentence reports both at one place (a protest and its
 * arrests, a mob and its killing): data from {@code sitrep/extract/absorbs.tsv}. Immutable.
 */
final class Absorbs {
  private static final String FILE = "sitrep/extract/absorbs.tsv";
  private static final Absorbs STANDARD = parse(read());

  private final Map<AcledSubEventType, Set<AcledSubEventType>> table;

  private Absorbs(Map<AcledSubEventType, Set<AcledSubEventType>> table) {
    this.table = table;
  }

  static Absorbs standard() {
    return STANDARD;
  }

  /** Whether an event of type {@code winner} takes in one of type {@code other}. */
  boolean absorbs(AcledSubEventType winner, AcledSubEventType other) {
    return winner != null && other != null && table.getOrDefault(winner, Set.of()).contains(other);
  }

  static Absorbs parse(String text) {
    Map<AcledSubEventType, Set<AcledSubEventType>> t = new EnumMap<>(AcledSubEventType.class);
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException(FILE + ": bad line: " + line);
      }
      Set<AcledSubEventType> losers = EnumSet.noneOf(AcledSubEventType.class);
      for (String x : f[1].split("\\|")) {
        losers.add(AcledSubEventType.valueOf(x.strip()));
      }
      AcledSubEventType w = AcledSubEventType.valueOf(f[0].strip());
      if (losers.contains(w)) {
        throw new IllegalArgumentException(FILE + ": " + w + " absorbs itself");
      }
      t.put(w, Set.copyOf(losers));
    }
    return new Absorbs(Map.copyOf(t));
  }

  private static String read() {
    try (InputStream in = Absorbs.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
