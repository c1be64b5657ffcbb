package org.mappahub.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.mappahub.rules.AnnualReportRules;

/**
 * Year-on-year change (shared/spec/statistics.md, "Year-on-year"): {@code (this − last) / last × 100}, rounded half away
 * from zero to two decimal places; null when last year's figure is 0 or either figure is null.
 */
public final class PercentageChange {

    private PercentageChange() {
    }

    public static BigDecimal of(Long thisYear, Long lastYear) {
        if (thisYear == null || lastYear == null || lastYear == 0) {
            return null;
        }
        // HALF_UP on BigDecimal rounds the magnitude, i.e. half away from zero for negative changes too.
        return BigDecimal.valueOf(thisYear - lastYear).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lastYear), AnnualReportRules.CHANGE_DECIMAL_PLACES, RoundingMode.HALF_UP);
    }
}
