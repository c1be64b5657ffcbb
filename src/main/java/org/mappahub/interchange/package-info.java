/**
 * Interchange: reading and writing MCIF/1 files (docs/MCIF.md) — validating every line of an import,
 * storing it idempotently by {@code ref} without overwriting changes made in the application, and exporting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange (MCIF/1)")
package org.mappahub.interchange;
