package org.sitrep.core.time;

/**
 * One step of {@link RuleDateResolver}: reads what earlier steps said about the document's time
 * expressions and adds one thing (spans, tense, reference, values...). The order of the steps is in
 * {@link RuleDateResolver}. Implementations are stateless.
 */
interface TimeAnnotator {
  void annotate(Resolution r);
}
