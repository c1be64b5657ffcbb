package org.mappahub.work;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.AreaSpan;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;

/**
 * An area with one user of each kind the work list tells apart (co-ordinator, chair, police, probation and prison
 * practitioners, a minute taker, a DTC representative), and helpers that put one piece of work each on a new person,
 * written as the operator. Usernames carry the area, so each test class has its own.
 */
final class WorkFixture {

    final String area;
    final String coordinator;
    final String chair;
    final String police;
    final String probation;
    final String prison;
    final String minuteTaker;
    final String dtc;
    private final Nominals nominals;
    private final JdbcClient jdbc;

    WorkFixture(String area, Areas areas, Users users, Agencies agencies, Nominals nominals, JdbcClient jdbc) {
        this.area = area;
        this.nominals = nominals;
        this.jdbc = jdbc;
        String p = "work." + area.toLowerCase();
        coordinator = p + ".coordinator";
        chair = p + ".chair";
        police = p + ".police";
        probation = p + ".probation";
        prison = p + ".prison";
        minuteTaker = p + ".minutes";
        dtc = p + ".dtc";
        TestUsers.asOperator(() -> areas.save(new Area(area, area + "shire", List.of(), List.of())));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(coordinator, Role.COORDINATOR, area);
        placed.place(chair, Role.CHAIR, area);
        placed.place(police, Role.PRACTITIONER, area, AgencyType.POLICE);
        placed.place(probation, Role.PRACTITIONER, area, AgencyType.PROBATION);
        placed.place(prison, Role.PRACTITIONER, area, AgencyType.PRISON);
        placed.place(minuteTaker, Role.MINUTE_TAKER, area);
        placed.place(dtc, Role.DTC_REPRESENTATIVE, area, AgencyType.CHILDRENS_SERVICES);
    }

    /** A person at {@code level} since {@code since}, with the custody and orders given. */
    String person(String family, int level, LocalDate since, List<CustodySpan> custody, List<CivilOrder> orders) {
        return TestUsers.asOperator(() -> {
            String ref = nominals.newRef(area);
            nominals.insert(new NominalRecord(ref, area, "Central",
                    new Person(family, List.of("Given"), LocalDate.of(1970, 1, 1), Gender.MALE, null, null, null, null),
                    List.of(), List.of(), List.of(new AreaSpan(area, since.minusYears(3), null)), List.of(),
                    List.of(new CategorySpan(2, since.minusYears(3), null)),
                    List.of(new LevelSpan(1, since.minusYears(3), since, recorded(since.minusYears(3))),
                            new LevelSpan(level, since, null, recorded(since))),
                    custody, orders, null), "operator:test fixture", false);
            return ref;
        });
    }

    /** Recorded on the day it began (the pre-release rule asks when a level was decided). */
    private static NominalRecord.Provenance recorded(LocalDate day) {
        return new NominalRecord.Provenance("test", day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "test");
    }

    String person(String family, int level, LocalDate since) {
        return person(family, level, since, List.of(), List.of());
    }

    void meeting(String ref, String status, LocalDate day, String chairedBy) {
        TestUsers.asOperator(() -> jdbc.sql("""
                        insert into mapp_meeting (nominal_id, kind, level, starts_at, place, chair, status, cancel_reason,
                            created_by, created_at, updated_by, updated_at)
                        select id, 'REVIEW', 2, ?, 'Room 1', ?, ?, null, 'test', now(), 'test', now() from nominal where ref = ?""")
                .params(Timestamp.valueOf(day.atTime(10, 0)), chairedBy, status, ref).update());
    }

    void referral(String ref, LocalDate received) {
        TestUsers.asOperator(() -> jdbc.sql("""
                        insert into referral (nominal_id, category, referring_agency, referrer, index_offence, sentence,
                            hospital_detention, reason, level_asked, received_on, created_by, created_at, updated_by, updated_at)
                        select id, 2, 'Police', 'test', 'Robbery', '4 years', false, 'Escalating risk', 2, ?, 'test', now(),
                               'test', now() from nominal where ref = ?""")
                .params(received, ref).update());
    }

    void expectedRelease(String ref, LocalDate custodyFrom, LocalDate expected) {
        TestUsers.asOperator(() -> jdbc.sql("""
                        insert into expected_release (nominal_id, custody_from, expected_on, created_by, created_at,
                            updated_by, updated_at)
                        select id, ?, ?, 'test', now(), 'test', now() from nominal where ref = ?""")
                .params(custodyFrom, expected, ref).update());
    }

    void notifiedLast(String ref, LocalDate madeOn) {
        TestUsers.asOperator(() -> {
            jdbc.sql("""
                            insert into notification_requirement (nominal_id, starts_on, disposal, length_months,
                                age_at_conviction, period, ends_on, created_by, created_at, updated_by, updated_at)
                            select id, date '2015-01-01', 'IMPRISONMENT', 60, 30, 'INDEFINITE', null, 'test', now(), 'test',
                                   now() from nominal where ref = ?""").param(ref).update();
            jdbc.sql("""
                            insert into notification (nominal_id, kind, made_on, created_by, created_at)
                            select id, 'PERIODIC', ?, 'test', now() from nominal where ref = ?""")
                    .params(madeOn, ref).update();
        });
    }

    void licence(String ref, LocalDate starts, LocalDate ends) {
        TestUsers.asOperator(() -> jdbc.sql("""
                        insert into licence (nominal_id, starts_on, ends_on, sentence, created_by, created_at, updated_by,
                            updated_at)
                        select id, ?, ?, '4 years', 'test', now(), 'test', now() from nominal where ref = ?""")
                .params(starts, ends, ref).update());
    }

    void restrict(String ref) {
        TestUsers.asOperator(() -> jdbc.sql("update nominal set restricted = true where ref = ?").param(ref).update());
    }
}
