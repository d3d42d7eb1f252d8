package org.sitrep.store;

/**
 * Child process of {@link KillNineTest}: ingests many documents into the store named by its first
 * argument, printing the id of each one stored, until it is killed.
 */
public final class KillChild {
  private KillChild() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[1]);
    try (Store s = Store.open(args[0])) {
      for (int i = 0; i < n; i++) {
        s.ingest(
            Fixtures.doc("d" + i, Fixtures.story(i) + " " + Fixtures.story(i + 1), eventsFor(i)));
        System.out.println("stored d" + i);
        System.out.flush();
      }
    }
  }

  /** How many events document {@code i} has: the parent checks this count after the kill. */
  static int eventsFor(int i) {
    return 1 + i % 7;
  }
}
