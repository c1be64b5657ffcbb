package org.mappahub.nominal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/openapi} (public, so partners can read
 * it before they have an account). Every operation requires a personal API token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String API_TOKEN = "apiToken";

    @Bean
    OpenAPI mappaHubApi() {
        return new OpenAPI()
                .info(new Info().title("MAPPA Hub API").version("v1")
                        .description("""
                                Nominal records of the Multi-Agency Public Protection Arrangements: search, read, \
                                create and change. Every request needs a personal API token of a MAPPA Hub account \
                                whose role may read (or change) case data, sent as `Authorization: Bearer <token>`. \
                                A user creates tokens on the MAPPA Hub page `/account/api-tokens` after signing in \
                                with both steps (password and security code); a token expires after at most 90 \
                                days and can be revoked there. HTTP Basic is not accepted.

                                Errors are RFC 9457 problem details (`application/problem+json`) with a stable \
                                `type` per kind of problem under `%s`; where fields are at fault an `errors` \
                                array names each (`{field, message}`). A change must name the version it was made \
                                against (`If-Match: "<version>"` or `version` in the body): without it the answer \
                                is 428; if the record has changed since, 409 and nothing is written.""".formatted(ProblemType.BASE)))
                .components(new Components().addSecuritySchemes(API_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("mappa_ personal API token")
                        .description("A personal API token (mappa_...) created on /account/api-tokens")))
                .addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
    }
}
