package org.mappahub.statistics;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One printed figure: this year's, last year's and the change. A cell the published layout leaves empty ("–") has
 * neither; a figure that is not known (the rate without a population estimate, a BCU absent one year) is null.
 */
public record ReportCell(boolean applicable, Long thisYear, Long lastYear) {

    /** The dash of a cell the layout does not fill, such as Level 1 × Category 3. */
    public static final String DASH = "–";

    static ReportCell of(long thisYear, Long lastYear) {
        return new ReportCell(true, thisYear, lastYear);
    }

    static ReportCell dash() {
        return new ReportCell(false, null, null);
    }

    /**
     * The change as a percentage, {@code (this − last) / last × 100} rounded half away from zero to two places (the
     * spec's year-on-year rule); null when last year's figure is 0 or either is not known.
     */
    public BigDecimal change() {
        BigDecimal change = applicable ? PercentageChange.of(thisYear, lastYear) : null;
        return change == null ? null : change.stripTrailingZeros();
    }

    /** This year's figure as printed: a number with thousands separators, the dash, or "not known". */
    public String thisYearText() {
        return text(thisYear);
    }

    public String lastYearText() {
        return text(lastYear);
    }

    /** The change as printed: "+12.5%", "-3.33%", "no change", or "–" when it cannot be worked out. */
    public String changeText() {
        BigDecimal change = change();
        if (change == null) {
            return DASH;
        }
        if (change.signum() == 0) {
            return "no change";
        }
        String number = change.abs().toPlainString() + "%";
        return (change.signum() > 0 ? "+" : "-") + number;
    }

    /** The change as the JSON contract writes it ("12.5", "-3.33"), empty when null: for the CSV. */
    public String changeValue() {
        BigDecimal change = change();
        return change == null ? "" : change.toPlainString();
    }

    private String text(Long figure) {
        if (!applicable) {
            return DASH;
        }
        return figure == null ? "not known" : NumberFormat.getIntegerInstance(Locale.UK).format(figure);
    }
}
