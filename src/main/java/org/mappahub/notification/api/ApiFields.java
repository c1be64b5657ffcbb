package org.mappahub.notification.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/**
 * Reading a request body's enum and date fields: absent is null (the service names what is missing), a value that
 * is not one of the enum's or not YYYY-MM-DD is a problem on the field.
 */
final class ApiFields {

    private ApiFields() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null; // the service names what is missing
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    static LocalDate date(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, field + " must be a date as YYYY-MM-DD");
            return null;
        }
    }
}
