package org.sitrep.stream;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The streaming topology: documents (JSON lines) from a Kafka topic → the core pipeline (and the
 * store) → events to a Kafka topic, keyed by event id (a new version of a document first removes
 * its old events there) → versions keyed by document (a new version withdraws the old one's events)
 * → core fusion keyed by region in Flink state → control changes to a Kafka topic, keyed by place,
 * as they happen.
 */
public final class StreamJob {
  private StreamJob() {}

  /** Adds the job to {@code env}; the caller executes it. */
  public static void build(StreamExecutionEnvironment env, StreamSettings s) {
    env.setParallelism(s.parallelism());
    KafkaSourceBuilder<String> source =
        KafkaSource.<String>builder()
            .setBootstrapServers(s.bootstrap())
            .setTopics(s.documentsTopic())
            .setGroupId(s.groupId())
            // A new consumer group reads the topic from the start; a restarted one resumes.
            .setStartingOffsets(
                OffsetsInitializer.committedOffsets(
                    org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
            .setValueOnlyDeserializer(new SimpleStringSchema());
    if (s.bounded()) {
      source.setBounded(OffsetsInitializer.latest());
    }
    DataStream<String> documents =
        env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "documents")
            .uid("documents");
    Outputs out = process(documents, s);
    out.events().sinkTo(sink(s.bootstrap(), s.eventsTopic())).name("events").uid("events-sink");
    out.control()
        .sinkTo(sink(s.bootstrap(), s.controlTopic()))
        .name("control-changes")
        .uid("control-sink");
  }

  /** Event JSON lines, and control changes as JSON lines. */
  public record Outputs(DataStream<String> events, DataStream<String> control) {}

  /**
   * The processing part of the job, whatever the source and sinks: documents (JSON lines) →
   * pipeline (and store) → events; events → versions by document → core fusion keyed by region →
   * control changes.
   */
  public static Outputs process(DataStream<String> documents, StreamSettings s) {
    DataStream<PlaceEvent> extracted =
        documents.flatMap(new ExtractFunction(s)).name("extract").uid("extract");
    // Versions and events, keyed by document: a new version takes its old events back first.
    DataStream<String> json =
        extracted
            .keyBy(e -> e.documentId)
            .process(new EventVersions())
            .name("event-versions")
            .uid("event-versions");
    DataStream<String> control =
        extracted
            .filter(PlaceEvent::forControl)
            .name("territorial")
            .uid("territorial")
            .keyBy(e -> e.documentId)
            .process(new DocumentVersions())
            .name("document-versions")
            .uid("document-versions")
            .keyBy(e -> e.regionKey)
            .process(new ControlFunction())
            .name("control")
            .uid("control");
    return new Outputs(json, control);
  }

  /** Runs the job; blocks until it ends (a bounded job) or fails. */
  public static JobExecutionResult execute(StreamExecutionEnvironment env) {
    try {
      return env.execute("sitrep-stream");
    } catch (Exception e) {
      // Flink declares Exception; this is the one place it becomes ours.
      throw new IllegalStateException("streaming job failed: " + e.getMessage(), e);
    }
  }

  private static KafkaSink<String> sink(String bootstrap, String topic) {
    return KafkaSink.<String>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new KeyedJson(topic))
        // Consumers dedupe by event id / place; the store is idempotent.
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  /** A JSON value keyed by its "event_id" or "place_key" field, so a key stays in a partition. */
  static final class KeyedJson implements KafkaRecordSerializationSchema<String> {
    private static final long serialVersionUID = 1L;
    private final String topic;

    KeyedJson(String topic) {
      this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
        String json, KafkaSinkContext context, Long timestamp) {
      String key = field(json, "\"place_key\":\"");
      if (key == null) {
        key = field(json, "\"event_id\":\"");
      }
      return new ProducerRecord<>(
          topic,
          key == null ? null : key.getBytes(StandardCharsets.UTF_8),
          json.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String json, String prefix) {
      int i = json.indexOf(prefix);
      if (i < 0) {
        return null;
      }
      int start = i + prefix.length();
      int end = json.indexOf('"', start);
      return end < 0 ? null : json.substring(start, end);
    }
  }
}
