/**
 * The streaming job on Flink: documents from Kafka through the app layer's ingest step, events out,
 * and core fusion keyed by region in Flink state for the control changelog.
 */
package org.sitrep.stream;
