/**
 * The web server: the REST API, the alert stream and the map page, over a {@link
 * org.sitrep.server.SitrepBackend} (the live one goes through the app layer).
 */
package org.sitrep.server;
