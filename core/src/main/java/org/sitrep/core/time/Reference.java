package org.sitrep.core.time;

import org.sitrep.model.DateInterval;

/**
 * What relative expressions of a document count from: the publication date, or the day the text
 * says it is written on ({@code source}); {@code anchor} is what an expression so counted reports.
 * {@code value} is null when the document has no date.
 */
record Reference(DateInterval value, TimeHit source, String anchor) {}
