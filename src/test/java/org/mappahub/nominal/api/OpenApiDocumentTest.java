package org.mappahub.nominal.api;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document is public and documents every endpoint, its problems and the bearer API token. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @Autowired MockMvc mvc;

    @Test
    void documentsEveryEndpointWithItsResponsesAndTheSecurityScheme() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.info.title").value("MAPPA Hub API"))
                .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/nominals")))
                .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/nominals/{ref}")))
                .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/nominals/{ref}/identity")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals'].get.parameters[*].name").value(hasItems("q", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals'].get.responses").value(hasKey("400")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals'].post.responses").value(hasKey("201")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals'].post.responses").value(hasKey("400")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals/{ref}'].get.responses").value(hasKey("404")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals/{ref}/identity'].put.responses").value(hasKey("409")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals/{ref}/identity'].put.responses").value(hasKey("428")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals/{ref}/identity'].put.responses['409'].content")
                        .value(hasKey("application/problem+json")))
                .andExpect(jsonPath("$.paths['/api/v1/nominals/{ref}/identity'].put.parameters[?(@.name == 'If-Match')]").exists())
                .andExpect(jsonPath("$.components.schemas").value(hasKey("Nominal")))
                .andExpect(jsonPath("$.components.schemas").value(hasKey("NewNominal")))
                .andExpect(jsonPath("$.components.schemas").value(hasKey("IdentityChange")))
                .andExpect(jsonPath("$.components.schemas").value(hasKey("Problem")))
                .andExpect(jsonPath("$.components.schemas").value(hasKey("SearchResults")))
                .andExpect(jsonPath("$.components.schemas.Problem.properties").value(hasKey("errors")))
                .andExpect(jsonPath("$.components.schemas.LevelSpan.properties").value(hasKey("recordedBy")))
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes").value(org.hamcrest.Matchers.not(hasKey("basic"))))
                .andExpect(jsonPath("$.security[0]").value(hasKey("apiToken")));
    }
}
