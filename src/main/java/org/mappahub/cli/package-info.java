/**
 * The {@code ./mappa} command line: {@code serve} and the operator's commands (import, export, demo data).
 * Commands act as the installation's operator; they call other modules' public APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.mappahub.cli;
