package org.sitrep.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.app.Assembly;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.text.Token;
import org.sitrep.measure.CorpusGenerator;
import org.sitrep.model.Document;

/**
 * Micro-benchmarks of the hot stages, on one fixed synthetic article: the span-keeping tokenizer
 * and the whole per-document pipeline. Throughput is per document; divide by the article's token
 * count (printed in the setup) for tokens/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TextBenchmarks {
  private Document article;
  private Pipeline pipeline;

  @Setup
  public void setup() {
    CorpusGenerator g = new CorpusGenerator(7);
    // The first long French article of seed 7.
    long i = 0;
    Document d = g.document(i);
    while (d.text().length() < 2000 || !"fr".equals(d.lang())) {
      d = g.document(++i);
    }
    article = d;
    pipeline = Assembly.pipeline();
    System.err.println(
        "article "
            + d.id()
            + ": "
            + OpenNlpAnalyzer.tokenize(d.text(), 0, d.text().length()).size()
            + " tokens");
  }

  @Benchmark
  public java.util.List<Token> tokenize() {
    return OpenNlpAnalyzer.tokenize(article.text(), 0, article.text().length());
  }

  @Benchmark
  public ExtractedDocument pipeline() {
    return pipeline.run(article);
  }
}
