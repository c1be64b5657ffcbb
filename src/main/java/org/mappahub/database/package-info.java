/**
 * The database: chooses the PostgreSQL server (an external one from MAPPA_DB_URL, or an embedded one
 * whose data lives in MAPPA_DATA_DIR) and the two roles — the owner that migrates, the application's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.mappahub.database;
