package org.sitrep.stream;

import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of the streaming job: {@code flink run -c org.sitrep.stream.StreamMain
 * stream/target/sitrep-stream.jar --bootstrap host:9092 ...} on a cluster, or {@code java -jar
 * stream/target/sitrep-stream.jar ...} for an embedded local cluster.
 */
@Command(
    name = "sitrep-stream",
    mixinStandardHelpOptions = true,
    description = "Streaming extraction on Flink: documents from Kafka, events and control out.")
public final class StreamMain implements Callable<Integer> {
  @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--documents-topic", defaultValue = StreamSettings.DOCUMENTS)
  String documentsTopic;

  @Option(names = "--events-topic", defaultValue = StreamSettings.EVENTS)
  String eventsTopic;

  @Option(names = "--control-topic", defaultValue = StreamSettings.CONTROL)
  String controlTopic;

  @Option(names = "--group-id", defaultValue = "sitrep-stream")
  String groupId;

  @Option(names = "--db", description = "Store: SQLite file, postgresql://... or jdbc URL.")
  String db;

  @Option(names = "--gazetteer", description = "Gazetteer file (on every task manager).")
  String gazetteer;

  @Option(names = "--parallelism", defaultValue = "1")
  int parallelism;

  @Option(names = "--bounded", description = "Stop at the offsets that are latest at start.")
  boolean bounded;

  @Option(
      names = "--checkpoint-ms",
      defaultValue = "10000",
      description = "Checkpoint interval (0: none).")
  long checkpointMs;

  public static void main(String[] args) {
    System.exit(new CommandLine(new StreamMain()).execute(args));
  }

  @Override
  public Integer call() {
    StreamSettings s =
        new StreamSettings(
            bootstrap,
            documentsTopic,
            eventsTopic,
            controlTopic,
            groupId,
            db,
            gazetteer,
            parallelism,
            bounded);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (checkpointMs > 0) {
      env.enableCheckpointing(checkpointMs);
    }
    StreamJob.build(env, s);
    StreamJob.execute(env);
    return 0;
  }
}
