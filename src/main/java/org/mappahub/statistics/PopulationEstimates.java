package org.mappahub.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.rules.ReportingYears;

/**
 * An area's mid-year population estimates (people aged 10 and over: the figure under the RSOs-per-100,000 rate), as
 * imported with MCIF/1 area records or entered and corrected by the area's co-ordinator. A figure is a whole number
 * above 0 for a mid-year from the first reporting year to this one; a change names the version it was made from (0:
 * no figure for that mid-year yet) and a stale one is refused; every change is audited with the figure before and
 * after. Who may change an area's figures is the caller's to decide (the page: the area's own co-ordinator).
 */
@Service
public class PopulationEstimates {

    /** A known figure, the version it is at and who last changed it in the application (null: imported). */
    public record Estimate(int midYear, long aged10AndOver, int version, String updatedBy, Instant updatedAt) {
    }

    /** The figure was refused; {@code field} is {@code midYear} or {@code aged10AndOver}. Nothing was changed. */
    public static class InvalidEstimateException extends RuntimeException {
        private final String field;

        InvalidEstimateException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Someone changed (or entered) the figure for the mid-year after the caller read it. Nothing was changed. */
    public static class StaleEstimateException extends RuntimeException {
        StaleEstimateException(String area, int midYear) {
            super("The population figure of " + area + " for mid-" + midYear + " has changed since it was read");
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PopulationEstimates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The area's figures, latest mid-year first. */
    @Transactional(readOnly = true)
    public List<Estimate> of(String area) {
        return jdbc.sql("""
                        select mid_year, aged_10_and_over, version, updated_by, updated_at from area_population
                         where area_code = ? order by mid_year desc""")
                .param(area).query((rs, n) -> estimate(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Estimate> find(String area, int midYear) {
        return find(area, midYear, false);
    }

    /**
     * Enters or corrects the area's figure for {@code midYear}, from the version the caller read (0: none yet).
     *
     * @throws InvalidEstimateException the mid-year or the figure is not sensible
     * @throws StaleEstimateException   the figure is no longer at {@code expectedVersion}
     */
    @Transactional
    public Estimate record(String area, int midYear, long aged10AndOver, int expectedVersion, String actor) {
        LocalDate today = LocalDate.now(clock);
        if (!ReportingYears.sensibleMidYear(midYear, today)) {
            throw new InvalidEstimateException("midYear", "Enter a mid-year from " + ReportingYears.FIRST_YEAR + " to "
                    + today.getYear());
        }
        if (aged10AndOver <= 0 || aged10AndOver > ReportingYears.LARGEST_POPULATION) {
            throw new InvalidEstimateException("aged10AndOver", "Enter the population aged 10 and over as a whole number "
                    + "from 1 to " + String.format("%,d", ReportingYears.LARGEST_POPULATION));
        }
        Optional<Estimate> before = find(area, midYear, true);
        if (before.map(Estimate::version).orElse(0) != expectedVersion) {
            throw new StaleEstimateException(area, midYear);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int changed = before.isEmpty()
                ? jdbc.sql("""
                        insert into area_population (area_code, mid_year, aged_10_and_over, version, updated_by, updated_at)
                        values (?, ?, ?, 1, ?, ?) on conflict (area_code, mid_year) do nothing""")
                        .params(area, midYear, aged10AndOver, actor, now).update()
                : jdbc.sql("""
                        update area_population set aged_10_and_over = ?, version = version + 1, updated_by = ?, updated_at = ?
                         where area_code = ? and mid_year = ? and version = ?""")
                        .params(aged10AndOver, actor, now, area, midYear, expectedVersion).update();
        if (changed != 1) {
            throw new StaleEstimateException(area, midYear);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("midYear", midYear);
        details.put("before", before.map(Estimate::aged10AndOver).orElse(null));
        details.put("after", aged10AndOver);
        audit.record(new AuditEvent(AuditAction.POPULATION_ESTIMATE_CHANGED, "area:" + area, details, null, actor));
        return new Estimate(midYear, aged10AndOver, expectedVersion + 1, actor, now.toInstant());
    }

    private Optional<Estimate> find(String area, int midYear, boolean forUpdate) {
        return jdbc.sql("select mid_year, aged_10_and_over, version, updated_by, updated_at from area_population"
                        + " where area_code = ? and mid_year = ?" + (forUpdate ? " for update" : ""))
                .params(area, midYear).query((rs, n) -> estimate(rs)).optional();
    }

    private static Estimate estimate(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp(5);
        return new Estimate(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getString(4), at == null ? null : at.toInstant());
    }
}
