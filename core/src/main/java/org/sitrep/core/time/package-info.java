/**
 * Time: expressions per language pattern files, their anchoring on the publication date, and the
 * dates of events.
 */
package org.sitrep.core.time;
