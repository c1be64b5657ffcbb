/**
 * Demo data: a deterministic generator of realistic MAPPA areas and nominals written as MCIF/1
 * (run by the {@code demo-data} command in {@code cli}). It needs no Spring and no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.mappahub.demo;
