/**
 * Reading input documents (CONTRACTS.md §1: text files with a date header, JSON Lines,
 * directories), with bad input reported per document.
 */
package org.sitrep.ingest;
