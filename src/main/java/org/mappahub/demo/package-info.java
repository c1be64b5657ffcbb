/**
 * Demo data: a deterministic generator of realistic MAPPA areas and nominals written as MCIF/1,
 * and the {@code demo-data} command that runs it. It needs no Spring and no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.mappahub.demo;
