package org.mappahub.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code mappa stats --format html|pdf}: the printed report, the same document the page offers as a download
 * ({@link StatisticsDocuments}), written by the command.
 */
@Configuration(proxyBeanMethods = false)
class DocumentStatisticsFormats {

    @Bean
    StatisticsFormat htmlStatisticsFormat(StatisticsDocuments documents) {
        return new StatisticsFormat() {
            @Override
            public String name() {
                return "html";
            }

            @Override
            public void write(AnnualReport report, OutputStream out) throws IOException {
                out.write(documents.html(report).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Bean
    StatisticsFormat pdfStatisticsFormat(StatisticsDocuments documents) {
        return new StatisticsFormat() {
            @Override
            public String name() {
                return "pdf";
            }

            @Override
            public void write(AnnualReport report, OutputStream out) throws IOException {
                out.write(documents.pdf(report));
            }
        };
    }
}
