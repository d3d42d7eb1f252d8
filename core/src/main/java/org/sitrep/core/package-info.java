/**
 * Pure pipeline stages: {@code text} (cleaning, language, sentences, tokens), {@code time} (time
 * expressions), {@code geo} (place mentions and their resolution), {@code extract} (events, actors,
 * casualties, claims) and {@code fusion} (cross-report fusion and territorial control). Nothing
 * here touches files, sockets, databases or the clock: data files are read from the classpath by
 * loaders called once at the edge, and "today" is always passed in.
 */
package org.sitrep.core;
