package org.mappahub.nominal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.nominal.Area.PopulationEstimate;

/** The MAPPA areas known to the installation. */
@Repository
public class Areas {

    private final JdbcClient jdbc;

    Areas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Area> find(String code) {
        return jdbc.sql("select code, name, bcus from area where code = ?").param(code)
                .query((rs, n) -> new Area(rs.getString(1), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), population(rs.getString(1))))
                .optional();
    }

    public List<Area> all() {
        return jdbc.sql("select code from area order by code collate \"C\"").query(String.class).list()
                .stream().map(code -> find(code).orElseThrow()).toList();
    }

    private List<PopulationEstimate> population(String code) {
        return jdbc.sql("select mid_year, aged_10_and_over from area_population where area_code = ? order by mid_year")
                .param(code).query((rs, n) -> new PopulationEstimate(rs.getInt(1), rs.getLong(2))).list();
    }

    /**
     * Creates or updates an area. MCIF/1: re-importing an area merges its population list (a later value
     * for the same mid-year replaces the earlier); name and BCUs take the new values.
     */
    @Transactional
    public void save(Area area) {
        jdbc.sql("""
                        insert into area (code, name, bcus) values (?, ?, ?)
                        on conflict (code) do update set name = excluded.name, bcus = excluded.bcus, updated_at = now()""")
                .params(area.code(), area.name(), area.bcus().toArray(String[]::new)).update();
        for (PopulationEstimate p : area.population()) {
            jdbc.sql("""
                            insert into area_population (area_code, mid_year, aged_10_and_over) values (?, ?, ?)
                            on conflict (area_code, mid_year) do update set aged_10_and_over = excluded.aged_10_and_over,
                                   version = area_population.version + 1, updated_by = null, updated_at = now()""")
                    .params(area.code(), p.midYear(), p.aged10AndOver()).update();
        }
    }
}
