package org.sitrep.store;

import java.util.Objects;
import org.sitrep.core.text.NearDuplicates;

/** How the store judges near-duplicates across documents. */
public record StoreSettings(NearDuplicates.Settings nearDuplicates) {
  public static final StoreSettings DEFAULTS = new StoreSettings(NearDuplicates.Settings.DEFAULTS);

  public StoreSettings {
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
  }
}
