package org.mappahub.statistics;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;

/**
 * Produces the annual statistics of an area or of England and Wales ({@code NATIONAL}) for a reporting year with the
 * year before (shared/spec/statistics.md), from the records as stored — entered in the application or imported. One
 * pass over the records that can count, in batches, feeds both years; the whole run reads one consistent snapshot.
 * It reads every record: callers are the operator's command or a page that has checked who may see aggregates
 * (aggregate figures are OFFICIAL), and run with the operator's row scope.
 */
@Service
public class AnnualFigures implements AnnualReports {

    /** Called after each batch with the records read so far and how many there are in all. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void records(long done, long total);
    }

    private final StatisticsRecords records;
    private final Areas areas;
    private final TransactionTemplate snapshot;

    AnnualFigures(StatisticsRecords records, Areas areas, PlatformTransactionManager transactions) {
        this.records = records;
        this.areas = areas;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The report for {@code area} (a code, or {@code NATIONAL}) and year {@code year}, with year − 1. */
    public AnnualReport report(String area, int year, Progress progress) {
        AreaScope scope = new AreaScope(area);
        return snapshot.execute(tx -> {
            List<Area> scopeAreas = scope.national() ? areas.all()
                    : List.of(areas.find(area).orElseThrow(() -> new UnknownAreaException(area)));
            ReportingYear thisYear = new ReportingYear(year);
            YearTally current = new YearTally(thisYear, scope);
            YearTally previous = new YearTally(thisYear.previous(), scope);
            long total = records.count(scope);
            long[] done = {0};
            records.forEach(scope, batch -> {
                batch.forEach(person -> {
                    current.count(person);
                    previous.count(person);
                });
                done[0] += batch.size();
                progress.records(done[0], total);
            });
            return new AnnualReport(current.statistics(scopeAreas), previous.statistics(scopeAreas));
        });
    }

    @Override
    public AnnualReport report(String area, int year) {
        return report(area, year, Progress.NONE);
    }
}
