package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep eval}: bad gold is a usage error; on the seeds (when ../shared and the built
 * default gazetteer are at hand) every core event is found, no forbidden one, and at most 20% of
 * the events match nothing.
 */
class EvalCommandTest {
  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void badGoldIsAUsageError(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc\": \"d\", \"gold\": \"maybe\", \"kind\": \"clash\"}\n");
    CliRun r = run("eval", "--gold", gold.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("gold line 1");
  }

  @Test
  void seedsMeetTheIssuesBar() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no ../shared");
    Path gaz = Path.of("..", ".sitrep", "gazetteer", "gazetteer.jsonl.gz").toAbsolutePath();
    assumeTrue(Files.isRegularFile(gaz), "default gazetteer not built (./sitrep builds it)");
    System.setProperty("sitrep.gazetteer", gaz.toString());
    try {
      CliRun r =
          run(
              "eval",
              "--json",
              "--gold",
              Path.of(shared, "dev", "seeds.gold.jsonl").toString(),
              Path.of(shared, "seeds").toString());
      assertThat(r.code()).isEqualTo(0);
      JsonNode n = new ObjectMapper().readTree(r.out());
      assertThat(n.get("recall_core").asDouble()).isEqualTo(1.0);
      assertThat(n.get("forbidden_hits").asInt()).isZero();
      assertThat(n.get("unmatched_share").asDouble()).isLessThanOrEqualTo(0.2);
    } finally {
      System.clearProperty("sitrep.gazetteer");
    }
  }
}
