package org.mappahub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.MappaHubApplication;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.*;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.PncId;

/**
 * MCIF/1 "Export followed by import must reproduce the same records, and import followed by export must
 * reproduce the same file": for random valid records, import reproduces the record, and export → import →
 * export is a fixed point (the second import changes nothing). Runs its own Spring context on the same
 * throw-away embedded PostgreSQL as the other tests.
 */
class McifRoundTripProperties {

    static final String AREA = "PQ_AREA";
    static final String OTHER = "PQ_OTHER";
    static final String ACTOR = "operator:property (mappa import)";
    static ConfigurableApplicationContext spring;
    static final McifJson json = new McifJson();

    /** jqwik is not JUnit Jupiter, so OperatorByDefault does not reach it: the properties import as the operator. */
    static org.mappahub.database.RowScope.Operator operator;

    @BeforeContainer
    static void start() throws IOException {
        operator = org.mappahub.database.RowScope.asOperator(ACTOR);
        spring = new SpringApplicationBuilder(MappaHubApplication.class).web(WebApplicationType.NONE).run();
        String areas = "{\"recordType\":\"area\",\"code\":\"" + AREA + "\",\"name\":\"Property\",\"bcus\":[\"A\",\"B\"]}\n"
                + "{\"recordType\":\"area\",\"code\":\"" + OTHER + "\",\"name\":\"Other\"}\n";
        assertThat(importText(areas).errors()).isEmpty();
    }

    @AfterContainer
    static void stop() {
        if (spring != null) {
            spring.close();
        }
        if (operator != null) {
            operator.close();
        }
    }

