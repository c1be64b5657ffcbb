package org.mappahub.access;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies of each area: Responsible Authority, duty to co-operate and voluntary partners. */
@Repository
public class Agencies {

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Agency(long id, String area, String name, AgencyType type) {
        public AgencyKind kind() {
            return type.kind();
        }
    }

    /** Creates an agency (or returns the one of that name in the area); returns its id. */
    public long create(String area, String name, AgencyType type) {
        return jdbc.sql("""
                        insert into agency (area_code, name, type) values (?, ?, ?)
                        on conflict (area_code, name) do update set type = excluded.type
                        returning id""")
                .params(area, name.strip(), type.name()).query(Long.class).single();
    }

    /**
     * Adds an agency; empty, adding nothing, when the area already has an agency of that name (letter case and
     * surrounding spaces aside): unlike {@link #create}, never changes an existing one.
     */
    public Optional<Long> add(String area, String name, AgencyType type) {
        boolean taken = jdbc.sql("select exists (select 1 from agency where area_code = ? and lower(btrim(name)) = lower(?))")
                .params(area, name.strip()).query(Boolean.class).single();
        if (taken) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        insert into agency (area_code, name, type) values (?, ?, ?)
                        on conflict (area_code, name) do nothing returning id""")
                .params(area, name.strip(), type.name()).query(Long.class).optional();
    }

    /** An area, as agencies and users are placed in it. */
    public record AreaName(String code, String name) {
    }

    /** Every area, by name. */
    public List<AreaName> areas() {
        return jdbc.sql("select code, name from area order by name")
                .query((rs, n) -> new AreaName(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<Agency> find(long id) {
        return jdbc.sql("select id, area_code, name, type from agency where id = ?").param(id)
                .query(Agencies::agency).optional();
    }

    /** Every agency, by area then name. */
    public List<Agency> all() {
        return jdbc.sql("select id, area_code, name, type from agency order by area_code, name").query(Agencies::agency).list();
    }

    public List<Agency> inArea(String area) {
        return jdbc.sql("select id, area_code, name, type from agency where area_code = ? order by name").param(area)
                .query(Agencies::agency).list();
    }

    private static Agency agency(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Agency(rs.getLong(1), rs.getString(2), rs.getString(3), AgencyType.valueOf(rs.getString(4)));
    }
}
