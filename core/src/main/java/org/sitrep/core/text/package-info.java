/**
 * Text stages: cleaning (furniture, the date header), language, sentences and tokens,
 * near-duplicate signatures.
 */
package org.sitrep.core.text;
