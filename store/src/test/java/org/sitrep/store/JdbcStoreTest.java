package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;

class JdbcStoreTest {
  @TempDir Path dir;

  /**
   * The store argument for a fresh database named {@code name} (the same name gives the same
   * database within a test): a SQLite file here, a PostgreSQL schema in {@link PostgresStoreTest}.
   */
  protected String db(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void storesAndReadsBackEventsFieldForField() {
    var x = Fixtures.doc("a", Fixtures.story(1), 3);
    try (Store s = Store.open(db("s.db"))) {
      IngestOutcome o = s.ingest(x);
      assertThat(o.status()).isEqualTo(IngestOutcome.Status.NEW);
      assertThat(o.version()).isEqualTo(1);
      assertThat(o.events()).isEqualTo(3);
      List<Event> back = s.events();
      assertThat(back).containsExactlyInAnyOrderElementsOf(x.events());
      assertThat(s.document("a")).get().extracting(StoredDocument::version).isEqualTo(1);
      assertThat(s.document("a").get().document()).isEqualTo(x.placed().document());
    }
  }

  /**
   * A write that fails because the connection broke under it (a disk error, a server gone) does not
   * poison the rest of the batch: the connection is replaced and the document tried again.
   */
  @Test
  void aBrokenConnectionIsReplacedAndTheBatchGoesOn() throws java.sql.SQLException {
    try (JdbcStore s = (JdbcStore) Store.open(db("s.db"))) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 2));
      s.connectionForTest().close();
      assertThat(s.ingest(Fixtures.doc("b", Fixtures.story(2), 1)).status())
          .isEqualTo(IngestOutcome.Status.NEW);
      assertThat(s.ingest(Fixtures.doc("c", Fixtures.story(3), 1)).status())
          .isEqualTo(IngestOutcome.Status.NEW);
      assertThat(s.documents()).extracting(d -> d.document().id()).containsExactly("a", "b", "c");
    }
  }

  /** Issue 17 item 3: reads recover by themselves from a connection broken under a write. */
  @Test
  void readsReplaceABrokenConnection() throws java.sql.SQLException {
    try (JdbcStore s = (JdbcStore) Store.open(db("s.db"))) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 2));
      s.connectionForTest().close();
      assertThat(s.documents()).extracting(d -> d.document().id()).containsExactly("a");
      s.connectionForTest().close();
      assertThat(s.events()).hasSize(2);
      s.connectionForTest().close();
      assertThat(s.document("a")).isPresent();
      s.connectionForTest().close();
      assertThat(s.counts()).containsEntry("documents", 1);
    }
  }

  /**
   * Issue 17 item 3: a commit that reports a failure after it landed (an fsync error) must not be
   * reported as a failure nor as "unchanged": the outcome says what the database holds.
   */
  @Test
  void aCommitThatLandedDespiteItsErrorIsReportedAsStored() {
    try (JdbcStore s = (JdbcStore) Store.open(db("s.db"))) {
      java.sql.Connection real = s.connectionForTest();
      s.replaceConnectionForTest(
          (java.sql.Connection)
              java.lang.reflect.Proxy.newProxyInstance(
                  java.sql.Connection.class.getClassLoader(),
                  new Class<?>[] {java.sql.Connection.class},
                  (proxy, method, args) -> {
                    try {
                      Object r = method.invoke(real, args);
                      if (method.getName().equals("commit")) {
                        throw new java.sql.SQLException("[SQLITE_IOERR] disk I/O error", null, 10);
                      }
                      return r;
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  }));
      IngestOutcome o = s.ingest(Fixtures.doc("a", Fixtures.story(1), 2));
      assertThat(o.status()).isEqualTo(IngestOutcome.Status.NEW);
      assertThat(o.events()).isEqualTo(2);
      assertThat(s.counts()).containsEntry("documents", 1).containsEntry("events", 2);
    }
  }

  /**
   * Issue 17 item 4: a store file deleted or replaced under a running process refuses writes
   * (rolled back, nothing acknowledged) and leaves no new empty store behind; reads still serve.
   */
  @Test
  void aDeletedOrReplacedStoreFileRefusesWrites() throws java.io.IOException {
    String deleted = db("gone.db");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !deleted.startsWith("jdbc:"), "a store file exists only for SQLite");
    try (JdbcStore s = (JdbcStore) Store.open(deleted)) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 2));
      java.nio.file.Files.delete(java.nio.file.Path.of(deleted));
      assertThatThrownBy(() -> s.ingest(Fixtures.doc("b", Fixtures.story(2), 1)))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("deleted");
      assertThatThrownBy(() -> s.ingest(Fixtures.doc("a", Fixtures.story(1), 2)))
          .as("not even 'unchanged' for a document in a file that is gone")
          .isInstanceOf(StoreUnavailableException.class);
      assertThat(s.documents()).extracting(d -> d.document().id()).containsExactly("a");
    }
    String replaced = db("replaced.db");
    try (JdbcStore s = (JdbcStore) Store.open(replaced)) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 2));
      java.nio.file.Path p = java.nio.file.Path.of(replaced);
      java.nio.file.Path copy = p.resolveSibling("copy.db");
      java.nio.file.Files.copy(p, copy);
      java.nio.file.Files.move(copy, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      assertThatThrownBy(() -> s.ingest(Fixtures.doc("b", Fixtures.story(2), 1)))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("replaced");
    }
  }

  @Test
  void reingestingIdenticalTextChangesNothing() {
    String db = db("s.db");
    var x = Fixtures.doc("a", Fixtures.story(1), 2);
    try (Store s = Store.open(db)) {
      s.ingest(x);
    }
    try (JdbcStore s = (JdbcStore) Store.open(db)) {
      var before = s.counts();
      var doc = x.placed().document();
      assertThat(s.unchanged(doc)).get().extracting(IngestOutcome::events).isEqualTo(2);
      assertThat(
              s.unchanged(new org.sitrep.model.Document("a", "other text", null, null, null, null)))
          .isEmpty();
      IngestOutcome o = s.ingest(x);
      assertThat(o.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
      assertThat(o.events()).isEqualTo(2);
      assertThat(s.counts()).isEqualTo(before);
    }
  }

  @Test
  void changedTextBecomesNewVersionAndOldEventsAreSuperseded() {
    try (JdbcStore s = (JdbcStore) Store.open(db("s.db"))) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 2));
      IngestOutcome o =
          s.ingest(Fixtures.doc("a", Fixtures.story(1) + " A correction followed.", 1));
      assertThat(o.status()).isEqualTo(IngestOutcome.Status.NEW_VERSION);
      assertThat(o.version()).isEqualTo(2);
      assertThat(s.events()).hasSize(1);
      assertThat(s.counts()).containsEntry("superseded", 2).containsEntry("versions", 2);
      assertThat(s.document("a").get().version()).isEqualTo(2);
      assertThat(s.document("a").get().document().text()).endsWith("followed.");
    }
  }

  @Test
  void nearDuplicateIsLinkedNotDropped() {
    String wire = Fixtures.story(7) + " " + Fixtures.story(8) + " " + Fixtures.story(9);
    try (Store s = Store.open(db("s.db"))) {
      s.ingest(Fixtures.doc("outlet-a", wire, 1));
      IngestOutcome b = s.ingest(Fixtures.doc("outlet-b", "Share this article. " + wire, 1));
      IngestOutcome c =
          s.ingest(
              Fixtures.doc(
                  "other",
                  Fixtures.story(20)
                      + " Different words entirely here about a market, a bridge, and the weather in the valley this week, nothing else at all.",
                  1));
      assertThat(b.duplicateOf()).isEqualTo("outlet-a");
      assertThat(c.duplicateOf()).isNull();
      assertThat(s.documents()).hasSize(3);
      assertThat(s.document("outlet-b").get().duplicateOf()).isEqualTo("outlet-a");
      assertThat(s.events()).hasSize(3);
    }
  }

  /** Undated events (issue 11, item 5) and ACLED actor-type codes are stored and read back. */
  @Test
  void undatedEventsAndActorCodesRoundTripAndUndatedSortLast() {
    var x = Fixtures.doc("a", Fixtures.story(1), 3);
    List<Event> evs = new java.util.ArrayList<>();
    for (int i = 0; i < x.events().size(); i++) {
      Event e = x.events().get(i);
      List<EventActor> actors =
          e.actors().stream().map(a -> new EventActor(a.name(), a.role(), a.actorId(), 2)).toList();
      evs.add(
          new Event(
              e.eventId(),
              e.docIds(),
              e.kind(),
              e.subEventType(),
              i == 0 ? null : e.date(), // the first event has no date
              e.location(),
              actors,
              e.territory(),
              e.fatalities(),
              e.claim(),
              e.evidence(),
              e.confidence()));
    }
    try (Store s = Store.open(db("s.db"))) {
      s.ingest(new ExtractedDocument(x.placed(), evs));
      List<Event> back = s.events();
      assertThat(back).containsExactlyInAnyOrderElementsOf(evs);
      assertThat(back.get(back.size() - 1).date()).isNull();
      assertThat(back.get(0).actors()).extracting(EventActor::inter).containsOnly(2);
      // a date filter never returns an event that has no date
      assertThat(
              s.events(
                  new EventQuery(
                      LocalDate.of(2000, 1, 1),
                      LocalDate.of(2100, 1, 1),
                      null,
                      null,
                      null,
                      null,
                      null,
                      0,
                      100)))
          .hasSize(2)
          .allMatch(Event::dated);
    }
  }

  @Test
  void queryFilters() {
    try (Store s = Store.open(db("s.db"))) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 5));
      assertThat(
              s.events(new EventQuery(null, null, null, null, EventKind.CLASH, null, null, 0, 100)))
          .hasSize(2)
          .allMatch(e -> e.kind() == EventKind.CLASH);
      assertThat(
              s.events(
                  new EventQuery(
                      LocalDate.of(2021, 8, 16),
                      LocalDate.of(2021, 8, 17),
                      null,
                      null,
                      null,
                      null,
                      null,
                      0,
                      100)))
          .hasSize(2);
      assertThat(s.events(new EventQuery(null, null, "andarab", null, null, null, null, 0, 100)))
          .hasSize(5);
      assertThat(s.events(new EventQuery(null, null, "Kabul", null, null, null, null, 0, 100)))
          .isEmpty();
      assertThat(s.events(new EventQuery(null, null, null, "baghlan", null, "Taliban", null, 1, 2)))
          .hasSize(2);
      assertThat(s.events().get(0).actors().get(0).role()).isEqualTo(ActorRole.ACTOR1);
    }
  }

  @Test
  void unusableStorePathIsAStoreException() throws Exception {
    Path notADb = dir.resolve("plain.db");
    Files.writeString(notADb, "this is not a database file at all, just some text ".repeat(100));
    assertThatThrownBy(() -> Store.open(notADb.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("plain.db");
  }
}
