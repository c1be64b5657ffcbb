package org.mappahub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mappahub.access.Actor;
import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.ShareBasis;
import org.mappahub.database.RowScope;
import org.mappahub.access.Base32;
import org.mappahub.access.Role;
import org.mappahub.access.TotpFactor;
import org.mappahub.access.Users;
import org.mappahub.demo.DemoDataGenerator;
import org.mappahub.demo.DemoProgress;
import org.mappahub.demo.DemoSpec;
import org.mappahub.interchange.ImportSummary;
import org.mappahub.interchange.McifImport;
import org.mappahub.nominal.Nominals;

/**
 * The demo installation a newcomer sees on first start: a realistic area loaded through the MCIF/1
 * importer, and one demo user per role, each with a fixed TOTP secret ({@code ./mappa totp USER} prints the code).
 */
class DemoInstallation {

    private static final String AREA = "LANCASHIRE";
    private static final String ACTOR = Actor.operator("mappa serve (demo area)");

    /** Shown on the console and in the README; only ever created in a demo installation. */
    static final String DEMO_PASSWORD = "demo-mappa-2026";

    private final ApplicationContext context;

    DemoInstallation(ApplicationContext context) {
        this.context = context;
    }

    boolean databaseIsEmpty() {
        try (var operator = RowScope.asOperator(ACTOR)) {
            return context.getBean(Nominals.class).count() == 0 && context.getBean(Users.class).count() == 0;
        }
    }

    /**
     * Generates the demo area as MCIF/1 and loads it through the importer, exactly as an operator's
     * import would, then creates the demo users.
     */
    void load() throws IOException {
        try (var operator = RowScope.asOperator(ACTOR)) {
            loadArea();
            Map<AgencyType, Long> agency = createAgenciesAndUsers();
            System.err.println("Adding the records MCIF/1 has no place for (notification, risk assessments, intelligence, licences, releases, referrals, meetings), as demo users...");
            int people = new DemoCaseRecords(context, username(Role.PRACTITIONER), username(Role.COORDINATOR), username(Role.CHAIR))
                    .add(context.getBean(Nominals.class).refsOwnedBy(AREA));
            System.err.printf("Demo case records added for %,d people.%n", people);
            shareAndRestrict(agency);
        }
    }

