/**
 * Scoring against gold sets: events ({@link org.sitrep.eval.EventEvaluation}, {@link
 * org.sitrep.eval.GoldEvent}), time expressions ({@link org.sitrep.eval.DateEvaluation}) and places
 * ({@link org.sitrep.eval.PlaceEvaluation}); not part of the pipeline.
 */
package org.sitrep.eval;
