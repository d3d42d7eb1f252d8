package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.SourceGroups;
import org.sitrep.model.Event;
import org.sitrep.store.Store;
import org.sitrep.store.StoredDocument;
import org.sitrep.wire.EventLines;
import picocli.CommandLine.Option;

/**
 * Where the fusion commands get their events: the store ({@code --db}, with its near-duplicate
 * links and outlet names) or a JSON Lines file of contract events ({@code --events}, "-" for
 * stdin). Also loads the fusion settings once ({@code --settings}, a properties file whose keys are
 * {@link FusionSettings}' component names).
 */
final class FusionInputs {
  @Option(
      names = "--db",
      description = "The store (SQLite file or jdbc: URL); default: $SITREP_DB or sitrep.db.")
  String db;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description = "Read contract events (JSON Lines, '-' for stdin) instead of the store.")
  String events;

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      description = "Fusion settings overrides (properties: name=value).")
  Path settings;

  /** What the commands work on. */
  record Loaded(List<Event> events, SourceGroups groups, Map<String, String> sourceOfDoc) {}

  Loaded load(PrintWriter err) {
    if (events != null) {
      // Wire copies count once here too: extract marks a near-duplicate's events (duplicate_of).
      EventLines.Read read = readEvents(err);
      return new Loaded(
          read.events(), SourceGroups.fromDuplicateLinks(read.duplicateOf()), Map.of());
    }
    String target = db != null ? db : System.getenv().getOrDefault("SITREP_DB", Store.DEFAULT_DB);
    if (!target.startsWith("jdbc:") && !Files.exists(Path.of(target))) {
      // reading commands never create an empty store by mistake
      throw new UsageException("no store at " + target + " (run sitrep ingest first, or --events)");
    }
    try (Store store = Store.open(target)) {
      Map<String, String> links = new HashMap<>();
      Map<String, String> sources = new HashMap<>();
      for (StoredDocument d : store.documents()) {
        links.put(d.document().id(), d.duplicateOf());
        d.document().sourceName().ifPresent(s -> sources.put(d.document().id(), s));
      }
      return new Loaded(store.events(), SourceGroups.fromDuplicateLinks(links), sources);
    }
  }

  ControlService service(PrintWriter err) {
    Loaded l = load(err);
    return ControlService.of(l.events(), l.groups(), settings());
  }

  private EventLines.Read readEvents(PrintWriter err) {
    try {
      InputStream in = "-".equals(events) ? System.in : Files.newInputStream(Path.of(events));
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return EventLines.read(
            r,
            events,
            m -> {
              err.println("sitrep: " + m);
              err.flush();
            });
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("no such events file: " + events);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + events, e);
    }
  }

  FusionSettings settings() {
    if (settings == null) {
      return FusionSettings.defaults();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(settings)) {
      p.load(in);
    } catch (IOException e) {
      throw new UsageException("cannot read settings " + settings + ": " + e.getMessage());
    }
    FusionSettings d = FusionSettings.defaults();
    RecordComponent[] comps = FusionSettings.class.getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    try {
      for (int i = 0; i < comps.length; i++) {
        types[i] = comps[i].getType();
        String v = p.getProperty(comps[i].getName());
        Object def = comps[i].getAccessor().invoke(d);
        if (v == null) {
          args[i] = def;
        } else if (types[i] == int.class) {
          args[i] = Integer.parseInt(v.trim());
        } else {
          args[i] = Double.parseDouble(v.trim());
        }
        p.remove(comps[i].getName());
      }
      if (!p.isEmpty()) {
        throw new UsageException("unknown fusion settings in " + settings + ": " + p.keySet());
      }
      return FusionSettings.class.getDeclaredConstructor(types).newInstance(args);
    } catch (NumberFormatException e) {
      throw new UsageException("bad number in " + settings + ": " + e.getMessage());
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new UsageException("bad settings in " + settings + ": " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build fusion settings", e);
    }
  }

  static LocalDate date(String s, String option) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " must be YYYY-MM-DD: " + s);
    }
  }
}
