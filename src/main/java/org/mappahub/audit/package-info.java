/**
 * Audit: the append-only, hash-chained trail of who viewed, searched, changed, imported, exported and signed in,
 * with {@code verify} to walk the chain and {@code head} to export its end (docs/AUDIT.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.mappahub.audit;
