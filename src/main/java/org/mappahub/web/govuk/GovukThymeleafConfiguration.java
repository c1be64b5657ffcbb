package org.mappahub.web.govuk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the {@code govuk:} dialect available to every Thymeleaf template of the application. */
@Configuration(proxyBeanMethods = false)
class GovukThymeleafConfiguration {

    @Bean
    GovukDialect govukDialect() {
        return new GovukDialect();
    }
}
