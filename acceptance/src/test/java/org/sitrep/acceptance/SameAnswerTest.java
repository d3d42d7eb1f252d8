package org.sitrep.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Assembly;
import org.sitrep.app.IngestService;
import org.sitrep.cli.CliRun;
import org.sitrep.core.fusion.ControlUnit;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.UnitLevel;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.server.LiveBackend;
import org.sitrep.store.Store;
import org.sitrep.stream.StreamJob;
import org.sitrep.stream.StreamSettings;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.EventLines;

/**
 * One control rule: the same reports, fed in several orders through the CLI pipe ({@code extract |
 * control --events -}), the store ({@code ingest} then {@code control --db}), the server and the
 * Flink job (on a MiniCluster), give the same control table. The reports are the project's
 * examples, which hold a wire story and an outlet's reprint of it: every path counts it once.
 */
class SameAnswerTest {
  @TempDir static Path tmp;
  static List<Document> docs;

  @BeforeAll
  static void read() {
    Assumptions.assumeTrue(
        Files.isRegularFile(Assembly.gazetteerFile())
            || Files.isDirectory(org.sitrep.gazetteer.Gazetteers.vendorCitiesJson(Assembly.home())),
        "no gazetteer: run scripts/setup");
    docs = new ArrayList<>();
    Path examples = Path.of(System.getProperty("sitrep.root", ".."), "examples");
    new DocumentReader()
        .read(
            List.of(examples),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                docs.add(ok.document());
              }
            });
    assertThat(docs).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theCliPipeTheStoreTheServerAndTheFlinkJobGiveTheSameControl() throws Exception {
    List<List<Document>> orders = new ArrayList<>();
    orders.add(docs);
    List<Document> reversed = new ArrayList<>(docs);
    Collections.reverse(reversed);
    orders.add(reversed);
    List<Document> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(14));
    orders.add(shuffled);

    Map<String, JsonNode> reference = null;
    int n = 0;
    for (List<Document> order : orders) {
      n++;
      Path feed = tmp.resolve("feed-" + n + ".jsonl");
      Files.write(feed, order.stream().map(SameAnswerTest::jsonLine).toList());

      // The CLI pipe: extract, then control over the event lines.
      CliRun extract = CliRun.throughProcessStreams("extract", feed.toString());
      assertThat(extract.code()).as(extract.err()).isZero();
      Path events = Files.writeString(tmp.resolve("events-" + n + ".jsonl"), extract.out());
      // Each region's table is read as of its latest news, as the stream reports it.
      Map<String, LocalDate> asOf = latestNewsByRegion(extract.out());
      assertThat(asOf).isNotEmpty();
      Map<String, JsonNode> pipe = new TreeMap<>();
      Map<String, JsonNode> stored = new TreeMap<>();
      Map<String, JsonNode> served = new TreeMap<>();
      String db = tmp.resolve("store-" + n + ".db").toString();
      CliRun ingest = CliRun.throughProcessStreams("ingest", "--db", db, feed.toString());
      assertThat(ingest.code()).as(ingest.err()).isZero();
      Store serverStore = Store.open(tmp.resolve("server-" + n + ".db").toString());
      LiveBackend server =
          new LiveBackend(
              IngestService.tracking(Assembly::pipeline, serverStore, FusionSettings.defaults()),
              Assembly.gazetteer());
      for (Document d : order) {
        server.ingest(d);
      }
      for (LocalDate day : new TreeSet<>(asOf.values())) {
        CliRun p =
            CliRun.throughProcessStreams(
                "control", "--events", events.toString(), "--date", day.toString());
        CliRun s = CliRun.throughProcessStreams("control", "--db", db, "--date", day.toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(s.code()).as(s.err()).isZero();
        keep(EventJson.mapper().readTree(p.out()), asOf, day, pipe);
        keep(EventJson.mapper().readTree(s.out()), asOf, day, stored);
        keep(server.control(day), asOf, day, served);
      }
      server.close();
      Map<String, JsonNode> streamed = flink(order);

      assertThat(pipe).as("order %d: pipe", n).isNotEmpty();
      assertThat(stored).as("order %d: store vs pipe", n).isEqualTo(pipe);
      assertThat(served).as("order %d: server vs pipe", n).isEqualTo(pipe);
      assertThat(streamed).as("order %d: flink vs pipe", n).isEqualTo(pipe);
      if (reference == null) {
        reference = pipe;
      }
      assertThat(pipe).as("order %d vs the first order", n).isEqualTo(reference);
    }
    // The wire story and its reprint are one source.
    assertThat(reference.get("district:baghlan/puli-khumri").get("sources").asInt()).isEqualTo(1);
  }

  /** The Flink job's control changes, the last per place: its table. */
  private static Map<String, JsonNode> flink(List<Document> order) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    StreamSettings s =
        new StreamSettings("unused:9092", "docs", "events", "control", "test", null, null, 1, true);
    DataStream<String> docs = env.fromData(order.stream().map(SameAnswerTest::jsonLine).toList());
    Map<String, JsonNode> last = new TreeMap<>();
    try (CloseableIterator<String> it = StreamJob.process(docs, s).control().executeAndCollect()) {
      while (it.hasNext()) {
        JsonNode r = EventJson.mapper().readTree(it.next());
        last.put(r.get("place_key").asText(), r);
      }
    }
    Map<String, JsonNode> out = new TreeMap<>();
    last.forEach(
        (k, r) -> {
          if (!r.path("removed").asBoolean(false)) {
            ObjectNode state = r.deepCopy();
            state.remove("place_key");
            state.remove("as_of");
            out.put(k, state);
          }
        });
    return out;
  }

  /** The states of {@code table} whose region's latest news is {@code day}. */
  private static void keep(
      JsonNode table, Map<String, LocalDate> asOf, LocalDate day, Map<String, JsonNode> into) {
    for (JsonNode s : table) {
      if (day.equals(asOf.get(region(s)))) {
        into.put(s.get("place_id").asText(), s);
      }
    }
  }

  private static String region(JsonNode state) {
    String id = state.get("place_id").asText();
    if ("province".equals(state.path("level").asText())) {
      return id;
    }
    JsonNode a1 = state.get("admin1");
    return a1 == null || a1.isNull() || a1.asText().isBlank()
        ? id
        : new ControlUnit(id, UnitLevel.DISTRICT, id, a1.asText(), null, null, null).regionId();
  }

  private static Map<String, LocalDate> latestNewsByRegion(String eventLines) {
    Map<String, LocalDate> out = new TreeMap<>();
    for (String line : eventLines.lines().toList()) {
      Event e = EventLines.parse(line);
      if (e.kind() == EventKind.TERRITORY) {
        out.merge(
            ControlUnit.of(e.location()).regionId(), e.date().to(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return out;
  }

  /** A document as a JSON line of CONTRACTS.md §1. */
  private static String jsonLine(Document d) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("id", d.id());
    n.put("text", d.text());
    if (d.published() != null) {
      n.put(
          "published",
          d.published().precision() == DatePrecision.DAY
              ? d.published().from().toString()
              : d.published().from().toString().substring(0, 7));
    }
    n.put("source", d.source());
    n.put("url", d.url());
    n.put("lang", d.lang());
    return n.toString();
  }
}
