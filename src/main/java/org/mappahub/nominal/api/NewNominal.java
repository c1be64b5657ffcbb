package org.mappahub.nominal.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord.Gender;

/** The body of a request to create a nominal: the owning area and the person's identity. */
@RejectsUnknownFields
@Schema(name = "NewNominal", description = "A person to create. Fields not listed here are refused (400).")
record NewNominal(
        @Schema(description = "Code of the area that will manage the person", example = "LANCASHIRE",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String area,
        @Schema(description = "One of the area's BCUs", example = "Western") String bcu,
        @Schema(example = "SMITH", requiredMode = Schema.RequiredMode.REQUIRED) String familyName,
        @Schema(example = "[\"JOHN\", \"PAUL\"]") List<String> givenNames,
        @Schema(description = "Not in the future", example = "1970-01-31", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate dateOfBirth,
        Gender gender,
        @Schema(example = "White British") String ethnicity,
        @Schema(description = "Police National Computer ID, YYYY/NNNNNNNC with a verified check letter",
                example = "1999/0123456X") String pncId,
        @Schema(description = "Probation case reference number") String crn,
        @Schema(description = "Prison (NOMIS) number") String prisonNumber) {

    Identity identity() {
        return new Identity(familyName, givenNames, dateOfBirth, gender, ethnicity, pncId, crn, prisonNumber, bcu);
    }
}
