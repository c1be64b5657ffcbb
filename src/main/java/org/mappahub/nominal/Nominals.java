package org.mappahub.nominal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.nominal.NominalRecord.*;

/**
 * The stored nominal records, as the current transaction's user may see them (row-level security: reads outside
 * a transaction see nothing, hence the read-only transactions here). A record is always written whole: its rows in the child tables are
 * replaced as one unit, inside the caller's transaction. Spans are kept sorted by {@code from}.
 */
@Repository
public class Nominals {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    Nominals(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<StoredNominal> findByRef(String ref) {
        return load(ref);
    }

    private Optional<StoredNominal> load(String ref) {
        List<StoredNominal> found = jdbc.sql("""
                        select id, ref, area_code, bcu, family_name, given_names, date_of_birth, gender, ethnicity,
                               pnc_id, crn, prison_number, version, imported_version, imported_at, updated_by, updated_at
                        from nominal where ref = ?""")
                .param(ref)
                .query((rs, n) -> readHead(rs))
                .list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredNominal head = found.get(0);
        return Optional.of(withChildren(head));
    }

    /**
     * The stored records with the given refs, loaded in bulk (one query per table for the whole batch,
     * for imports and exports of many records). Refs not stored are absent from the map.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, StoredNominal> findAllByRef(java.util.Collection<String> refs) {
        java.util.Map<String, StoredNominal> found = new java.util.HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        List<StoredNominal> heads = jdbc.sql("""
                        select id, ref, area_code, bcu, family_name, given_names, date_of_birth, gender, ethnicity,
                               pnc_id, crn, prison_number, version, imported_version, imported_at, updated_by, updated_at
                        from nominal where ref = any(?)""")
                .param(refs.toArray(String[]::new))
                .query((rs, n) -> readHead(rs))
                .list();
        if (heads.isEmpty()) {
            return found;
        }
        Long[] ids = heads.stream().map(StoredNominal::id).toArray(Long[]::new);
        var aliases = childrenOf("select nominal_id, family_name, given_names, date_of_birth from nominal_alias", ids,
                rs -> new Alias(rs.getString(2), strings(rs.getArray(3)), localDate(rs.getDate(4))));
        var addresses = childrenOf("select nominal_id, type, line1, town, postcode, from_date, to_date from nominal_address", ids,
                rs -> new Address(enumOf(AddressType.class, rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), localDate(rs.getDate(6)), localDate(rs.getDate(7))));
        var areas = childrenOf("select nominal_id, area_code, from_date, to_date from nominal_area_span", ids,
                rs -> new AreaSpan(rs.getString(2), localDate(rs.getDate(3)), localDate(rs.getDate(4))));
        var convictions = childrenOf("select nominal_id, conviction_date, offence, offence_kind, disposal, length_months, age_at_conviction from conviction", ids,
                rs -> new Conviction(localDate(rs.getDate(2)), rs.getString(3), enumOf(OffenceKind.class, rs.getString(4)),
                        enumOf(Disposal.class, rs.getString(5)), (Integer) rs.getObject(6), (Integer) rs.getObject(7)));
        var categories = childrenOf("select nominal_id, category, from_date, to_date, recorded_by, recorded_at, reason from category_span", ids,
                rs -> new CategorySpan(rs.getInt(2), localDate(rs.getDate(3)), localDate(rs.getDate(4)),
                        new Provenance(rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7))));
        var levels = childrenOf("select nominal_id, level, from_date, to_date, recorded_by, recorded_at, reason from level_span", ids,
                rs -> new LevelSpan(rs.getInt(2), localDate(rs.getDate(3)), localDate(rs.getDate(4)),
                        new Provenance(rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7))));
        var custody = childrenOf("select nominal_id, kind, reason, order_type, from_date, to_date from custody_span", ids,
                rs -> new CustodySpan(enumOf(CustodyKind.class, rs.getString(2)), enumOf(CustodyReason.class, rs.getString(3)),
                        enumOf(OrderType.class, rs.getString(4)), localDate(rs.getDate(5)), localDate(rs.getDate(6))));
        var orders = childrenOf("select nominal_id, type, applied, interim, granted, refused, foreign_travel_restriction, from_date, to_date, details::text from civil_order", ids,
                rs -> new CivilOrder(enumOf(OrderType.class, rs.getString(2)), localDate(rs.getDate(3)),
                        localDate(rs.getDate(4)), localDate(rs.getDate(5)), localDate(rs.getDate(6)),
                        (Boolean) rs.getObject(7), localDate(rs.getDate(8)), localDate(rs.getDate(9)),
                        OrderDetailsJson.read(rs.getString(10))));
        var events = childrenOf("select nominal_id, type, event_date, outcome, outcome_date, order_type, became_notifiable, disclosed_to, authorised_by from nominal_event", ids,
                rs -> new NominalEvent(enumOf(EventType.class, rs.getString(2)), localDate(rs.getDate(3)),
                        enumOf(Outcome.class, rs.getString(4)), localDate(rs.getDate(5)),
                        enumOf(OrderType.class, rs.getString(6)), (Boolean) rs.getObject(7), rs.getString(8), rs.getString(9)));
        for (StoredNominal head : heads) {
            long id = head.id();
            NominalRecord h = head.record();
            NominalRecord full = new NominalRecord(h.ref(), h.area(), h.bcu(), h.person(),
                    aliases.get(id), addresses.get(id), areas.get(id), convictions.get(id), categories.get(id),
                    levels.get(id), custody.get(id), orders.get(id), events.get(id));
            found.put(h.ref(), new StoredNominal(id, full, head.version(), head.importedVersion(), head.importedAt(),
                    head.updatedBy(), head.updatedAt()));
        }
        return found;
    }

    /** The codes of every area named by the nominals an area owns now: their owning area and area history. */
    @Transactional(readOnly = true)
    public List<String> areasReferencedByNominalsOwnedBy(String areaCode) {
        return jdbc.sql("""
                        select area_code from nominal where area_code = :area
                        union
                        select s.area_code from nominal_area_span s join nominal n on n.id = s.nominal_id
                        where n.area_code = :area
                        order by 1""")
                .param("area", areaCode).query(String.class).list();
    }

    private <T> java.util.Map<Long, List<T>> childrenOf(String select, Long[] ids, RowReader<T> reader) {
        java.util.Map<Long, List<T>> byId = new java.util.HashMap<>();
        jdbc.sql(select + " where nominal_id = any(?) order by nominal_id, position").param(ids)
                .query(rs -> {
                    byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(reader.read(rs));
                });
        return byId;
    }

    @Transactional(readOnly = true)
    public boolean exists(String ref) {
        return jdbc.sql("select count(*) from nominal where ref = ?").param(ref).query(Long.class).single() > 0;
    }

    /** The refs of the nominals an area owns now, in ref order. */
    @Transactional(readOnly = true)
    public List<String> refsOwnedBy(String areaCode) {
        return jdbc.sql("select ref from nominal where area_code = ? order by ref collate \"C\"")
                .param(areaCode).query(String.class).list();
    }

    /** Every ref, in ref order. */
    @Transactional(readOnly = true)
    public List<String> allRefs() {
        return jdbc.sql("select ref from nominal order by ref collate \"C\"").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from nominal").query(Long.class).single();
    }

    /**
     * A new ref of the MCIF form {@code <AREA>-<number>} for a record created in the application.
     */
    public String newRef(String areaCode) {
        while (true) {
            long n = jdbc.sql("select nextval('nominal_ref_number')").query(Long.class).single();
            String ref = "%s-%06d".formatted(areaCode, n);
            if (!exists(ref)) {
                return ref;
            }
        }
    }

    /** Stores a new record; {@code imported} marks it as coming from an import (not changed since). */
    @Transactional
    public long insert(NominalRecord record, String actor, boolean imported) {
        Instant now = clock.instant();
        Long id = jdbc.sql("""
                        insert into nominal (ref, area_code, bcu, family_name, given_names, date_of_birth, gender,
                            ethnicity, pnc_id, crn, prison_number, version, imported_version, imported_at,
                            created_at, created_by, updated_at, updated_by)
                        values (:ref, :area, :bcu, :family, :given, :dob, :gender, :ethnicity, :pnc, :crn, :prison,
                            0, :importedVersion, :importedAt, :now, :actor, :now, :actor)
                        returning id""")
                .params(headParams(record))
                .param("importedVersion", imported ? 0 : null)
                .param("importedAt", imported ? Timestamp.from(now) : null)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .query(Long.class).single();
        insertChildren(id, record, actor, now);
        return id;
    }

    /**
     * Stores many new records at once (bulk imports): each table's rows for all of them are streamed with
     * one {@code COPY}, rather than a dozen statements per record. {@code imported} as for {@link #insert}.
     */
    @Transactional
    public void insertAll(List<NominalRecord> records, String actor, boolean imported) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('nominal', 'id')) from generate_series(1, ?)")
                .param(records.size()).query(Long.class).list();
        java.util.Map<String, List<Object[]>> rows = new java.util.LinkedHashMap<>();
        List<Object[]> heads = new ArrayList<>(records.size());
        rows.put(HEAD_INSERT, heads);
        for (int i = 0; i < records.size(); i++) {
            NominalRecord r = records.get(i);
            Person p = r.person();
            heads.add(new Object[]{ids.get(i), r.ref(), r.area(), r.bcu(), p.familyName(),
                    p.givenNames().toArray(String[]::new), date(p.dateOfBirth()), name(p.gender()), p.ethnicity(),
                    p.pncId(), p.crn(), p.prisonNumber(), 0, imported ? 0 : null, imported ? at : null, at, actor, at, actor});
            childRows(rows, ids.get(i), r, actor, now);
        }
        // The search rows of all these people are built once, below, instead of by the triggers on every
        // statement (V2_2__nominal_search_bulk_writes.sql). If an insert fails, the transaction is rolled back.
        jdbc.sql("select set_config('mappa.search_refresh', 'deferred', true)").query(String.class).single();
        template.execute((java.sql.Connection con) -> {
            org.postgresql.copy.CopyManager copy = con.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            for (var table : rows.entrySet()) {
                List<String> steps = CopyText.copyStatements(table.getKey());
                try (java.sql.Statement st = con.createStatement()) {
                    st.execute(steps.get(0));
                    copy.copyIn(steps.get(1), new java.io.StringReader(CopyText.rows(table.getValue())));
                    st.execute(steps.get(2));
                    st.execute(steps.get(3));
                } catch (java.io.IOException e) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("COPY failed: " + e.getMessage(), e);
                }
            }
            return null;
        });
        jdbc.sql("select set_config('mappa.search_refresh', '', true)").query(String.class).single();
        jdbc.sql("select nominal_name_refresh(?)").param(ids.toArray(Long[]::new)).query(rs -> { });
    }

    private static final String HEAD_INSERT = """
            insert into nominal (id, ref, area_code, bcu, family_name, given_names, date_of_birth, gender, ethnicity, \
            pnc_id, crn, prison_number, version, imported_version, imported_at, created_at, created_by, updated_at, \
            updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Merges the search index's pending entries into the index proper (V2_2): a bulk writer calls it when
     * it has finished, so that the searches that follow do not scan them.
     */
    public void mergePendingSearchEntries() {
        jdbc.sql("select nominal_search_merge_pending()").query(Long.class).single();
    }

    /**
     * Replaces a stored record as one unit, provided it is still at {@code expectedVersion}; otherwise
     * throws {@link StaleNominalException} and writes nothing. Returns the new version.
     */
    @Transactional
    public int replace(long id, NominalRecord record, int expectedVersion, String actor, boolean imported) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        update nominal set ref = :ref, area_code = :area, bcu = :bcu, family_name = :family,
                            given_names = :given, date_of_birth = :dob, gender = :gender, ethnicity = :ethnicity,
                            pnc_id = :pnc, crn = :crn, prison_number = :prison, version = version + 1,
                            imported_version = case when :imported then version + 1 else imported_version end,
                            imported_at = case when :imported then :now else imported_at end,
                            updated_at = :now, updated_by = :actor
                        where id = :id and version = :expected""")
                .params(headParams(record))
                .param("imported", imported)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("id", id)
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleNominalException(record.ref(), expectedVersion);
        }
        for (String table : CHILD_TABLES) {
            jdbc.sql("delete from " + table + " where nominal_id = ?").param(id).update();
        }
        insertChildren(id, record, actor, now);
        return expectedVersion + 1;
    }

    private static final List<String> CHILD_TABLES = List.of("nominal_alias", "nominal_address", "nominal_area_span",
            "conviction", "category_span", "level_span", "custody_span", "civil_order", "nominal_event");

    private static java.util.Map<String, Object> headParams(NominalRecord r) {
        Person p = r.person();
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("ref", r.ref());
        m.put("area", r.area());
        m.put("bcu", r.bcu());
        m.put("family", p.familyName());
        m.put("given", p.givenNames().toArray(String[]::new));
        m.put("dob", p.dateOfBirth());
        m.put("gender", name(p.gender()));
        m.put("ethnicity", p.ethnicity());
        m.put("pnc", p.pncId());
        m.put("crn", p.crn());
        m.put("prison", p.prisonNumber());
        return m;
    }

    private void insertChildren(long id, NominalRecord r, String actor, Instant now) {
        java.util.Map<String, List<Object[]>> rows = new java.util.LinkedHashMap<>();
        childRows(rows, id, r, actor, now);
        rows.forEach(template::batchUpdate);
    }

    /** Adds the child-table rows of one record to {@code rows} (insert statement -> rows). */
    private void childRows(java.util.Map<String, List<Object[]>> rows, long id, NominalRecord r, String actor, Instant now) {
        batch(rows, "insert into nominal_alias (nominal_id, position, family_name, given_names, date_of_birth) values (?,?,?,?,?)",
                r.aliases(), (a, i) -> new Object[]{id, i, a.familyName(), a.givenNames().toArray(String[]::new),
                        date(a.dateOfBirth())});
        batch(rows, "insert into nominal_address (nominal_id, position, type, line1, town, postcode, from_date, to_date) values (?,?,?,?,?,?,?,?)",
                sorted(r.addresses(), Address::from), (a, i) -> new Object[]{id, i, name(a.type()), a.line1(), a.town(),
                        a.postcode(), date(a.from()), date(a.to())});
        batch(rows, "insert into nominal_area_span (nominal_id, position, area_code, from_date, to_date) values (?,?,?,?,?)",
                sorted(r.areas(), AreaSpan::from), (a, i) -> new Object[]{id, i, a.area(), date(a.from()), date(a.to())});
        batch(rows, "insert into conviction (nominal_id, position, conviction_date, offence, offence_kind, disposal, length_months, age_at_conviction) values (?,?,?,?,?,?,?,?)",
                r.convictions(), (c, i) -> new Object[]{id, i, date(c.date()), c.offence(), name(c.offenceKind()),
                        name(c.disposal()), c.lengthMonths(), c.ageAtConviction()});
        batch(rows, "insert into category_span (nominal_id, position, category, from_date, to_date, recorded_by, recorded_at, reason) values (?,?,?,?,?,?,?,?)",
                sorted(r.categories(), CategorySpan::from), (s, i) -> provenanceRow(id, i, s.category(), s.from(), s.to(),
                        s.provenance(), actor, now));
        batch(rows, "insert into level_span (nominal_id, position, level, from_date, to_date, recorded_by, recorded_at, reason) values (?,?,?,?,?,?,?,?)",
                sorted(r.levels(), LevelSpan::from), (s, i) -> provenanceRow(id, i, s.level(), s.from(), s.to(),
                        s.provenance(), actor, now));
        batch(rows, "insert into custody_span (nominal_id, position, kind, reason, order_type, from_date, to_date) values (?,?,?,?,?,?,?)",
                sorted(r.custody(), CustodySpan::from), (c, i) -> new Object[]{id, i, name(c.kind()), name(c.reason()),
                        name(c.order()), date(c.from()), date(c.to())});
        batch(rows, "insert into civil_order (nominal_id, position, type, applied, interim, granted, refused, foreign_travel_restriction, from_date, to_date, details) values (?,?,?,?,?,?,?,?,?,?,?::jsonb)",
                r.orders(), (o, i) -> new Object[]{id, i, name(o.type()), date(o.applied()), date(o.interim()),
                        date(o.granted()), date(o.refused()), o.foreignTravelRestriction(), date(o.from()), date(o.to()),
                        OrderDetailsJson.write(o.details())});
        batch(rows, "insert into nominal_event (nominal_id, position, type, event_date, outcome, outcome_date, order_type, became_notifiable, disclosed_to, authorised_by) values (?,?,?,?,?,?,?,?,?,?)",
                r.events(), (e, i) -> new Object[]{id, i, name(e.type()), date(e.date()), name(e.outcome()),
                        date(e.outcomeDate()), name(e.order()), e.becameNotifiable(), e.to(), e.authorisedBy()});
    }

    private static Object[] provenanceRow(long id, int i, int value, LocalDate from, LocalDate to, Provenance p,
                                          String actor, Instant now) {
        return new Object[]{id, i, value, date(from), date(to),
                p == null || p.recordedBy() == null ? actor : p.recordedBy(),
                Timestamp.from(p == null || p.recordedAt() == null ? now : p.recordedAt()),
                p == null ? null : p.reason()};
    }

    private <T> void batch(java.util.Map<String, List<Object[]>> sink, String sql, List<T> items, RowArgs<T> args) {
        if (items.isEmpty()) {
            return;
        }
        List<Object[]> rows = sink.computeIfAbsent(sql, k -> new ArrayList<>());
        for (int i = 0; i < items.size(); i++) {
            rows.add(args.apply(items.get(i), i));
        }
    }

    private interface RowArgs<T> {
        Object[] apply(T item, int position);
    }

    private static <T> List<T> sorted(List<T> spans, Function<T, LocalDate> from) {
        return spans.stream().sorted(Comparator.comparing(from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    private StoredNominal readHead(ResultSet rs) throws SQLException {
        Person person = new Person(rs.getString("family_name"), strings(rs.getArray("given_names")),
                localDate(rs.getDate("date_of_birth")), enumOf(Gender.class, rs.getString("gender")),
                rs.getString("ethnicity"), rs.getString("pnc_id"), rs.getString("crn"), rs.getString("prison_number"));
        NominalRecord record = new NominalRecord(rs.getString("ref"), rs.getString("area_code"), rs.getString("bcu"),
                person, null, null, null, null, null, null, null, null, null);
        int importedVersion = rs.getInt("imported_version");
        return new StoredNominal(rs.getLong("id"), record, rs.getInt("version"),
                rs.wasNull() ? null : importedVersion, instant(rs.getTimestamp("imported_at")),
                rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")));
    }

    private StoredNominal withChildren(StoredNominal head) {
        long id = head.id();
        NominalRecord h = head.record();
        List<Alias> aliases = children("select family_name, given_names, date_of_birth from nominal_alias", id,
                rs -> new Alias(rs.getString(1), strings(rs.getArray(2)), localDate(rs.getDate(3))));
        List<Address> addresses = children("select type, line1, town, postcode, from_date, to_date from nominal_address", id,
                rs -> new Address(enumOf(AddressType.class, rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), localDate(rs.getDate(5)), localDate(rs.getDate(6))));
        List<AreaSpan> areas = children("select area_code, from_date, to_date from nominal_area_span", id,
                rs -> new AreaSpan(rs.getString(1), localDate(rs.getDate(2)), localDate(rs.getDate(3))));
        List<Conviction> convictions = children("select conviction_date, offence, offence_kind, disposal, length_months, age_at_conviction from conviction", id,
                rs -> new Conviction(localDate(rs.getDate(1)), rs.getString(2), enumOf(OffenceKind.class, rs.getString(3)),
                        enumOf(Disposal.class, rs.getString(4)), (Integer) rs.getObject(5), (Integer) rs.getObject(6)));
        List<CategorySpan> categories = children("select category, from_date, to_date, recorded_by, recorded_at, reason from category_span", id,
                rs -> new CategorySpan(rs.getInt(1), localDate(rs.getDate(2)), localDate(rs.getDate(3)),
                        new Provenance(rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6))));
        List<LevelSpan> levels = children("select level, from_date, to_date, recorded_by, recorded_at, reason from level_span", id,
                rs -> new LevelSpan(rs.getInt(1), localDate(rs.getDate(2)), localDate(rs.getDate(3)),
                        new Provenance(rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6))));
        List<CustodySpan> custody = children("select kind, reason, order_type, from_date, to_date from custody_span", id,
                rs -> new CustodySpan(enumOf(CustodyKind.class, rs.getString(1)), enumOf(CustodyReason.class, rs.getString(2)),
                        enumOf(OrderType.class, rs.getString(3)), localDate(rs.getDate(4)), localDate(rs.getDate(5))));
        List<CivilOrder> orders = children("select type, applied, interim, granted, refused, foreign_travel_restriction, from_date, to_date, details::text from civil_order", id,
                rs -> new CivilOrder(enumOf(OrderType.class, rs.getString(1)), localDate(rs.getDate(2)),
                        localDate(rs.getDate(3)), localDate(rs.getDate(4)), localDate(rs.getDate(5)),
                        (Boolean) rs.getObject(6), localDate(rs.getDate(7)), localDate(rs.getDate(8)),
                        OrderDetailsJson.read(rs.getString(9))));
        List<NominalEvent> events = children("select type, event_date, outcome, outcome_date, order_type, became_notifiable, disclosed_to, authorised_by from nominal_event", id,
                rs -> new NominalEvent(enumOf(EventType.class, rs.getString(1)), localDate(rs.getDate(2)),
                        enumOf(Outcome.class, rs.getString(3)), localDate(rs.getDate(4)),
                        enumOf(OrderType.class, rs.getString(5)), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8)));
        NominalRecord full = new NominalRecord(h.ref(), h.area(), h.bcu(), h.person(), aliases, addresses, areas,
                convictions, categories, levels, custody, orders, events);
        return new StoredNominal(id, full, head.version(), head.importedVersion(), head.importedAt(),
                head.updatedBy(), head.updatedAt());
    }

    private <T> List<T> children(String select, long id, RowReader<T> reader) {
        return jdbc.sql(select + " where nominal_id = ? order by position").param(id)
                .query((rs, n) -> reader.read(rs)).list();
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
