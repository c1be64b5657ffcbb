package org.mappahub.database;

/** The database could not be reached or started; the message says why and what the operator can do. */
public class DatabaseUnavailableException extends IllegalStateException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
