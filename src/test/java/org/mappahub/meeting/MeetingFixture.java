package org.mappahub.meeting;

import java.time.LocalDate;
import java.util.List;

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
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;

/**
 * An area with a co-ordinator, a chair, a practitioner, a DTC representative (children's services) and a police
 * agency, and people at a level since a date. Usernames carry the area's name, so that every test class has its
 * own users (the test database is shared).
 */
public final class MeetingFixture {

    public final String area;
    public final String coordinator;
    public final String chair;
    public final String practitioner;
    public final String dtc;
    public final long dtcAgency;
    public final long police;
    private final Nominals nominals;

    public MeetingFixture(String area, Areas areas, Users users, Agencies agencies, Nominals nominals) {
        this.area = area;
        this.nominals = nominals;
        String prefix = "meeting." + area.toLowerCase();
        coordinator = prefix + ".coordinator";
        chair = prefix + ".chair";
        practitioner = prefix + ".practitioner";
        dtc = prefix + ".dtc";
        TestUsers.asOperator(() -> areas.save(new Area(area, area + "shire", List.of(), List.of())));
        TestUsers placed = new TestUsers(users, agencies);
        police = placed.place(coordinator, Role.COORDINATOR, area);
        placed.place(chair, Role.CHAIR, area);
        placed.place(practitioner, Role.PRACTITIONER, area);
        dtcAgency = placed.place(dtc, Role.DTC_REPRESENTATIVE, area, AgencyType.CHILDRENS_SERVICES);
    }

    /** A person of the area managed at {@code level} since {@code since} (no end). */
    public String person(String familyName, int level, LocalDate since) {
        return TestUsers.asOperator(() -> {
            String ref = nominals.newRef(area);
            nominals.insert(new NominalRecord(ref, area, "Central",
                    new Person(familyName, List.of("Test"), LocalDate.of(1970, 1, 1), Gender.MALE, null, null, null, null),
                    List.of(), List.of(), List.of(new AreaSpan(area, since.minusYears(1), null)), List.of(),
                    List.of(new CategorySpan(2, since.minusYears(1), null)),
                    List.of(new LevelSpan(1, since.minusYears(1), since), new LevelSpan(level, since, null)),
                    null, null, null), "operator:test fixture", false);
            return ref;
        });
    }
}
