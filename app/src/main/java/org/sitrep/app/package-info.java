/**
 * The application layer every front (cli, server, stream, bench) goes through: {@link
 * org.sitrep.app.Assembly} loads the resources once and builds the pipeline; {@link
 * org.sitrep.app.IngestService} is the one ingest step (unchanged? → pipeline → store → fused view
 * and control changes).
 */
package org.sitrep.app;
