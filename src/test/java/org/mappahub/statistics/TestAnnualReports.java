package org.mappahub.statistics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The reports the pages are given in tests, built by {@link Figures} (the computation is another module's, tested on
 * its own): what a test {@link #put}s for an area and year, or {@link Figures#report} otherwise. Primary, so that the
 * tests keep these figures when the computation is wired in beside it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAnnualReports {

    static final Map<String, AnnualReport> REPORTS = new ConcurrentHashMap<>();

    static void put(AnnualReport report) {
        REPORTS.put(report.thisYear().area() + ":" + report.thisYear().year(), report);
    }

    @Bean
    @Primary
    AnnualReports testAnnualReports() {
        return (area, year) -> REPORTS.getOrDefault(area + ":" + year, Figures.report(area, year));
    }
}