    private void loadArea() throws IOException {
        System.err.println("First start on an empty database: loading the demo area (Lancashire, "
                + DemoSpec.DEFAULT_NOMINALS + " people) through the MCIF/1 importer...");
        Path file = Files.createTempFile("mappa-demo-", ".jsonl");
        try {
            DemoSpec spec = DemoSpec.demoArea(LocalDate.now(context.getBean(Clock.class)));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DemoDataGenerator().write(spec, out, DemoProgress.NONE);
            }
            ProgressLine progress = new ProgressLine(System.err, "lines");
            ImportSummary summary = context.getBean(McifImport.class).importFile(file, false,
                    ACTOR,
                    (lines, bytes, total) -> progress.update(lines, total > 0 ? (double) bytes / total : -1));
            progress.finish(summary.lines());
            if (!summary.ok()) {
                ImportCommand.print(summary, System.err);
                throw new IllegalStateException("The generated demo area did not import cleanly");
            }
            System.err.printf("Demo area loaded: %,d nominals.%n", summary.nominalsCreated());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Lancashire's agencies and one demo user per role in a fitting agency; returns the agencies by type.
     */
    private Map<AgencyType, Long> createAgenciesAndUsers() {
        Agencies agencies = context.getBean(Agencies.class);
        Map<AgencyType, Long> agency = new EnumMap<>(AgencyType.class);
        agency.put(AgencyType.POLICE, agencies.create(AREA, "Lancashire Constabulary", AgencyType.POLICE));
        agency.put(AgencyType.PROBATION, agencies.create(AREA, "Probation Service – Lancashire", AgencyType.PROBATION));
        agency.put(AgencyType.PRISON, agencies.create(AREA, "HMP Lancaster Farms", AgencyType.PRISON));
        agency.put(AgencyType.CHILDRENS_SERVICES, agencies.create(AREA, "Lancashire County Council Children's Services", AgencyType.CHILDRENS_SERVICES));
        agency.put(AgencyType.ADULT_SOCIAL_CARE, agencies.create(AREA, "Lancashire County Council Adult Social Care", AgencyType.ADULT_SOCIAL_CARE));
        agency.put(AgencyType.MENTAL_HEALTH, agencies.create(AREA, "Lancashire and South Cumbria NHS Foundation Trust", AgencyType.MENTAL_HEALTH));
        agency.put(AgencyType.HOUSING, agencies.create(AREA, "Preston City Council Housing", AgencyType.HOUSING));
        agency.put(AgencyType.JOBCENTRE_PLUS, agencies.create(AREA, "Jobcentre Plus Lancashire", AgencyType.JOBCENTRE_PLUS));
        agency.put(AgencyType.YOUTH_OFFENDING, agencies.create(AREA, "Lancashire Youth Justice Service", AgencyType.YOUTH_OFFENDING));
        agency.put(AgencyType.VOLUNTARY, agencies.create(AREA, "Circles North West", AgencyType.VOLUNTARY));
        Users users = context.getBean(Users.class);
        TotpFactor totp = context.getBean(TotpFactor.class);
        for (Role role : Role.values()) {
            AgencyType home = switch (role) {
                case PRACTITIONER, CHAIR, AUDITOR, SYSTEM_ADMINISTRATOR -> AgencyType.POLICE;
                case DTC_REPRESENTATIVE -> AgencyType.CHILDRENS_SERVICES;
                case BOARD_MEMBER -> AgencyType.VOLUNTARY;
                default -> AgencyType.PROBATION;
            };
            users.create(username(role), "Demo " + role.title().toLowerCase(), role, agency.get(home), DEMO_PASSWORD);
            totp.assign(username(role), demoSecret(username(role)));
        }
        return agency;
    }

    /** A few cases shared with children's services, and two restricted records the co-ordinator is named on. */
    private void shareAndRestrict(Map<AgencyType, Long> agency) {
        CaseAccess access = context.getBean(CaseAccess.class);
        List<String> refs = context.getBean(Nominals.class).refsOwnedBy(AREA);
        for (int i = 0; i < refs.size() && i < 20 * 150; i += 150) {
            access.shareAs(refs.get(i), agency.get(AgencyType.CHILDRENS_SERVICES), ShareBasis.MEETING_INVITATION,
                    "Children in the household: invited to the level 2 meeting", ACTOR);
        }
        for (int i = 75; i < refs.size() && i < 300; i += 150) {
            access.restrictAs(refs.get(i), true, List.of(username(Role.COORDINATOR)),
                    "Demo: a member of staff as an offender", ACTOR);
        }
    }

    /**
     * The demo users' fixed TOTP secrets, derived from the user name so that they are the same in every
     * demo installation (and public: anyone with this source can compute them). Given only to the demo
     * users that {@link #load()} creates, and the only secrets {@code ./mappa totp} prints codes for.
     */
    static String demoSecret(String username) {
        try {
            return Base32.encode(MessageDigest.getInstance("SHA-1")
                    .digest(("MAPPA Hub demo TOTP secret: " + username).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void printSignInDetails(PrintStream out) {
        Users users = context.getBean(Users.class);
        boolean any = false;
        for (Role role : Role.values()) {
            if (users.find(username(role)).isPresent()) {
                if (!any) {
                    out.println("Demo sign-in (password for each: " + DEMO_PASSWORD
                            + "; security code: ./mappa totp USER):");
                    any = true;
                }
                out.printf("  %-24s %s%n", username(role), role.title());
            }
        }
    }

    /** The demo users' names, one per role. */
    static java.util.List<String> usernames() {
        return java.util.Arrays.stream(Role.values()).map(DemoInstallation::username).toList();
    }

    private static String username(Role role) {
        return role.name().toLowerCase();
    }
}
