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
