/**
 * The benchmarks ({@code scripts/bench}): throughput and heap of extract and ingest, the comparison
 * with bare OpenNLP, start-up, adversarial shapes, JMH. The corpus and the figures come from the
 * measure module; the Flink job's run lives in the stream module ({@code scripts/bench flink}).
 */
package org.sitrep.bench;
