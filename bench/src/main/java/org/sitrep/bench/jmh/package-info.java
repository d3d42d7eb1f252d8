/** JMH micro-benchmarks of the text stages (tokenizer, sentence analysis). */
package org.sitrep.bench.jmh;
