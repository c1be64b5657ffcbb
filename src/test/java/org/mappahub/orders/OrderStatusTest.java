package org.mappahub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.OrderChange;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderDetails;
import org.mappahub.nominal.NominalRecord.OrderType;

/**
 * The lifecycle status of an order on a day, from its dates and recorded changes (applied for → interim → granted or
 * refused → varied, renewed, discharged, expired). One SHPO: applied 2020-01-10, interim 2020-02-01, granted
 * 2020-03-01, in force 2020-03-01 to 2025-03-01, unless a row says otherwise.
 */
class OrderStatusTest {

    @ParameterizedTest(name = "{0}: {10} on {9}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                         applied,    interim,    granted,    refused,    from,       to,         change,     changeOn,   today,      status
            nothing yet,                    -,          -,          -,          -,          -,          -,          -,          -,          2020-01-01, RECORDED
            application in future,          2020-01-10, -,          -,          -,          -,          -,          -,          -,          2020-01-09, RECORDED
            applied for,                    2020-01-10, -,          -,          -,          -,          -,          -,          -,          2020-01-10, APPLIED_FOR
            interim without span,           2020-01-10, 2020-02-01, -,          -,          -,          -,          -,          -,          2020-02-01, INTERIM
            interim in force,               2020-01-10, 2020-02-01, -,          -,          2020-02-01, -,          -,          -,          2020-02-15, INTERIM
            interim then grant tomorrow,    2020-01-10, 2020-02-01, 2020-03-01, -,          2020-02-01, -,          -,          -,          2020-02-29, INTERIM
            granted in force,               2020-01-10, 2020-02-01, 2020-03-01, -,          2020-03-01, 2025-03-01, -,          -,          2020-03-01, IN_FORCE
            last day in force,              2020-01-10, -,          2020-03-01, -,          2020-03-01, 2025-03-01, -,          -,          2025-02-28, IN_FORCE
            expired on to,                  2020-01-10, -,          2020-03-01, -,          2020-03-01, 2025-03-01, -,          -,          2025-03-01, EXPIRED
            until further order,            2020-01-10, -,          2020-03-01, -,          2020-03-01, -,          -,          -,          2040-01-01, IN_FORCE
            granted not yet in force,       2020-01-10, -,          2020-03-01, -,          2020-04-01, -,          -,          -,          2020-03-15, GRANTED
            refused,                        2020-01-10, -,          -,          2020-03-01, -,          -,          -,          -,          2020-03-01, REFUSED
            refused after interim,          2020-01-10, 2020-02-01, -,          2020-03-01, 2020-02-01, 2020-03-01, -,          -,          2020-03-05, REFUSED
            varied,                         2020-01-10, -,          2020-03-01, -,          2020-03-01, 2025-03-01, VARIED,     2021-06-01, 2021-06-01, VARIED
            variation not yet,              2020-01-10, -,          2020-03-01, -,          2020-03-01, 2025-03-01, VARIED,     2021-06-01, 2021-05-31, IN_FORCE
            renewed,                        2020-01-10, -,          2020-03-01, -,          2020-03-01, 2030-03-01, RENEWED,    2025-02-01, 2026-01-01, RENEWED
            renewed then expired,           2020-01-10, -,          2020-03-01, -,          2020-03-01, 2030-03-01, RENEWED,    2025-02-01, 2030-03-01, EXPIRED
            discharged,                     2020-01-10, -,          2020-03-01, -,          2020-03-01, 2022-01-01, DISCHARGED, 2022-01-01, 2022-01-01, DISCHARGED
            discharged later,               2020-01-10, -,          2020-03-01, -,          2020-03-01, 2022-01-01, DISCHARGED, 2022-01-01, 2030-01-01, DISCHARGED
            """)
    void theStatusFollowsTheDatesAndTheChanges(String name, LocalDate applied, LocalDate interim, LocalDate granted,
                                                LocalDate refused, LocalDate from, LocalDate to, OrderChangeKind change,
                                                LocalDate changeOn, LocalDate today, OrderStatus status) {
        OrderDetails details = change == null ? null
                : new OrderDetails(List.of(), null, List.of(), List.of(new OrderChange(change, changeOn, "by the court")));
        CivilOrder order = new CivilOrder(OrderType.SHPO, applied, interim, granted, refused, false, from, to, details);
        assertThat(OrderStatus.of(order, today)).isEqualTo(status);
    }
}
