/**
 * The benchmarks: a seeded synthetic FR/EN corpus, throughput and heap of extract, ingest and the
 * Flink job, adversarial shapes ({@code scripts/bench}).
 */
package org.sitrep.bench;
