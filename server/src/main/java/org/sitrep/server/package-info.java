/**
 * The web server: the REST API, the alert stream and the map page, over a {@link
 * org.sitrep.server.SitrepBackend} (the live one goes through the app layer). {@code sitrep serve}
 * finds it at run time as {@link org.sitrep.server.JavalinFront}, the app layer's {@code WebFront}
 * (META-INF/services), so the CLI does not depend on this module.
 */
package org.sitrep.server;
