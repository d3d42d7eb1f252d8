package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

/** What a resolver makes of one name in a text: the look-ups the place tests share. */
final class ResolverProbe {
  private ResolverProbe() {}

  /** A resolver over a gazetteer of just {@code places}, with the standard lexicon. */
  static GazetteerPlaceResolver over(java.util.List<org.sitrep.model.Place> places) {
    return new GazetteerPlaceResolver(
        Gazetteer.of(places, java.util.Map.of(), java.util.Set.of()),
        GeoLexicon.standard(),
        GeoSettings.defaults());
  }

  /** The resolution of the mention written {@code surface} in {@code text}; null if none. */
  static Resolution resolution(GazetteerPlaceResolver resolver, String text, String surface) {
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals(surface)) {
        return m.resolution();
      }
    }
    return null;
  }

  /** The id of the place {@code surface} resolves to in {@code text}; fails if it is unresolved. */
  static String placeId(GazetteerPlaceResolver resolver, String text, String surface) {
    Resolution r = resolution(resolver, text, surface);
    assertThat(r).as(surface + " in: " + text).isInstanceOf(Resolution.Resolved.class);
    return ((Resolution.Resolved) r).place().id();
  }

  /**
   * The id of the place {@code surface} resolves to in {@code text}; null if unresolved or absent.
   */
  static String resolvedId(GazetteerPlaceResolver resolver, String text, String surface) {
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals(surface) && m.resolution() instanceof Resolution.Resolved r) {
        return r.place().id();
      }
    }
    return null;
  }
}
