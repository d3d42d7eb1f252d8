package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.store.EventQuery;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;
import org.sitrep.store.StoredDocument;

/**
 * TEMPORARY: an in-memory Store with the interface's semantics (versions, unchanged re-ingest,
 * query filters), used until the SQLite store is merged; then the tests open the real one.
 */
final class MemoryStore implements Store {
  private final Map<String, StoredDocument> docs = new TreeMap<>();
  private final Map<String, List<Event>> events = new TreeMap<>();

  @Override
  public synchronized IngestOutcome ingest(ExtractedDocument x) {
    String hash = sha(x.text());
    StoredDocument old = docs.get(x.id());
    if (old != null && old.contentHash().equals(hash)) {
      return new IngestOutcome(x.id(), IngestOutcome.Status.UNCHANGED, old.version(), 0, null);
    }
    int version = old == null ? 1 : old.version() + 1;
    docs.put(
        x.id(),
        new StoredDocument(x.placed().dated().analyzed().clean().document(), version, hash, null));
    events.put(x.id(), List.copyOf(x.events()));
    return new IngestOutcome(
        x.id(),
        old == null ? IngestOutcome.Status.NEW : IngestOutcome.Status.NEW_VERSION,
        version,
        x.events().size(),
        null);
  }

  @Override
  public synchronized List<Event> events(EventQuery q) {
    List<Event> out = new ArrayList<>();
    for (List<Event> l : events.values()) {
      for (Event e : l) {
        if (q.from() != null && e.date().to().isBefore(q.from())
            || q.to() != null && e.date().from().isAfter(q.to())
            || q.kind() != null && e.kind() != q.kind()
            || q.claim() != null && e.claim().status() != q.claim()
            || q.place() != null
                && (e.location() == null || !q.place().equals(e.location().gazetteerId()))
            || q.admin1() != null
                && (e.location() == null || !q.admin1().equalsIgnoreCase(e.location().admin1()))
            || q.actor() != null && !hasActor(e, q.actor())) {
          continue;
        }
        out.add(e);
      }
    }
    out.sort(java.util.Comparator.comparing(Event::eventId));
    int from = (int) Math.min(out.size(), q.offset());
    int to = (int) Math.min(out.size(), (long) q.offset() + q.limit());
    return List.copyOf(out.subList(from, to));
  }

  private static boolean hasActor(Event e, String actor) {
    for (EventActor a : e.actors()) {
      if (a.name().toLowerCase(Locale.ROOT).contains(actor.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized Optional<StoredDocument> document(String id) {
    return Optional.ofNullable(docs.get(id));
  }

  @Override
  public synchronized List<StoredDocument> documents() {
    return List.copyOf(docs.values());
  }

  @Override
  public void close() {}

  private static String sha(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
