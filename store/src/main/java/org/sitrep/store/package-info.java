/**
 * The store: SQLite or PostgreSQL behind one interface, Flyway migrations, document versions,
 * near-duplicate links, events.
 */
package org.sitrep.store;
