package org.mappahub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per MCIF/1 validation rule (docs/MCIF.md maps each rule to its test): each file under
 * {@code src/test/resources/mcif/} holds a valid area record and a valid nominal, then one line that
 * breaks the rule. The import must report that line and field with a reason, and store nothing.
 */
@SpringBootTest
class McifValidationTest {

    static final String ACTOR = "operator:test (mappa import validation)";
    private static final List<String> TABLES = List.of("area", "area_population", "nominal", "nominal_alias",
            "nominal_address", "nominal_area_span", "conviction", "category_span", "level_span", "custody_span",
            "civil_order", "nominal_event");

    @Autowired McifImport importer;
    @Autowired JdbcClient jdbc;
    @TempDir Path temp;

    /** The rows of every table an import writes, to prove that a refused file stored nothing. */
    static Map<String, Long> rowCounts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    Map<String, Long> rowCounts() {
        return rowCounts(jdbc);
    }

    static Path resource(String name) {
        try {
            return Path.of(McifValidationTest.class.getResource("/mcif/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void assertRejected(String file, long line, String field, String reasonContains) {
        assertRejected(resource(file), line, field, reasonContains);
    }

    void assertRejected(Path file, long line, String field, String reasonContains) {
        Map<String, Long> before = rowCounts();
        ImportSummary summary;
        try {
            summary = importer.importFile(file, false, ACTOR, ImportProgress.NONE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(summary.ok()).isFalse();
        assertThat(summary.errors()).as("errors of %s", file.getFileName())
                .anySatisfy(e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reasonContains);
                })
                .allSatisfy(e -> assertThat(e.line()).isEqualTo(line));
        assertThat(summary.storedRefs()).isEmpty();
        assertThat(summary.nominalsCreated() + summary.nominalsReplaced() + summary.areasCreated()).isZero();
        assertThat(rowCounts()).as("rows after importing %s", file.getFileName()).isEqualTo(before);
    }

    /** A line that is not valid JSON. */
    @Test
    void malformedJson() {
        assertRejected("malformed-json.jsonl", 3, "", "not valid JSON");
    }

    /** The same key twice in one JSON object. */
    @Test
    void duplicateKeyInOneObject() {
        assertRejected("duplicate-json-key.jsonl", 3, "", "not valid JSON");
    }

    /** A line that is JSON but not an object. */
    @Test
    void lineNotAnObject() {
        assertRejected("not-an-object.jsonl", 3, "", "one JSON object");
    }

    /** RecordType left out. */
    @Test
    void recordTypeMissing() {
        assertRejected("record-type-missing.jsonl", 3, "recordType", "is required");
    }

    /** RecordType not area or nominal. */
    @Test
    void recordTypeUnknown() {
        assertRejected("record-type-unknown.jsonl", 3, "recordType", "unknown record type");
    }

    /** A field MCIF/1 does not define (top level). */
    @Test
    void unknownTopLevelField() {
        assertRejected("unknown-field.jsonl", 3, "middleName", "unknown field");
    }

    /** An unknown field inside person. */
    @Test
    void unknownNestedField() {
        assertRejected("unknown-field-nested.jsonl", 3, "person.nickname", "unknown field");
    }

    /** An unknown field inside a list entry. */
    @Test
    void unknownFieldInListEntry() {
        assertRejected("unknown-field-in-list.jsonl", 3, "levels[1].reason", "unknown field");
    }

    /** Ref missing. */
    @Test
    void missingRef() {
        assertRejected("missing-ref.jsonl", 3, "ref", "is required");
    }

    /** Area missing. */
    @Test
    void missingArea() {
        assertRejected("missing-area.jsonl", 3, "area", "is required");
    }

    /** Person missing. */
    @Test
    void missingPerson() {
        assertRejected("missing-person.jsonl", 3, "person", "is required");
    }

    /** Person.familyName missing. */
    @Test
    void missingFamilyName() {
        assertRejected("missing-family-name.jsonl", 3, "person.familyName", "is required");
    }

    /** Person.familyName empty. */
    @Test
    void emptyFamilyName() {
        assertRejected("empty-family-name.jsonl", 3, "person.familyName", "must not be empty");
    }

    /** Person.givenNames missing. */
    @Test
    void missingGivenNames() {
        assertRejected("missing-given-names.jsonl", 3, "person.givenNames", "is required");
    }

    /** Person.dateOfBirth missing. */
    @Test
    void missingDateOfBirth() {
        assertRejected("missing-date-of-birth.jsonl", 3, "person.dateOfBirth", "is required");
    }

    /** DateOfBirth after today. */
    @Test
    void dateOfBirthInFuture() {
        assertRejected("date-of-birth-in-future.jsonl", 3, "person.dateOfBirth", "in the future");
    }

    /** A date not written YYYY-MM-DD. */
    @Test
    void badDateFormat() {
        assertRejected("bad-date-format.jsonl", 3, "person.dateOfBirth", "YYYY-MM-DD");
    }

    /** A date that does not exist. */
    @Test
    void dateThatDoesNotExist() {
        assertRejected("bad-date-not-real.jsonl", 3, "addresses[0].from", "not a real date");
    }

    /** An enumeration value in lower case. */
    @Test
    void enumNotUpperCase() {
        assertRejected("unknown-enum-case.jsonl", 3, "person.gender", "upper-case");
    }

    /** An enumeration value not listed. */
    @Test
    void unknownEnumValue() {
        assertRejected("unknown-enum.jsonl", 3, "addresses[0].type", "unknown value \"HOUSE\"");
    }

    /** An unknown disposal. */
    @Test
    void unknownDisposal() {
        assertRejected("unknown-disposal.jsonl", 3, "convictions[0].disposal", "unknown value");
    }

    /** A number given as text. */
    @Test
    void numberGivenAsText() {
        assertRejected("wrong-type-number.jsonl", 3, "levels[1].level", "whole number");
    }

    /** A boolean given as text. */
    @Test
    void booleanGivenAsText() {
        assertRejected("wrong-type-boolean.jsonl", 3, "orders[0].foreignTravelRestriction", "true or false");
    }

    /** A list given as a string. */
    @Test
    void listGivenAsText() {
        assertRejected("wrong-type-list.jsonl", 3, "person.givenNames", "must be a list");
    }

    /** A span whose to is before its from. */
    @Test
    void toBeforeFrom() {
        assertRejected("to-before-from.jsonl", 3, "levels[1].to", "later than from");
    }

    /** A span whose to equals its from. */
    @Test
    void toEqualToFrom() {
        assertRejected("to-equal-from.jsonl", 3, "custody[0].to", "later than from");
    }

    /** Category spans that overlap. */
    @Test
    void overlappingCategorySpans() {
        assertRejected("category-overlap.jsonl", 3, "categories[1]", "overlaps categories[0]");
    }

    /** Level spans that overlap. */
    @Test
    void overlappingLevelSpans() {
        assertRejected("level-overlap.jsonl", 3, "levels[1]", "overlaps levels[0]");
    }

    /** Custody spans that overlap. */
    @Test
    void overlappingCustodySpans() {
        assertRejected("custody-overlap.jsonl", 3, "custody[1]", "overlaps custody[0]");
    }

    /** Two addresses, neither TEMPORARY, that overlap. */
    @Test
    void overlappingAddressesNeitherTemporary() {
        assertRejected("address-overlap.jsonl", 3, "addresses[1]", "TEMPORARY");
    }

    /** A level on a day with no category. */
    @Test
    void levelOutsideCategory() {
        assertRejected("level-outside-category.jsonl", 3, "levels[0].from", "no category covers");
    }

    /** A day in a category with no level. */
    @Test
    void categoryDayWithoutLevel() {
        assertRejected("category-without-level.jsonl", 3, "levels[1].to", "have no level");
    }

    /** Category 3 managed at level 1. */
    @Test
    void category3AtLevel1() {
        assertRejected("category-3-level-1.jsonl", 3, "levels[0].level", "level 2 or 3");
    }

    /** Category 4. */
    @Test
    void categoryOutOfRange() {
        assertRejected("category-out-of-range.jsonl", 3, "categories[0].category", "1, 2 or 3");
    }

    /** Level 0. */
    @Test
    void levelOutOfRange() {
        assertRejected("level-out-of-range.jsonl", 3, "levels[0].level", "1, 2 or 3");
    }

    /** Areas spans that overlap. */
    @Test
    void areaHistoryOverlaps() {
        assertRejected("areas-overlap.jsonl", 3, "areas[1]", "overlaps areas[0]");
    }

    /** The last areas span has an end. */
    @Test
    void areaHistoryLastSpanClosed() {
        assertRejected("areas-last-not-open.jsonl", 3, "areas[0].to", "must be open");
    }

    /** The last areas span is not the owning area. */
    @Test
    void areaHistoryLastSpanNotTheOwningArea() {
        assertRejected("areas-last-not-area.jsonl", 3, "areas[1].area", "must be the same");
    }

    /** An areas span naming an area never defined. */
    @Test
    void areaHistoryNamesUnknownArea() {
        assertRejected("areas-unknown-area.jsonl", 3, "areas[0].area", "not known");
    }

    /** A nominal whose area was never defined. */
    @Test
    void unknownOwningArea() {
        assertRejected("unknown-area.jsonl", 3, "area", "not known");
    }

    /** The area record comes after the nominal that uses it. */
    @Test
    void areaDefinedAfterItsNominal() {
        assertRejected("area-defined-later.jsonl", 1, "area", "line 3");
    }

    /** An area code with lower-case letters. */
    @Test
    void areaCodeNotUpperCase() {
        assertRejected("area-code-pattern.jsonl", 1, "code", "upper-case letters");
    }

    /** The reserved area code NATIONAL. */
    @Test
    void areaCodeNationalReserved() {
        assertRejected("area-code-national.jsonl", 1, "code", "reserved");
    }

    /** The same area record twice in a file. */
    @Test
    void areaRecordTwiceInOneFile() {
        assertRejected("area-duplicate.jsonl", 3, "code", "line 1");
    }

    /** An area listing the reserved BCU UNKNOWN. */
    @Test
    void areaBcuUnknownReserved() {
        assertRejected("area-bcu-reserved.jsonl", 1, "bcus[1]", "reserved");
    }

    /** An area listing a BCU twice. */
    @Test
    void areaBcuListedTwice() {
        assertRejected("area-bcu-duplicate.jsonl", 1, "bcus[1]", "twice");
    }

    /** An area record without a name. */
    @Test
    void areaNameMissing() {
        assertRejected("area-missing-name.jsonl", 1, "name", "is required");
    }

    /** An unknown field in an area record. */
    @Test
    void areaUnknownField() {
        assertRejected("area-unknown-field.jsonl", 1, "population[0].year", "unknown field");
    }

    /** Two population estimates for one midYear. */
    @Test
    void areaPopulationYearTwice() {
        assertRejected("area-population-duplicate.jsonl", 1, "population[1]", "twice");
    }

    /** A negative population. */
    @Test
    void areaPopulationNegative() {
        assertRejected("area-population-negative.jsonl", 1, "population[0].aged10AndOver", "negative");
    }

    /** A bcu the owning area does not list. */
    @Test
    void bcuNotInArea() {
        assertRejected("bcu-not-in-area.jsonl", 3, "bcu", "not a BCU of area");
    }

    /** Bcu UNKNOWN (reserved). */
    @Test
    void bcuUnknownReserved() {
        assertRejected("bcu-unknown-reserved.jsonl", 3, "bcu", "reserved");
    }

    /** The same ref twice in one file. */
    @Test
    void duplicateRefInOneFile() {
        assertRejected("duplicate-ref.jsonl", 3, "ref", "first given at line 2");
    }

    /** A PNC ID whose check letter is wrong. */
    @Test
    void pncIdWrongCheckLetter() {
        assertRejected("pnc-bad-check-letter.jsonl", 3, "person.pncId", "check letter X");
    }

    /** A NUL character, which JSON can escape but text cannot hold. */
    @Test
    void nulCharacterInText() {
        assertRejected("text-nul.jsonl", 3, "person.familyName", "NUL character");
    }

    /** A lone UTF-16 surrogate, which is not a character and would not be stored as given. */
    @Test
    void loneSurrogateInText() {
        assertRejected("text-lone-surrogate.jsonl", 3, "person.familyName", "lone surrogate");
    }

    /** A PNC ID not of the form YYYY/NNNNNNNC. */
    @Test
    void pncIdWrongForm() {
        assertRejected("pnc-bad-format.jsonl", 3, "person.pncId", "YYYY/NNNNNNNC");
    }

    /** An alias without familyName. */
    @Test
    void aliasWithoutFamilyName() {
        assertRejected("alias-missing-family-name.jsonl", 3, "aliases[0].familyName", "is required");
    }

    /** IMPRISONMENT without lengthMonths. */
    @Test
    void lengthMonthsMissingForImprisonment() {
        assertRejected("length-months-missing.jsonl", 3, "convictions[0].lengthMonths", "required when the disposal is IMPRISONMENT");
    }

    /** CONDITIONAL_DISCHARGE without lengthMonths. */
    @Test
    void lengthMonthsMissingForConditionalDischarge() {
        assertRejected("length-months-missing-discharge.jsonl", 3, "convictions[0].lengthMonths", "period of the discharge");
    }

    /** LengthMonths of 0. */
    @Test
    void lengthMonthsNotPositive() {
        assertRejected("length-months-not-positive.jsonl", 3, "convictions[0].lengthMonths", "at least 1");
    }

    /** A conviction without offenceKind. */
    @Test
    void offenceKindMissing() {
        assertRejected("missing-offence-kind.jsonl", 3, "convictions[0].offenceKind", "is required");
    }

    /** BREACH_OF_ORDER custody without order. */
    @Test
    void custodyBreachOfOrderWithoutOrder() {
        assertRejected("custody-breach-without-order.jsonl", 3, "custody[0].order", "is required");
    }

    /** Custody naming an order when the reason is not BREACH_OF_ORDER. */
    @Test
    void custodyOrderWithoutBreachOfOrder() {
        assertRejected("custody-order-not-breach.jsonl", 3, "custody[0].order",
                "Only a return to custody for breach of an order names an order");
    }

    /** An order both granted and refused. */
    @Test
    void orderBothGrantedAndRefused() {
        assertRejected("granted-and-refused.jsonl", 3, "orders[0].refused", "both granted and refused");
    }

    /** ForeignTravelRestriction on an order that is not an SHPO. */
    @Test
    void foreignTravelRestrictionOnNonShpo() {
        assertRejected("travel-restriction-not-shpo.jsonl", 3, "orders[0].foreignTravelRestriction", "only an SHPO");
    }

    /** An order with to but no from. */
    @Test
    void orderEndWithoutStart() {
        assertRejected("order-to-without-from.jsonl", 3, "orders[0].from", "required when to is given");
    }

    /** An order without type. */
    @Test
    void orderTypeMissing() {
        assertRejected("order-type-missing.jsonl", 3, "orders[0].type", "is required");
    }

    /** A field the event type does not define. */
    @Test
    void eventFieldTheTypeDoesNotDefine() {
        assertRejected("event-field-not-for-type.jsonl", 3, "events[0].outcome", "has no field");
    }

    /** NOTIFICATION_BREACH without outcome. */
    @Test
    void eventMissingRequiredOutcome() {
        assertRejected("event-missing-outcome.jsonl", 3, "events[0].outcome", "is required");
    }

    /** An outcome the event type does not allow. */
    @Test
    void eventOutcomeNotForType() {
        assertRejected("event-outcome-not-for-type.jsonl", 3, "events[0].outcome", "not an outcome of a NOTIFICATION_BREACH");
    }

    /** An unknown event type. */
    @Test
    void eventTypeUnknown() {
        assertRejected("event-type-unknown.jsonl", 3, "events[0].type", "unknown value");
    }

    /** ORDER_BREACH without order. */
    @Test
    void orderBreachWithoutOrder() {
        assertRejected("order-breach-without-order.jsonl", 3, "events[0].order", "is required");
    }

    /** SRO_BREACH without becameNotifiable. */
    @Test
    void sroBreachWithoutBecameNotifiable() {
        assertRejected("sro-breach-without-flag.jsonl", 3, "events[0].becameNotifiable", "is required");
    }

    /** SFO_CHARGE PENDING with an outcomeDate. */
    @Test
    void sfoPendingWithOutcomeDate() {
        assertRejected("sfo-pending-with-date.jsonl", 3, "events[0].outcomeDate", "null while the outcome is PENDING");
    }

    /** SFO_CHARGE CONVICTED without outcomeDate. */
    @Test
    void sfoOutcomeWithoutOutcomeDate() {
        assertRejected("sfo-outcome-without-date.jsonl", 3, "events[0].outcomeDate", "is required when the outcome is CONVICTED");
    }

    /** DISCLOSURE without authorisedBy. */
    @Test
    void disclosureWithoutAuthorisedBy() {
        assertRejected("disclosure-without-authoriser.jsonl", 3, "events[0].authorisedBy", "is required");
    }

    /** A string of 10,001 characters. */
    @Test
    void stringLongerThan10000Characters() {
        assertRejected("string-too-long.jsonl", 3, "person.ethnicity", "at most 10000");
    }

    /** A list of 10,001 entries. */
    @Test
    void listLongerThan10000Entries() {
        assertRejected("list-too-long.jsonl", 3, "person.givenNames", "at most 10000");
    }

    /** A line longer than 1 MiB (the file is written here, not kept in the repository). */
    @Test
    void lineLongerThanOneMebibyte() throws IOException {
        Path file = temp.resolve("oversized-line.jsonl");
        String huge = "{\"recordType\":\"nominal\",\"ref\":\"" + "x".repeat(McifJson.MAX_LINE_BYTES) + "\"}";
        Files.writeString(file, "{\"recordType\":\"area\",\"code\":\"R_OVERSIZED\",\"name\":\"Oversized\"}\n"
                + "{\"recordType\":\"nominal\",\"ref\":\"OVS-000001\",\"area\":\"R_OVERSIZED\",\"person\":"
                + "{\"familyName\":\"A\",\"givenNames\":[],\"dateOfBirth\":\"1970-01-01\"}}\n" + huge + "\n");
        assertRejected(file, 3, "", "longer than 1 MiB");
    }

    /** A line longer than 1 MiB inside a gzip file: the cap applies to the uncompressed line. */
    @Test
    void lineLongerThanOneMebibyteInGzip() {
        assertRejected("oversized-line.jsonl.gz", 2, "", "longer than 1 MiB");
    }

    /** A line that is not UTF-8. */
    @Test
    void lineNotUtf8() throws IOException {
        Path file = temp.resolve("not-utf8.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"recordType\":\"area\",\"code\":\"R_NOT_UTF8\",\"name\":\"".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[]{(byte) 0xC3, (byte) 0x28});
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertRejected(file, 1, "", "not valid UTF-8");
    }

    /** A gzip file cut short: reported, nothing stored. */
    @Test
    void truncatedGzip() throws IOException {
        byte[] whole = Files.readAllBytes(resource("valid-gzip.jsonl.gz"));
        Path file = temp.resolve("truncated.jsonl.gz");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, Long> before = rowCounts();
        ImportSummary summary = importer.importFile(file, false, ACTOR, ImportProgress.NONE);
        assertThat(summary.ok()).isFalse();
        assertThat(summary.errors()).last().satisfies(e -> assertThat(e.reason()).contains("could not be read"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Every invalid line is reported, not only the first. */
    @Test
    void reportsEveryInvalidLine() throws IOException {
        String good = Files.readAllLines(resource("bcu-not-in-area.jsonl")).get(0).replace("R_BCU_NOT_IN_AREA", "R_EVERY_LINE");
        String text = good + "\n{\"recordType\":\"x\"}\n\nnot json\n{\"recordType\":\"area\",\"code\":\"NATIONAL\",\"name\":\"N\"}\n";
        Map<String, Long> before = rowCounts();
        ImportSummary summary = importer.importFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "every-line.jsonl", false, ACTOR, ImportProgress.NONE);
        assertThat(summary.errors()).extracting(ImportError::line).containsExactly(2L, 4L, 5L);
        assertThat(rowCounts()).isEqualTo(before);
    }
}
