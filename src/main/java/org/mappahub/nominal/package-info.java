/**
 * Nominals: the people recorded in the system — identity, aliases, addresses, managing-area history,
 * convictions, custody, category and level spans, orders and events — and searching for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nominal records")
package org.mappahub.nominal;
