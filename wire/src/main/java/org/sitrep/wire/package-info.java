/**
 * The contract's shapes (CONTRACTS.md): the one writer ({@link org.sitrep.wire.EventJson}) and the
 * one reader ({@link org.sitrep.wire.EventLines}) of events, and the output formats of fusion
 * ({@link org.sitrep.wire.FusionJson}: control as JSON, CSV, GeoJSON and text, timelines, alerts
 * and changes, events as GeoJSON; {@link org.sitrep.wire.ReportRenderer}: Markdown and HTML).
 */
package org.sitrep.wire;
