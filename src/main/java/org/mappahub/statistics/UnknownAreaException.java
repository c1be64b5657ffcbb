package org.mappahub.statistics;

/** Statistics were asked for an area the installation does not know. */
public class UnknownAreaException extends RuntimeException {

    public UnknownAreaException(String area) {
        super("No area with code " + area + " (or NATIONAL for England and Wales)");
    }
}