    static ImportSummary importText(String text) throws IOException {
        return spring.getBean(McifImport.class).importFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "property.jsonl", false, ACTOR, ImportProgress.NONE);
    }

    static String exportLine(String ref) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spring.getBean(McifExport.class).export(AREA, out, ACTOR, ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"ref\":\"" + ref + "\""))
                .findFirst().orElseThrow();
    }

    @Property(tries = 50)
    void exportImportExportIsAFixedPoint(@ForAll("records") NominalRecord record) throws IOException {
        ImportSummary first = importText(json.write(record).toString() + "\n");
        assertThat(first.errors()).isEmpty();

        NominalRecord stored = spring.getBean(Nominals.class).findByRef(record.ref()).orElseThrow().record();
        assertThat(McifJson.canonical(stored)).isEqualTo(McifJson.canonical(record));

        String exported = exportLine(record.ref());
        ImportSummary second = importText(exported + "\n");
        assertThat(second.errors()).isEmpty();
        assertThat(second.nominalsUnchanged()).isEqualTo(1);
        assertThat(exportLine(record.ref())).isEqualTo(exported);
    }

    @Provide
    Arbitrary<NominalRecord> records() {
        return Arbitraries.randomValue(McifRoundTripProperties::record);
    }

    // ------------------------------------------------------------------ a random valid record

    static final LocalDate EPOCH = LocalDate.of(1995, 1, 1);

    static NominalRecord record(Random r) {
        String ref = "PQ-" + String.format("%09d", r.nextInt(1_000_000_000));
        LocalDate dob = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(27_000));
        Person person = new Person(name(r), names(r, 3), dob, maybe(r, Gender.values()), r.nextBoolean() ? "White " + name(r) : null,
                r.nextBoolean() ? pnc(r) : null, r.nextBoolean() ? "X" + r.nextInt(999_999) : null,
                r.nextBoolean() ? "A" + r.nextInt(9999) + "BC" : null);
        List<Alias> aliases = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            aliases.add(new Alias(name(r), names(r, 2), r.nextBoolean() ? dob.plusDays(r.nextInt(400)) : null));
        }
        List<Address> addresses = new ArrayList<>();
        for (LocalDate[] s : spans(r, r.nextInt(4))) {
            AddressType type = AddressType.values()[r.nextInt(AddressType.values().length)];
            addresses.add(new Address(type == AddressType.TEMPORARY ? AddressType.HOME : type, r.nextBoolean() ? r.nextInt(99) + " " + name(r) + " Street" : null,
                    r.nextBoolean() ? name(r) : null, r.nextBoolean() ? "PR1 1AA" : null, s[0], s[1]));
        }
        if (!addresses.isEmpty() && r.nextBoolean()) { // a TEMPORARY address may overlap the others
            LocalDate from = addresses.get(0).from().plusDays(1);
            addresses.add(new Address(AddressType.TEMPORARY, "Hostel", null, null, from, from.plusDays(10)));
        }
        List<AreaSpan> areas = new ArrayList<>();
        if (r.nextBoolean()) {
            LocalDate moved = EPOCH.plusDays(r.nextInt(5000));
            areas.add(new AreaSpan(OTHER, moved.minusDays(1 + r.nextInt(2000)), moved));
            areas.add(new AreaSpan(AREA, moved, null));
        }
        List<Conviction> convictions = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Disposal d = Disposal.values()[r.nextInt(Disposal.values().length)];
            convictions.add(new Conviction(EPOCH.plusDays(r.nextInt(9000)), "Offence " + name(r),
                    OffenceKind.values()[r.nextInt(3)], d, d.needsLength() || r.nextBoolean() ? 1 + r.nextInt(240) : null,
                    r.nextBoolean() ? 10 + r.nextInt(70) : null));
        }
        List<CategorySpan> categories = new ArrayList<>();
        List<LevelSpan> levels = new ArrayList<>();
        for (LocalDate[] s : spans(r, r.nextInt(3))) {
            int category = 1 + r.nextInt(3);
            categories.add(new CategorySpan(category, s[0], s[1]));
            int min = category == 3 ? 2 : 1;
            LocalDate split = s[0].plusDays(1 + r.nextInt(300));
            if ((s[1] == null || split.isBefore(s[1])) && r.nextBoolean()) {
                levels.add(new LevelSpan(min + r.nextInt(4 - min), s[0], split));
                levels.add(new LevelSpan(min + r.nextInt(4 - min), split, s[1]));
            } else {
                levels.add(new LevelSpan(min + r.nextInt(4 - min), s[0], s[1]));
            }
        }
        List<CustodySpan> custody = new ArrayList<>();
        for (LocalDate[] s : spans(r, r.nextInt(3))) {
            CustodyReason reason = CustodyReason.values()[r.nextInt(CustodyReason.values().length)];
            custody.add(new CustodySpan(CustodyKind.values()[r.nextInt(2)], reason,
                    reason == CustodyReason.BREACH_OF_ORDER ? OrderType.values()[r.nextInt(OrderType.values().length)] : null,
                    s[0], s[1]));
        }
        List<CivilOrder> orders = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            OrderType type = OrderType.values()[r.nextInt(OrderType.values().length)];
            LocalDate applied = EPOCH.plusDays(r.nextInt(9000));
            boolean granted = r.nextInt(3) > 0;
            boolean refused = !granted && r.nextBoolean();
            LocalDate from = granted ? applied.plusDays(30) : null;
            orders.add(new CivilOrder(type, r.nextBoolean() ? applied : null, r.nextBoolean() ? applied.plusDays(7) : null,
                    granted ? applied.plusDays(30) : null, refused ? applied.plusDays(30) : null,
                    type == OrderType.SHPO ? r.nextBoolean() : null, from,
                    from != null && r.nextBoolean() ? from.plusDays(365 * 5) : null));
        }
        List<NominalEvent> events = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            events.add(event(r));
        }
        // lists of spans in any order: the import sorts them
        Collections.shuffle(addresses, r);
        Collections.shuffle(categories, r);
        Collections.shuffle(levels, r);
        Collections.shuffle(custody, r);
        Collections.shuffle(areas, r);
        return new NominalRecord(ref, AREA, r.nextBoolean() ? (r.nextBoolean() ? "A" : "B") : null, person, aliases,
                addresses, areas, convictions, categories, levels, custody, orders, events);
    }

    static NominalEvent event(Random r) {
        EventType type = EventType.values()[r.nextInt(EventType.values().length)];
        LocalDate date = EPOCH.plusDays(r.nextInt(9000));
        Outcome[] breach = {Outcome.CAUTIONED, Outcome.CONVICTED, Outcome.NO_FURTHER_ACTION, Outcome.PENDING};
        Outcome[] sfo = {Outcome.CONVICTED, Outcome.OTHER, Outcome.PENDING};
        return switch (type) {
            case NOTIFICATION_BREACH -> new NominalEvent(type, date, breach[r.nextInt(4)], null, null, null, null, null);
            case ORDER_BREACH -> new NominalEvent(type, date, breach[r.nextInt(4)], null,
                    OrderType.values()[r.nextInt(OrderType.values().length)], null, null, null);
            case NOTIFICATION_REVOKED, NOTIFICATION_REVIEW_REFUSED -> new NominalEvent(type, date, null, null, null, null, null, null);
            case SRO_BREACH -> new NominalEvent(type, date, null, null, null, r.nextBoolean(), null, null);
            case SFO_CHARGE -> {
                Outcome o = sfo[r.nextInt(3)];
                yield new NominalEvent(type, date, o, o == Outcome.PENDING ? null : date.plusDays(100), null, null, null, null);
            }
            case DISCLOSURE -> new NominalEvent(type, date, null, null, null, null, "Employer " + name(r), "DI " + name(r));
        };
    }

    /** n consecutive spans, possibly with gaps; the last may be open. */
    static List<LocalDate[]> spans(Random r, int n) {
        List<LocalDate[]> spans = new ArrayList<>();
        LocalDate from = EPOCH.plusDays(r.nextInt(3000));
        for (int i = 0; i < n; i++) {
            LocalDate to = from.plusDays(1 + r.nextInt(1500));
            boolean last = i == n - 1;
            spans.add(new LocalDate[]{from, last && r.nextBoolean() ? null : to});
            from = r.nextBoolean() ? to : to.plusDays(1 + r.nextInt(100));
        }
        return spans;
    }

    static String name(Random r) {
        String[] names = {"SMITH", "Jones", "o'brien", "Ng", "Seán", "AL-SAYED", "van der Berg", "ŁUKASZ", "Müller", "Smith-Jones"};
        return names[r.nextInt(names.length)];
    }

    static List<String> names(Random r, int max) {
        List<String> names = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            names.add(name(r));
        }
        return names;
    }

    static String pnc(Random r) {
        String year = String.valueOf(1970 + r.nextInt(55));
        String digits = String.format("%07d", r.nextInt(10_000_000));
        return year + "/" + digits + PncId.checkLetter(year, digits);
    }

    static <E> E maybe(Random r, E[] values) {
        return r.nextBoolean() ? values[r.nextInt(values.length)] : null;
    }
}
