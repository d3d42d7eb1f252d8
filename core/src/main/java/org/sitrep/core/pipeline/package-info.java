/**
 * The per-document pipeline (cleaner → analyser → dates → places → events) and its standard
 * assembly from loaded resources.
 */
package org.sitrep.core.pipeline;
