/**
 * Fusion of events across documents: source groups and voices, control per unit and day, timelines,
 * reports, alerts, and the ACLED code tables. Their output formats are in the wire module ({@code
 * org.sitrep.wire}).
 */
package org.sitrep.core.fusion;
