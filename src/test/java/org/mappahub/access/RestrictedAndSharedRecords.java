package org.mappahub.access;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.Nominals;

/**
 * The fixture the row-level security tests of a case module share, written through the application's services
 * as the installation's operator. For a prefix such as {@code NOTIFRLS}:
 * <ul>
 * <li>two areas, {@code NOTIFRLS_OWN} and {@code NOTIFRLS_OTHER};</li>
 * <li>practitioners {@code notifrls.unnamed} and {@code notifrls.named} and a DTC representative
 * {@code notifrls.dtc} in the own area, and a practitioner {@code notifrls.elsewhere} in the other;</li>
 * <li>in the own area a restricted record ({@code NOTIFRLSRESTRICTED}) naming the users given, and a record
 * ({@code NOTIFRLSSHARED}) explicitly shared with a children's services agency of the own area, the DTC
 * representative's.</li>
 * </ul>
 * Each test then adds its own rows to {@link #restricted} and {@link #shared} and asserts on its own tables.
 */
public final class RestrictedAndSharedRecords {

    public final String own;
    public final String other;
    public final String unnamed;
    public final String named;
    public final String dtc;
    public final String elsewhere;

    /** The record restricted to the users named on it. */
    public long restricted;
    /** The record shared with {@link #dtcAgency}. */
    public long shared;
    /** The children's services agency the record is shared with. */
    public long dtcAgency;
    /** The agency of the unnamed practitioner. */
    public long unnamedAgency;

    public RestrictedAndSharedRecords(String prefix) {
        String user = prefix.toLowerCase();
        this.own = prefix + "_OWN";
        this.other = prefix + "_OTHER";
        this.unnamed = user + ".unnamed";
        this.named = user + ".named";
        this.dtc = user + ".dtc";
        this.elsewhere = user + ".elsewhere";
    }

    /**
     * Writes the fixture; to be called as the operator ({@link TestUsers#asOperator(Runnable)}).
     *
     * @param namedOnRestricted the users named on the restricted record
     */
    public RestrictedAndSharedRecords place(ApplicationContext context, List<String> namedOnRestricted) {
        Areas areas = context.getBean(Areas.class);
        Nominals nominals = context.getBean(Nominals.class);
        CaseAccess caseAccess = context.getBean(CaseAccess.class);
        areas.save(new Area(own, own + " area", List.of(), List.of()));
        areas.save(new Area(other, other + " area", List.of(), List.of()));
        TestUsers placed = new TestUsers(context.getBean(Users.class), context.getBean(Agencies.class));
        unnamedAgency = placed.place(unnamed, Role.PRACTITIONER, own);
        placed.place(named, Role.PRACTITIONER, own);
        placed.place(dtc, Role.DTC_REPRESENTATIVE, own);
        placed.place(elsewhere, Role.PRACTITIONER, other);
        dtcAgency = placed.agency(own, AgencyType.CHILDRENS_SERVICES);
        String prefix = own.substring(0, own.length() - "_OWN".length());
        String restrictedRef = person(context, prefix + "RESTRICTED");
        String sharedRef = person(context, prefix + "SHARED");
        caseAccess.restrictAs(restrictedRef, true, namedOnRestricted, "Protected person", "operator:test");
        caseAccess.shareAs(sharedRef, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting", "operator:test");
        restricted = nominals.findByRef(restrictedRef).orElseThrow().id();
        shared = nominals.findByRef(sharedRef).orElseThrow().id();
        return this;
    }

    private String person(ApplicationContext context, String familyName) {
        return context.getBean(NominalChanges.class).create(own, new Identity(familyName, List.of("Test"),
                LocalDate.of(1984, 1, 1), null, null, null, null, null, null), "operator:test");
    }
}
