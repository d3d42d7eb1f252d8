/**
 * The {@code sitrep} command: one picocli class per subcommand, argument checking and exit codes;
 * the work is done by the app layer, core fusion and eval; {@code serve} finds the server at run
 * time (the app layer's {@code WebFront}: it is in the dist jar, not a dependency of this module).
 */
package org.sitrep.cli;
