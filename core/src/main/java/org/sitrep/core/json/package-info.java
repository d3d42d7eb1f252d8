/**
 * The contract's event JSON (CONTRACTS.md §2): its one writer ({@link
 * org.sitrep.core.json.EventJson}) and one reader ({@link org.sitrep.core.json.EventLines}).
 */
package org.sitrep.core.json;
