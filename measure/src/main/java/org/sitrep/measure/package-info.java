/**
 * What the benchmarks share (scripts/bench: the bench module's extract and ingest runs, the stream
 * module's Flink run): the seeded synthetic FR/EN corpus ({@link
 * org.sitrep.measure.CorpusGenerator}) and a run's figures ({@link org.sitrep.measure.Measurement},
 * {@link org.sitrep.measure.HeapWatch}).
 */
package org.sitrep.measure;
