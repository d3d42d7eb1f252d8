/**
 * Event extraction: triggers, cues, actors, casualties and claims per language data files, and the
 * extractor that turns placed, dated sentences into contract events.
 */
package org.sitrep.core.extract;
