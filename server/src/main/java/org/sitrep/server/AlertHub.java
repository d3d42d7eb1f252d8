package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.sse.SseClient;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sitrep.wire.EventJson;

/**
 * The Server-Sent Events subscribers to control-change alerts, each with an optional filter on
 * place, province or actor (compared without case, accents or punctuation).
 */
final class AlertHub {
  record Filter(String place, String province, String actor) {
    boolean accepts(JsonNode a) {
      if (place != null
          && !key(a.path("name").asText()).equals(key(place))
          && !key(a.path("admin2").asText()).equals(key(place))
          && !a.path("place_id").asText().equals(place)) {
        return false;
      }
      if (province != null && !key(a.path("admin1").asText()).equals(key(province))) {
        return false;
      }
      if (actor != null) {
        String k = key(actor);
        return k.equals(key(a.path("to").path("controller").asText()))
            || k.equals(key(a.path("from").path("controller").asText()));
      }
      return true;
    }
  }

  private record Subscriber(SseClient client, Filter filter) {}

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

  void subscribe(SseClient client, Filter filter) {
    Subscriber s = new Subscriber(client, filter);
    subscribers.add(s);
    client.onClose(() -> subscribers.remove(s));
    client.sendComment("sitrep alerts: control changes caused by ingested documents");
    client.keepAlive();
  }

  int size() {
    return subscribers.size();
  }

  void publish(List<JsonNode> alerts) {
    for (JsonNode a : alerts) {
      String data = EventJson.write(a);
      for (Subscriber s : subscribers) {
        if (s.client().terminated()) {
          subscribers.remove(s);
        } else if (s.filter().accepts(a)) {
          s.client().sendEvent("alert", data);
        }
      }
    }
  }

  void closeAll() {
    for (Subscriber s : subscribers) {
      s.client().close();
    }
    subscribers.clear();
  }

  static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
