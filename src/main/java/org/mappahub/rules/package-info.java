/**
 * Statutory rules: pure functions, no framework, no database. Every statutory number lives here once with
 * its citation (the Act, statutory instrument or guidance, as {@code domain/MAPPA.md} §5 gives it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statutory rules")
package org.mappahub.rules;
