package org.mappahub.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/** The JSON contract of shared/spec/statistics.md. */
@Component
class JsonStatisticsFormat implements StatisticsFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        out.write(AnnualReportJson.write(report).getBytes(StandardCharsets.UTF_8));
    }
}
