package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second process writing the store, for {@link ConcurrentWritersTest}: waits for the go file,
 * then ingests documents {@code [from, to)} and the shared documents in its own wording.
 */
public final class WriterChild {
  private WriterChild() {}

  public static void main(String[] args) throws java.io.IOException, InterruptedException {
    String db = args[0];
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    String who = args[3];
    Path go = Path.of(args[4]);
    try (Store s = Store.open(db)) {
      System.out.println("ready");
      System.out.flush();
      while (!Files.exists(go)) {
        Thread.sleep(5);
      }
      for (int i = from; i < to; i++) {
        s.ingest(ConcurrentWritersTest.doc(i));
        if (i % 8 == 0) {
          int k = (i / 8) % ConcurrentWritersTest.SHARED;
          s.ingest(ConcurrentWritersTest.shared(k, who));
        }
      }
    }
    System.out.println("done");
  }
}
