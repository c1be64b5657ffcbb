package org.mappahub.nominal.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.util.UriComponentsBuilder;

import org.mappahub.nominal.SearchPage;
import org.mappahub.nominal.SearchQuery;
import org.mappahub.nominal.SearchResult;
import org.mappahub.nominal.SearchResult.CustodyStatus;
import org.mappahub.nominal.SearchResult.DateOfBirthMatch;
import org.mappahub.nominal.SearchResult.MatchKind;

/** One page of search results as the API shows it, with how the query was understood. */
@Schema(name = "SearchResults")
record SearchResults(
        Understood query,
        @Schema(description = "Page number, from 1", example = "1") int page,
        @Schema(description = "Results per page", example = "20") int size,
        @Schema(description = "How many people matched in all", example = "42") long total,
        @Schema(example = "3") int totalPages,
        @Schema(description = "This page's results, best first") List<Hit> results) {

    @Schema(name = "SearchQueryUnderstood", description = "What the search text was taken to mean")
    record Understood(
            @Schema(description = "The text as sent", example = "SMITH, Jon 1970") String text,
            @Schema(description = "The name words", example = "SMITH Jon") String name,
            @Schema(description = "The words before a comma, taken as the family name", example = "SMITH") String familyName,
            LocalDate dateOfBirth,
            @Schema(example = "1970") Integer yearOfBirth,
            String pncId,
            String ref,
            @Schema(description = "Words that looked like a date or PNC ID but were not valid, and so were not searched")
            List<String> ignored) {
    }

    @Schema(name = "SearchHit")
    record Hit(
            @Schema(example = "LAN-000123") String ref,
            @Schema(description = "Given names then family name", example = "JOHN PAUL SMITH") String fullName,
            LocalDate dateOfBirth,
            @Schema(description = "MAPPA category today; null when none", example = "1") Integer category,
            @Schema(description = "Management level today; null when none", example = "2") Integer level,
            @Schema(example = "CAT 1 / LEVEL 2") String categoryAndLevel,
            @Schema(example = "LANCASHIRE") String areaCode,
            @Schema(example = "Lancashire") String areaName,
            CustodyStatus custody,
            @Schema(description = "The name that matched, family name first; null for an identifier or date-of-birth match")
            String matchedName,
            boolean matchedAlias,
            MatchKind matchKind,
            DateOfBirthMatch dateOfBirthMatch,
            @Schema(example = "alias SMYTHE JON sounds like the name searched; date of birth matches") String why,
            @Schema(description = "Path of the whole record in this API", example = "/api/v1/nominals/LAN-000123")
            String href,
            @Schema(description = "Another area's record: category, level and custody are withheld until you state "
                    + "why you need it (POST {href}/access-reasons)")
            boolean reasonRequired) {
    }

    static SearchResults of(SearchPage page) {
        SearchQuery q = page.query();
        return new SearchResults(
                new Understood(q.text(), q.name(), q.familyName(), q.dateOfBirth(), q.yearOfBirth(), q.pncId(), q.ref(),
                        q.ignored()),
                page.page(), page.pageSize(), page.total(), page.totalPages(),
                page.results().stream().map(SearchResults::hit).toList());
    }

    private static Hit hit(SearchResult r) {
        return new Hit(r.ref(), r.fullName(), r.dateOfBirth(), r.category(), r.level(), r.categoryAndLevel(),
                r.areaCode(), r.areaName(), r.custody(), r.matchedName(), r.matchedAlias(), r.matchKind(),
                r.dateOfBirthMatch(), r.why(),
                UriComponentsBuilder.fromPath(NominalApi.PATH + "/{ref}").buildAndExpand(r.ref()).encode().toUriString(),
                r.reasonRequired());
    }
}
