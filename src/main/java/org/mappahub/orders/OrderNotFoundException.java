package org.mappahub.orders;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person's record has no order at this position (a page answers 404, as for a record that is not there). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String ref, int index) {
        super("Nominal " + ref + " has no civil order " + index);
    }
}
