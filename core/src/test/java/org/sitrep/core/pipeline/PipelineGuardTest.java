package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A document that exhausts the stack or the heap fails alone, as a {@link RuntimeException} naming
 * it, which every batch loop reports and moves past; an {@link Error} would end the batch.
 */
class PipelineGuardTest {
  private static Pipeline failingWith(Error error) {
    return new Pipeline(
        d -> {
          throw error;
        },
        c -> {
          throw new AssertionError("not reached");
        },
        a -> {
          throw new AssertionError("not reached");
        },
        t -> {
          throw new AssertionError("not reached");
        },
        p -> {
          throw new AssertionError("not reached");
        });
  }

  @Test
  void aStackOverflowIsThatDocumentsFailure() {
    assertThatThrownBy(() -> failingWith(new StackOverflowError()).run(Document.of("deep", "x")))
        .isInstanceOf(DocumentTooComplex.class)
        .hasMessage("deep: too complex to analyse (nesting too deep)");
  }

  @Test
  void runningOutOfHeapIsThatDocumentsFailure() {
    assertThatThrownBy(() -> failingWith(new OutOfMemoryError()).run(Document.of("big", "x")))
        .isInstanceOf(DocumentTooComplex.class)
        .hasMessageContaining("big: too complex to analyse (out of memory)");
  }

  @Test
  void otherErrorsAreNotSwallowed() {
    assertThatThrownBy(() -> failingWith(new AssertionError("bug")).run(Document.of("d", "x")))
        .isInstanceOf(AssertionError.class);
  }
}
