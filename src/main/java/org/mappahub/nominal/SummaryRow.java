package org.mappahub.nominal;

/**
 * One row of the record page's "Current picture": a record another module keeps (licence, risk, custody),
 * summed up in a line, with a link to its page.
 */
public record SummaryRow(String key, String value, String href) {
}
