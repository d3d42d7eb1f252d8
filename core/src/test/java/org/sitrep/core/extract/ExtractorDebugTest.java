package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.json.EventJson;
import org.sitrep.model.Event;

class ExtractorDebugTest {
  @Test
  void debug() {
    String t = System.getProperty("dbg.text");
    if (t == null) {
      return;
    }
    for (Event e : Fixtures.extract(System.getProperty("dbg.pub", "2021-09-06"), t)) {
      System.out.println(EventJson.toJson(e));
    }
  }
}
