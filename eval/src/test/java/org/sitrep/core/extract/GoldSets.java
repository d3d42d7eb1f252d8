package org.sitrep.core.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;

/** The project's own gold sets (sitrep/extract/gold/{lang}.docs.jsonl and .gold.jsonl). */
final class GoldSets {
  private GoldSets() {}

  static List<Document> docs(String lang) {
    List<Document> out = new ArrayList<>();
    for (String l : Fixtures.resource("sitrep/extract/gold/" + lang + ".docs.jsonl").split("\n")) {
      if (l.isBlank()) {
        continue;
      }
      try {
        JsonNode n = EventJson.mapper().readTree(l);
        String p = n.get("published").asText();
        DateInterval pub =
            p.length() == 7
                ? DateInterval.month(YearMonth.parse(p))
                : DateInterval.day(LocalDate.parse(p));
        out.add(
            new Document(
                n.get("id").asText(),
                n.get("text").asText(),
                pub,
                null,
                null,
                n.get("lang").asText()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  static List<GoldEvent> gold(String lang) {
    return GoldEvent.parse(Fixtures.resource("sitrep/extract/gold/" + lang + ".gold.jsonl"));
  }

  static List<Event> extract(List<Document> docs) {
    List<Event> events = new ArrayList<>();
    for (Document d : docs) {
      events.addAll(Fixtures.PIPELINE.run(d).events());
    }
    return events;
  }

  static EventEvaluation.Report evaluate(String lang) {
    return EventEvaluation.score(gold(lang), extract(docs(lang)));
  }
}
