/**
 * Fusion of events across documents: source groups and voices, control per unit and day, timelines,
 * reports, alerts, and their output formats (JSON, CSV, GeoJSON, ACLED CSV, Markdown/HTML).
 */
package org.sitrep.core.fusion;
