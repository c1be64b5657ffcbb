package org.mappahub.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.AreaSpan;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;

/**
 * Streams the parts of the stored records the statistics read — owning area and BCU, area history, category, level
 * and custody spans, civil orders, events — in batches of {@value #BATCH} (one query per table per batch), so a
 * national run over 100,000 people never holds them all. The identity, addresses and convictions are not read:
 * no figure uses them. Call inside one read-only transaction for a consistent snapshot.
 */
@Repository
class StatisticsRecords {

    static final int BATCH = 2000;

    private final JdbcClient jdbc;

    StatisticsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records that can count for {@code scope}: owned by the area now, or with the area in their history. */
    long count(AreaScope scope) {
        return scope.national()
                ? jdbc.sql("select count(*) from nominal").query(Long.class).single()
                : jdbc.sql("select count(*) from nominal n where " + CANDIDATE).param("area", scope.area())
                        .query(Long.class).single();
    }

    private static final String CANDIDATE = """
            (n.area_code = :area or exists (select 1 from nominal_area_span s where s.nominal_id = n.id and s.area_code = :area))""";

    /** Gives each record that can count for {@code scope} to {@code each}, a batch at a time, in id order. */
    void forEach(AreaScope scope, Consumer<List<NominalRecord>> each) {
        long after = 0;
        while (true) {
            List<Object[]> heads = jdbc.sql("select n.id, n.ref, n.area_code, n.bcu from nominal n where n.id > :after"
                            + (scope.national() ? "" : " and " + CANDIDATE) + " order by n.id limit " + BATCH)
                    .param("after", after).params(scope.national() ? Map.of() : Map.of("area", scope.area()))
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                    .list();
            if (heads.isEmpty()) {
                return;
            }
            Long[] ids = heads.stream().map(h -> (Long) h[0]).toArray(Long[]::new);
            var areas = children("select nominal_id, area_code, from_date, to_date from nominal_area_span", ids,
                    rs -> new AreaSpan(rs.getString(2), date(rs, 3), date(rs, 4)));
            var categories = children("select nominal_id, category, from_date, to_date from category_span", ids,
                    rs -> new CategorySpan(rs.getInt(2), date(rs, 3), date(rs, 4)));
            var levels = children("select nominal_id, level, from_date, to_date from level_span", ids,
                    rs -> new LevelSpan(rs.getInt(2), date(rs, 3), date(rs, 4)));
            var custody = children("select nominal_id, kind, reason, order_type, from_date, to_date from custody_span", ids,
                    rs -> new CustodySpan(CustodyKind.valueOf(rs.getString(2)), CustodyReason.valueOf(rs.getString(3)),
                            orderType(rs.getString(4)), date(rs, 5), date(rs, 6)));
            var orders = children("""
                            select nominal_id, type, applied, interim, granted, refused, foreign_travel_restriction
                            from civil_order""", ids,
                    rs -> new CivilOrder(OrderType.valueOf(rs.getString(2)), date(rs, 3), date(rs, 4), date(rs, 5),
                            date(rs, 6), (Boolean) rs.getObject(7), null, null));
            var events = children("""
                            select nominal_id, type, event_date, outcome, outcome_date, became_notifiable
                            from nominal_event where type in ('NOTIFICATION_BREACH', 'NOTIFICATION_REVOKED', 'SRO_BREACH',
                                                              'SFO_CHARGE') and""", ids,
                    rs -> new NominalEvent(EventType.valueOf(rs.getString(2)), date(rs, 3),
                            rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4)), date(rs, 5), null,
                            (Boolean) rs.getObject(6), null, null));
            List<NominalRecord> batch = new ArrayList<>(heads.size());
            for (Object[] h : heads) {
                Long id = (Long) h[0];
                batch.add(new NominalRecord((String) h[1], (String) h[2], (String) h[3], null, null, null,
                        areas.get(id), null, categories.get(id), levels.get(id), custody.get(id), orders.get(id),
                        events.get(id)));
            }
            each.accept(batch);
            after = ids[ids.length - 1];
        }
    }

    private <T> Map<Long, List<T>> children(String select, Long[] ids, Row<T> row) {
        Map<Long, List<T>> byId = new HashMap<>();
        String where = select.strip().endsWith("and") ? " " : " where ";
        jdbc.sql(select + where + "nominal_id = any(?) order by nominal_id, position").param(ids)
                .query(rs -> {
                    byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row.read(rs));
                });
        return byId;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static OrderType orderType(String name) {
        return name == null ? null : OrderType.valueOf(name);
    }
}
