/**
 * The {@code sitrep} command: one picocli class per subcommand, argument checking and exit codes;
 * the work is done by the app layer, core fusion and eval.
 */
package org.sitrep.cli;
