/**
 * Places: the gazetteer (names, admin units, boundaries) and the resolver from place mentions to
 * gazetteer places.
 */
package org.sitrep.core.geo;
