package org.mappahub.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.mappahub.demo.AreaCatalogue.Area;
import org.mappahub.demo.AreaCatalogue.Institution;
import org.mappahub.demo.AreaCatalogue.Town;

/**
 * One made-up person's life as MAPPA sees it, consistent by construction: an index conviction whose
 * disposal decides the category, its end (SOA 2003 s.82 notification periods, licence expiry) and the
 * custody that follows; category spans with level spans that cover exactly the same days; addresses
 * that follow custody; orders, breaches, SFO charges and disclosures on days the person was in the
 * community. Every date is after the 10th birthday and before today.
 */
final class NominalLife {

    /** What the area's quota says this person is today. */
    enum Profile {
        ENDED(0, 0), C1L1(1, 1), C1L2(1, 2), C1L3(1, 3), C2L1(2, 1), C2L2(2, 2), C2L3(2, 3), C3L2(3, 2), C3L3(3, 3);

        final int category;
        final int level;

        Profile(int category, int level) {
            this.category = category;
            this.level = level;
        }
    }

    /** An open span end: written as {@code null}. */
    static final int OPEN = Integer.MAX_VALUE;
    static final int NO_DATE = JsonLine.NO_DATE;

    private static final int NOW_NONE = 0;
    private static final int NOW_SENTENCE = 1;
    private static final int NOW_RECALL = 2;
    private static final int NOW_REMAND = 3;
    private static final int NOW_HOSPITAL = 4;

    private static final String IMPRISONMENT = "IMPRISONMENT";
    private static final String LIFE = "LIFE";
    private static final String IPP = "IPP";
    private static final String HOR = "HOSPITAL_ORDER_RESTRICTED";
    private static final String HO = "HOSPITAL_ORDER";
    private static final String CAUTION = "CAUTION";
    private static final String CD = "CONDITIONAL_DISCHARGE";
    private static final String COMMUNITY = "COMMUNITY_ORDER";
    private static final String FINE = "FINE";
    private static final String OTHER = "OTHER";

    private static final int SOA_2003 = day(2004, 5, 1);
    private static final int NOTIFICATION_BEGAN = day(1997, 9, 1);
    private static final int IPP_FROM = day(2005, 4, 4);
    private static final int IPP_UNTIL = day(2012, 12, 2);
    private static final int SHPO_FROM = day(2015, 3, 8);
    private static final int EARLIEST_CONVICTION = day(1995, 1, 1);
    private static final int EARLIEST_LIFE = day(1980, 1, 1);

    // ---- offences -------------------------------------------------------------------------------------------

    private record SexualOffence(String modern, String legacy, char severity, int weight) {
    }

    private static final SexualOffence[] SEXUAL = {
        new SexualOffence("Rape of a woman aged 16 or over", "Rape of a female", 'H', 6),
        new SexualOffence("Rape of a child under 13", "Rape of a female", 'H', 3),
        new SexualOffence("Assault by penetration", "Indecent assault on a female", 'H', 2),
        new SexualOffence("Rape of a man aged 16 or over", "Rape of a male", 'H', 1),
        new SexualOffence("Assault of a child under 13 by penetration", "Indecent assault on a female", 'H', 1),
        new SexualOffence("Sexual assault on a female", "Indecent assault on a female", 'M', 8),
        new SexualOffence("Sexual assault on a male", "Indecent assault on a male", 'M', 2),
        new SexualOffence("Sexual assault of a child under 13", "Indecency with a child", 'M', 5),
        new SexualOffence("Sexual activity with a child", "Unlawful sexual intercourse with a girl under 16", 'M', 6),
        new SexualOffence("Causing or inciting a child to engage in sexual activity", "Indecency with a child", 'M', 4),
        new SexualOffence("Meeting a child following sexual grooming", "Indecency with a child", 'M', 3),
        new SexualOffence("Engaging in sexual activity in the presence of a child", "Indecency with a child", 'M', 2),
        new SexualOffence("Sexual activity with a person with a mental disorder", "Indecent assault on a female",
                'M', 1),
        new SexualOffence("Making indecent photographs of children", "Making indecent photographs of children",
                'L', 18),
        new SexualOffence("Possession of indecent photographs of children",
                "Possession of indecent photographs of children", 'L', 8),
        new SexualOffence("Distributing indecent photographs of children",
                "Distributing indecent photographs of children", 'L', 4),
        new SexualOffence("Exposure", "Indecent exposure", 'L', 5),
        new SexualOffence("Voyeurism", "Outraging public decency", 'L', 2),
        new SexualOffence("Possession of extreme pornographic images",
                "Possession of indecent photographs of children", 'L', 2),
    };

    private record ViolentOffence(String name, int weight, int minMonths, int maxMonths, boolean life,
                                  boolean serious) {
    }

    private static final ViolentOffence[] VIOLENT = {
        new ViolentOffence("Murder", 3, 0, 0, true, true),
        new ViolentOffence("Manslaughter", 3, 48, 180, false, true),
        new ViolentOffence("Attempted murder", 2, 120, 300, false, true),
        new ViolentOffence("Wounding with intent to do grievous bodily harm", 10, 48, 160, false, true),
        new ViolentOffence("Inflicting grievous bodily harm", 12, 12, 54, false, false),
        new ViolentOffence("Assault occasioning actual bodily harm", 14, 12, 36, false, false),
        new ViolentOffence("Robbery", 14, 24, 96, false, true),
        new ViolentOffence("Aggravated burglary", 3, 48, 144, false, true),
        new ViolentOffence("Arson with intent to endanger life", 3, 36, 120, false, true),
        new ViolentOffence("Threats to kill", 6, 12, 60, false, false),
        new ViolentOffence("Kidnapping", 2, 36, 120, false, true),
        new ViolentOffence("Causing death by dangerous driving", 2, 36, 144, false, false),
        new ViolentOffence("Stalking involving fear of violence or serious alarm or distress", 4, 12, 60, false,
                false),
        new ViolentOffence("Possession of a firearm with intent to endanger life", 2, 60, 168, false, true),
        new ViolentOffence("Affray", 3, 12, 30, false, false),
    };

    /** Offences behind category 3: not qualifying for category 1 or 2 on their own. */
    private record LesserOffence(String name, String kind, int weight, int custodyShare, int minMonths,
                                 int maxMonths) {
    }

    private static final LesserOffence[] CATEGORY_3 = {
        new LesserOffence("Controlling or coercive behaviour in an intimate or family relationship", "VIOLENT", 10,
                50, 6, 11),
        new LesserOffence("Assault occasioning actual bodily harm", "VIOLENT", 6, 40, 4, 11),
        new LesserOffence("Stalking", "VIOLENT", 4, 40, 6, 11),
        new LesserOffence("Racially or religiously aggravated harassment", "OTHER", 3, 20, 4, 9),
        new LesserOffence("Conspiracy to supply a controlled drug of Class A", "OTHER", 3, 100, 36, 120),
        new LesserOffence("Possession of a prohibited firearm", "OTHER", 1, 100, 60, 96),
        new LesserOffence("Breach of a restraining order", "OTHER", 3, 50, 3, 9),
        new LesserOffence("Common assault", "VIOLENT", 3, 0, 0, 0),
    };

    private static final LesserOffence[] EARLIER = {
        new LesserOffence("Theft from a shop", "OTHER", 12, 10, 1, 4),
        new LesserOffence("Burglary (dwelling)", "OTHER", 5, 40, 3, 6),
        new LesserOffence("Possession of a controlled drug of Class B", "OTHER", 8, 0, 0, 0),
        new LesserOffence("Driving whilst disqualified", "OTHER", 5, 25, 2, 5),
        new LesserOffence("Criminal damage", "OTHER", 8, 5, 1, 3),
        new LesserOffence("Handling stolen goods", "OTHER", 3, 10, 2, 6),
        new LesserOffence("Fraud by false representation", "OTHER", 3, 10, 2, 6),
        new LesserOffence("Using threatening words or behaviour", "OTHER", 6, 0, 0, 0),
        new LesserOffence("Common assault", "VIOLENT", 7, 15, 1, 5),
        new LesserOffence("Driving with excess alcohol", "OTHER", 6, 0, 0, 0),
    };

    private static final String[] ABROAD = {"Spain", "Thailand", "Germany", "the Philippines", "Cambodia",
        "the Netherlands", "Poland", "Ireland", "Australia", "the United States"};
    private static final String[] DISCLOSED_TO = {
        "Head teacher, St Mary's Primary School", "Employer (line manager)", "New partner", "Landlord",
        "Housing officer, local authority", "Children's social care", "Leisure centre manager", "Church leader",
        "Youth football club welfare officer", "Partner's ex-partner (parent of the children)",
        "College safeguarding lead", "Hostel manager",
    };
    private static final String[] AUTHORISED_BY = {
        "ACC R. Patel", "ACC S. Whitworth", "ACC J. O'Donnell", "MAPP meeting chair (Supt K. Ashworth)",
        "MAPP meeting chair (DCI M. Clarke)", "ACO L. Hughes (Probation)", "Supt D. Kaur",
    };

    // ---- spans and records ------------------------------------------------------------------------------------

    private record Custody(String kind, String reason, String order, int from, int to) {
    }

    private record Address(String type, String line1, String town, String postcode, int from, int to) {
    }

    private record Conviction(int date, String offence, String kind, String disposal, int months,
                              boolean withAge) {
    }

    private record Span(int value, int from, int to) {
    }

    private record AreaSpan(String area, int from, int to) {
    }

    private record Order(String type, int applied, int interim, int granted, int refused, Boolean travel,
                         int from, int to) {
    }

    private record Event(String type, int date, String outcome, int outcomeDate, String order, String to,
                         String by) {
    }

    private record Alias(String familyName, List<String> givenNames, int dateOfBirth) {
    }

    // ---- state ------------------------------------------------------------------------------------------------

    private final SplittableRandom r;
    private final int today;
    private final Area area;
    private final String ref;
    private final Profile profile;

    private String familyName;
    private final List<String> givenNames = new ArrayList<>(3);
    private int dob;
    private String gender;
    private int ethnicity = -1;
    private String pncId;
    private String crn;
    private String prisonNumber;
    private String bcu;

    private final List<Alias> aliases = new ArrayList<>(2);
    private final List<Address> addresses = new ArrayList<>(8);
    private final List<AreaSpan> areas = new ArrayList<>(2);
    private final List<Conviction> convictions = new ArrayList<>(6);
    private final List<Span> categories = new ArrayList<>(2);
    private final List<Span> levels = new ArrayList<>(4);
    private final List<Custody> custody = new ArrayList<>(6);
    private final List<Order> orders = new ArrayList<>(2);
    private final List<Event> events = new ArrayList<>(3);

    // The index conviction, as planned.
    private int conviction;
    private String disposal;
    private int months;
    private boolean suspended;
    private boolean juvenile;
    private int release;            // end of the custody that followed, OPEN while in it, NO_DATE if none
    private int eligibilityEnd;     // OPEN when indefinite
    private String offence;
    private String offenceKind;
    private int stayDays;           // custody length for life, IPP and hospital orders
    private int recallDay;
    private int remandDay;
    private int nowCustody;
    private int indexStart;
    private int anchorStart = NO_DATE;
    private int anchorEnd = NO_DATE;

    NominalLife(SplittableRandom random, int today, Area area, String ref, Profile profile) {
        this.r = random;
        this.today = today;
        this.area = area;
        this.ref = ref;
        this.profile = profile;
    }

    // ---- the life ---------------------------------------------------------------------------------------------

    NominalLife generate(List<Area> neighbours) {
        int category = profile.category;
        boolean endedSexual = r.nextInt(4) != 0;
        identity(category == 0 ? (endedSexual ? 1 : 2) : category);
        nowCustody = chooseCustodyNow();
        switch (profile) {
            case ENDED -> endedLife(endedSexual);
            case C3L2, C3L3 -> category3Life();
            default -> activeLife(category);
        }
        earlierConvictions();
        custody.sort(Comparator.comparingInt(Custody::from));
        layAllLevels();
        addressHistory(neighbours);
        ordersAndEvents();
        aliases();
        identifiers();
        convictions.sort(Comparator.comparingInt(Conviction::date));
        custody.sort(Comparator.comparingInt(Custody::from));
        events.sort(Comparator.comparingInt(Event::date));
        return this;
    }

    private int chooseCustodyNow() {
        if (profile == Profile.ENDED || profile.category == 3 || profile.level == 3 || r.nextInt(1000) >= 125) {
            return NOW_NONE;
        }
        int x = r.nextInt(100);
        return x < 60 ? NOW_SENTENCE : x < 84 ? NOW_RECALL : x < 95 ? NOW_REMAND : NOW_HOSPITAL;
    }

    private void identity(int category) {
        int g = r.nextInt(1000);
        int maleShare = category == 1 ? 965 : category == 2 ? 930 : 910;
        gender = g < maleShare ? "MALE" : g < 997 ? "FEMALE" : g < 999 ? "NOT_KNOWN" : "OTHER";
        int age = age(category);
        LocalDate t = LocalDate.ofEpochDay(today);
        dob = (int) t.minusYears(age).minusDays(r.nextInt(364)).toEpochDay();
        ethnicity = NamePools.ethnicity(area.diversity(), r);
        boolean female = gender.equals("FEMALE") || (!gender.equals("MALE") && r.nextBoolean());
        boolean younger = LocalDate.ofEpochDay(dob).getYear() >= 1980;
        String surname = NamePools.surname(ethnicity, area.welsh(), r);
        familyName = female ? NamePools.feminine(surname) : surname;
        if (female && (ethnicity == 8 && familyName.equals("SINGH"))) {
            familyName = "KAUR";
        }
        int count = r.nextInt(100) < 30 ? 1 : r.nextInt(100) < 88 ? 2 : 3;
        for (int i = 0; i < count; i++) {
            String name = NamePools.givenName(ethnicity, female, younger, r);
            if (!givenNames.contains(name)) {
                givenNames.add(name);
            }
        }
        if (r.nextInt(100) < 2) {
            ethnicity = -1; // not stated
        }
    }

    /** Age today: registered sexual offenders are older than violent offenders. */
    private int age(int category) {
        int[] bounds = {18, 25, 35, 45, 55, 65, 75, 86};
        int[] weights = category == 1 ? new int[] {5, 18, 23, 23, 17, 10, 4} : new int[] {12, 32, 27, 16, 8, 4, 1};
        int x = r.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return between(bounds[i], bounds[i + 1] - 1);
            }
        }
        return between(30, 50);
    }

    private void activeLife(int category) {
        if (category == 1 && nowCustody == NOW_NONE && r.nextInt(1000) < 4 && notifiedFromAbroad()) {
            return;
        }
        if (!planIndex(category, nowCustody, false, false)) {
            fallback(category);
        }
        categories.add(new Span(category, conviction, OPEN));
        indexCustody();
        seriousFurtherOffence(category);
    }

    private void endedLife(boolean sexual) {
        if (sexual && r.nextInt(100) < 6 && planIndex(1, NOW_NONE, false, true)) {
            int eligible = plusYears(release == NO_DATE ? conviction : release, juvenile ? 8 : 15);
            int revoked = eligible + between(60, 2500);
            if (revoked < today - 1) {
                categories.add(new Span(1, conviction, revoked));
                events.add(new Event("NOTIFICATION_REVOKED", revoked, null, NO_DATE, null, null, null));
                indexCustody();
                return;
            }
        }
        int category = sexual ? 1 : 2;
        if (!planIndex(category, NOW_NONE, true, false)) {
            category = 1;
            endedFallback();
        }
        categories.add(new Span(category, conviction, eligibilityEnd));
        indexCustody();
    }

    private void category3Life() {
        int path = r.nextInt(100);
        int start;
        if (path < 50 && planIndex(path < 40 ? 2 : 1, NOW_NONE, true, false)) {
            categories.add(new Span(path < 40 ? 2 : 1, conviction, eligibilityEnd));
            start = r.nextInt(3) == 0 ? eligibilityEnd : Math.max(eligibilityEnd, today - between(30, 1000));
        } else {
            if (!planIndex(3, NOW_NONE, false, false)) {
                fallback(3);
            }
            int after = release == NO_DATE ? conviction + between(14, 120) : release - between(0, 120);
            start = Math.max(after, today - between(30, 1000));
            start = Math.max(start, conviction + 1);
        }
        if (start >= today) {
            start = today - 1;
        }
        categories.add(new Span(3, start, OPEN));
        indexCustody();
    }

    /**
     * Chooses the index offence and disposal and the conviction date so that today the person is (or is
     * no longer) in the category and in the custody the quota asks for. False when nothing fitted.
     */
    private boolean planIndex(int category, int now, boolean ended, boolean indefinite) {
        for (int attempt = 0; attempt < 40; attempt++) {
            juvenile = !indefinite && now != NOW_HOSPITAL && r.nextInt(100) < (category == 1 ? 6 : 3);
            suspended = false;
            months = -1;
            stayDays = 0;
            if (category == 1) {
                chooseSexualDisposal(now, ended, indefinite);
            } else if (category == 2) {
                chooseViolentDisposal(now);
            } else {
                chooseLesserDisposal();
            }
            if (juvenile && (disposal.equals(LIFE) || disposal.equals(IPP) || disposal.equals(HOR)
                    || disposal.equals(HO) || disposal.equals(FINE))) {
                disposal = IMPRISONMENT;
                months = between(12, 48);
            }
            boolean custodial = isCustodial();
            boolean hospital = disposal.equals(HO) || disposal.equals(HOR);
            if (disposal.equals(LIFE)) {
                stayDays = (int) (between(offence.equals("Murder") ? 144 : 96, 300) * 30.44);
            } else if (disposal.equals(IPP)) {
                stayDays = (int) ((between(24, 96) + between(6, 96)) * 30.44);
            } else if (hospital) {
                stayDays = (int) (between(disposal.equals(HOR) ? 24 : 8, disposal.equals(HOR) ? 180 : 72) * 30.44);
            }
            int approxRelease = disposal.equals(IMPRISONMENT) ? (int) (months * 15.22) : stayDays;

            int lo = Math.max(dob + (int) ((juvenile ? 14 : 18) * 365.25) + 1, today - 45 * 365);
            lo = Math.max(lo, category == 1 ? NOTIFICATION_BEGAN
                    : disposal.equals(LIFE) ? EARLIEST_LIFE : EARLIEST_CONVICTION);
            int hi = today - 1;
            if (juvenile) {
                hi = Math.min(hi, plusYears(dob, 18) - 1);
            }
            if (disposal.equals(IPP)) {
                lo = Math.max(lo, IPP_FROM);
                hi = Math.min(hi, IPP_UNTIL);
            }
            // Recalled prisoners can stay in until the sentence ends: some came back years ago.
            recallDay = today - (r.nextInt(100) < 45 ? between(7, 365) : between(366, 1400));
            remandDay = today - between(7, 240);
            if (now == NOW_NONE && (custodial || hospital)) {
                hi = Math.min(hi, today - 16 - approxRelease - 2);
            } else if (now == NOW_SENTENCE) {
                lo = Math.max(lo, today - approxRelease + 2);
            } else if (now == NOW_RECALL) {
                hi = Math.min(hi, recallDay - 31 - approxRelease - 2);
                if (disposal.equals(IMPRISONMENT)) {
                    lo = Math.max(lo, today - (int) (months * 30.44) + 2);
                }
            } else if (now == NOW_REMAND) {
                hi = Math.min(hi, remandDay - 31 - (custodial || hospital ? approxRelease + 2 : 0));
            }
            int span = approximateEligibility(category);
            if (span > 0 && category != 3) {
                if (ended) {
                    hi = Math.min(hi, today - span - 2);
                } else {
                    lo = Math.max(lo, today - span + 2);
                }
            }
            if (lo > hi) {
                continue;
            }
            conviction = lo + r.nextInt(hi - lo + 1);
            release = !(custodial || hospital) ? NO_DATE
                    : now == NOW_SENTENCE || now == NOW_HOSPITAL ? OPEN
                    : disposal.equals(IMPRISONMENT) ? conviction + (plusMonths(conviction, months) - conviction) / 2
                    : conviction + stayDays;
            eligibilityEnd = eligibilityEnd(category);
            if (fits(category, now, ended, custodial, hospital)) {
                chooseOffenceName(category);
                return true;
            }
        }
        return false;
    }

    private boolean fits(int category, int now, boolean ended, boolean custodial, boolean hospital) {
        if (conviction <= dob + 3653 || conviction >= today) {
            return false;
        }
        if (category != 3) {
            if (ended && (eligibilityEnd == OPEN || eligibilityEnd >= today - 1 || eligibilityEnd <= conviction)) {
                return false;
            }
            if (!ended && eligibilityEnd != OPEN && eligibilityEnd <= today) {
                return false;
            }
        }
        return switch (now) {
            case NOW_NONE -> !(custodial || hospital) || release < today - 15;
            case NOW_SENTENCE -> custodial && !hospital && (disposal.equals(IMPRISONMENT)
                    ? conviction + (plusMonths(conviction, months) - conviction) / 2 > today
                    : conviction + stayDays > today);
            case NOW_HOSPITAL -> hospital;
            case NOW_RECALL -> custodial && release < recallDay - 30
                    && (!disposal.equals(IMPRISONMENT) || plusMonths(conviction, months) > today);
            case NOW_REMAND -> release == NO_DATE || release < remandDay - 30;
            default -> false;
        };
    }

    private boolean isCustodial() {
        return (disposal.equals(IMPRISONMENT) && !suspended) || disposal.equals(LIFE) || disposal.equals(IPP);
    }

    /** Days the category lasts from conviction, roughly, or 0 when it does not end by itself. */
    private int approximateEligibility(int category) {
        if (category == 1) {
            int m = notificationMonths();
            return m < 0 ? 0 : (int) (m * 30.44);
        }
        if (category == 2) {
            if (disposal.equals(IMPRISONMENT)) {
                return (int) (months * 30.44);
            }
            return disposal.equals(HO) ? stayDays : 0;
        }
        return 0;
    }

    private int eligibilityEnd(int category) {
        if (category == 1) {
            int m = notificationMonths();
            return m < 0 ? OPEN : plusMonths(conviction, m);
        }
        if (category == 2) {
            if (disposal.equals(IMPRISONMENT)) {
                return plusMonths(conviction, months);
            }
            return disposal.equals(HO) ? (release == NO_DATE ? OPEN : release) : OPEN;
        }
        return OPEN;
    }

    /** SOA 2003 s.82: the notification period in months, or -1 when indefinite; halved for under-18s. */
    private int notificationMonths() {
        int m = switch (disposal) {
            case LIFE, IPP, HOR -> -1;
            case IMPRISONMENT -> months >= 30 ? -1 : months > 6 ? 120 : 84;
            case HO -> 84;
            case CAUTION -> 24;
            case CD -> -2;
            default -> 60;
        };
        if (m == -2) {
            return months;
        }
        return m > 0 && juvenile ? m / 2 : m;
    }

    private void chooseSexualDisposal(int now, boolean ended, boolean indefinite) {
        int x = r.nextInt(100);
        char severity;
        if (indefinite || now == NOW_SENTENCE || now == NOW_RECALL) {
            severity = x < 40 ? 'H' : x < 85 ? 'M' : 'L';
        } else if (ended) {
            severity = x < 30 ? 'M' : 'L';
        } else {
            severity = x < 18 ? 'H' : x < 55 ? 'M' : 'L';
        }
        offenceKind = "SEXUAL";
        offence = pickSexual(severity);
        int y = r.nextInt(100);
        if (now == NOW_HOSPITAL) {
            disposal = y < 55 ? HOR : HO;
            return;
        }
        switch (severity) {
            case 'H' -> {
                if (y < 4) {
                    disposal = LIFE;
                } else if (y < 10) {
                    disposal = IPP;
                } else if (y < 13 && now != NOW_SENTENCE && now != NOW_RECALL) {
                    disposal = HOR;
                } else {
                    imprisonment(48 + between(0, 84) + between(0, 84));
                }
            }
            case 'M' -> {
                if (y < 3) {
                    disposal = IPP;
                } else if (y < 6) {
                    disposal = HO;
                } else if (y < 10) {
                    disposal = CAUTION;
                } else if (y < 28) {
                    disposal = COMMUNITY;
                } else {
                    imprisonment(between(12, 48) + between(0, 48));
                    suspended = months <= 24 && r.nextInt(100) < 25;
                }
            }
            default -> {
                if (y < 8) {
                    disposal = CAUTION;
                } else if (y < 11) {
                    disposal = CD;
                    months = between(12, 36);
                } else if (y < 15) {
                    disposal = FINE;
                } else if (y < 16) {
                    disposal = OTHER;
                } else if (y < 17) {
                    disposal = HO;
                } else if (y < 52) {
                    disposal = COMMUNITY;
                } else {
                    imprisonment(between(4, 36));
                    suspended = months <= 24 && r.nextInt(100) < 55;
                }
            }
        }
        if ((now == NOW_SENTENCE || now == NOW_RECALL) && !isCustodial()) {
            imprisonment(between(12, 60) + between(0, 60));
            suspended = false;
        }
        if (indefinite && !(disposal.equals(LIFE) || disposal.equals(IPP) || disposal.equals(HOR))) {
            imprisonment(between(30, 120) + between(0, 60));
            suspended = false;
        }
    }

    private void chooseViolentDisposal(int now) {
        ViolentOffence o = pickViolent();
        offenceKind = "VIOLENT";
        offence = o.name();
        int y = r.nextInt(100);
        if (now == NOW_HOSPITAL || (now != NOW_SENTENCE && now != NOW_RECALL && y < 5)) {
            disposal = r.nextInt(100) < 60 ? HOR : HO;
        } else if (o.life()) {
            disposal = LIFE;
        } else if (o.serious() && y < 9) {
            disposal = IPP;
        } else {
            imprisonment(between(o.minMonths(), (o.minMonths() + o.maxMonths()) / 2)
                    + between(0, (o.maxMonths() - o.minMonths()) / 2));
        }
        if (juvenile && disposal.equals(LIFE)) {
            juvenile = false;
        }
    }

    private void chooseLesserDisposal() {
        LesserOffence o = pickLesser(CATEGORY_3);
        offenceKind = o.kind();
        offence = o.name();
        if (r.nextInt(100) < o.custodyShare()) {
            imprisonment(between(o.minMonths(), o.maxMonths()));
        } else {
            disposal = r.nextInt(5) == 0 ? FINE : COMMUNITY;
        }
    }

    private void imprisonment(int length) {
        disposal = IMPRISONMENT;
        months = length;
        suspended = false;
    }

    private void chooseOffenceName(int category) {
        if (category == 1 && conviction < SOA_2003) {
            for (SexualOffence s : SEXUAL) {
                if (s.modern().equals(offence)) {
                    offence = s.legacy();
                    break;
                }
            }
        }
    }

    private String pickSexual(char severity) {
        int total = 0;
        for (SexualOffence s : SEXUAL) {
            total += s.severity() == severity ? s.weight() : 0;
        }
        int x = r.nextInt(total);
        for (SexualOffence s : SEXUAL) {
            if (s.severity() == severity && (x -= s.weight()) < 0) {
                return s.modern();
            }
        }
        throw new IllegalStateException();
    }

    private ViolentOffence pickViolent() {
        int total = 0;
        for (ViolentOffence v : VIOLENT) {
            total += v.weight();
        }
        int x = r.nextInt(total);
        for (ViolentOffence v : VIOLENT) {
            if ((x -= v.weight()) < 0) {
                return v;
            }
        }
        throw new IllegalStateException();
    }

    private LesserOffence pickLesser(LesserOffence[] offences) {
        int total = 0;
        for (LesserOffence o : offences) {
            total += o.weight();
        }
        int x = r.nextInt(total);
        for (LesserOffence o : offences) {
            if ((x -= o.weight()) < 0) {
                return o;
            }
        }
        throw new IllegalStateException();
    }

    /** When no plan fitted (a very young person, an early "today"): a recent community order, no custody. */
    private void fallback(int category) {
        juvenile = false;
        suspended = false;
        stayDays = 0;
        int lo = Math.max(dob + 3653 + 1461, today - 365);
        conviction = Math.min(lo + r.nextInt(Math.max(1, today - 1 - lo)), today - 1);
        juvenile = conviction < plusYears(dob, 18);
        release = NO_DATE;
        if (category == 1) {
            offenceKind = "SEXUAL";
            offence = "Exposure";
            disposal = COMMUNITY;
            months = -1;
        } else if (category == 2) {
            offenceKind = "VIOLENT";
            offence = "Wounding with intent to do grievous bodily harm";
            imprisonment(72);
            release = OPEN;
            nowCustody = NOW_SENTENCE;
        } else {
            offenceKind = "VIOLENT";
            offence = "Common assault";
            disposal = COMMUNITY;
            months = -1;
        }
        eligibilityEnd = eligibilityEnd(category);
    }

    private void endedFallback() {
        offenceKind = "SEXUAL";
        offence = "Exposure";
        disposal = CAUTION;
        months = -1;
        suspended = false;
        release = NO_DATE;
        int lo = dob + 3653 + 1461;
        int hi = today - 800;
        conviction = lo >= hi ? lo : lo + r.nextInt(hi - lo);
        juvenile = conviction < plusYears(dob, 18);
        eligibilityEnd = eligibilityEnd(1);
        if (eligibilityEnd >= today - 1) {
            eligibilityEnd = (conviction + today) / 2;
        }
    }

    /** Convicted abroad, made subject to notification by a notification order on return. */
    private boolean notifiedFromAbroad() {
        int lo = Math.max(dob + (int) (18 * 365.25) + 1, NOTIFICATION_BEGAN);
        int hi = today - 3 * 365;
        if (lo >= hi) {
            return false;
        }
        conviction = lo + r.nextInt(hi - lo);
        imprisonment(between(30, 96));
        offenceKind = "SEXUAL";
        offence = pickSexual(r.nextBoolean() ? 'H' : 'M') + " (convicted in " + ABROAD[r.nextInt(ABROAD.length)]
                + ")";
        int granted = plusMonths(conviction, months / 2) + between(60, 900);
        if (granted >= today - 30) {
            return false;
        }
        juvenile = false;
        release = NO_DATE;
        eligibilityEnd = OPEN;
        int applied = granted - between(20, 90);
        int interim = r.nextInt(100) < 30 ? applied + between(1, 10) : NO_DATE;
        orders.add(new Order("NO", applied, interim, granted, NO_DATE, null, interim == NO_DATE ? granted : interim,
                OPEN));
        categories.add(new Span(1, interim == NO_DATE ? granted : interim, OPEN));
        convictions.add(new Conviction(conviction, offence, offenceKind, disposal, months, r.nextInt(4) != 0));
        indexStart = conviction;
        return true;
    }

    /** The index conviction and the custody it led to (remand, sentence, release, recalls). */
    private void indexCustody() {
        convictions.add(new Conviction(conviction, offence, offenceKind, disposal,
                disposal.equals(IMPRISONMENT) || disposal.equals(CD) ? months : -1, r.nextInt(4) != 0));
        indexStart = conviction;
        boolean hospital = disposal.equals(HO) || disposal.equals(HOR);
        if ((isCustodial() || hospital) && r.nextInt(100) < 45) {
            int from = conviction - between(20, 330);
            if (from > dob + 3653 + 1) {
                custody.add(new Custody("PRISON", "REMAND", null, from, conviction));
                indexStart = from;
            }
        }
        if (isCustodial()) {
            custody.add(new Custody("PRISON", "SENTENCE", null, conviction, release));
        } else if (hospital) {
            custody.add(new Custody("HOSPITAL", "HOSPITAL_ORDER", null, conviction, release));
        }
        if (nowCustody == NOW_RECALL && release != NO_DATE && release != OPEN && release < recallDay) {
            custody.add(new Custody("PRISON", "RECALL", null, recallDay, OPEN));
        } else if (nowCustody == NOW_REMAND && (release == NO_DATE || release < remandDay)) {
            custody.add(new Custody("PRISON", "REMAND", null, remandDay, OPEN));
            if (r.nextInt(100) < 8) {
                events.add(new Event("SFO_CHARGE", remandDay, "PENDING", NO_DATE, null, null, null));
                anchorStart = remandDay - between(30, 360);
                anchorEnd = remandDay + 1;
            }
        } else if (nowCustody == NOW_RECALL || nowCustody == NOW_REMAND) {
            nowCustody = NOW_NONE;
        }
        // A recall earlier in the licence period, now over.
        if (isCustodial() && release != OPEN && release < today - 200 && r.nextInt(100) < 15) {
            int licenceEnd = disposal.equals(IMPRISONMENT) ? Math.min(plusMonths(conviction, months), today - 1)
                    : today - 1;
            int from = release + between(30, Math.max(31, Math.min(licenceEnd - release - 60, 700)));
            int to = from + (r.nextInt(100) < 40 ? 28 : between(60, 400));
            if (disposal.equals(IMPRISONMENT)) {
                to = Math.min(to, plusMonths(conviction, months));
            }
            if (to > from && to < today - 1 && fitsCustody(from, to)) {
                custody.add(new Custody("PRISON", "RECALL", null, from, to));
                if (anchorStart == NO_DATE && r.nextInt(100) < 35) {
                    anchorStart = release - between(30, 200);
                    anchorEnd = from + 1;
                }
            }
        }
    }

    /** A rare charge with a serious further offence while in the community, managed at level 2 then. */
    private void seriousFurtherOffence(int category) {
        if (nowCustody != NOW_NONE || profile.level == 3 || r.nextInt(1000) >= 6 || category == 3) {
            return;
        }
        int base = (release == NO_DATE ? conviction : release) + 60;
        if (base >= today - 60) {
            return;
        }
        int charged = between(base, today - 30);
        int outcome = r.nextInt(100);
        if (!fitsCustody(charged, OPEN)) {
            return;
        }
        int decided = charged + between(120, 420);
        if (outcome < 45 && decided < today - 1) {
            int length = between(96, 180);
            int out = decided + (plusMonths(decided, length) - decided) / 2;
            custody.add(new Custody("PRISON", "REMAND", null, charged, decided));
            custody.add(new Custody("PRISON", "SENTENCE", null, decided, out < today - 1 ? out : OPEN));
            convictions.add(new Conviction(decided, category == 1 ? "Rape of a woman aged 16 or over"
                    : "Wounding with intent to do grievous bodily harm", category == 1 ? "SEXUAL" : "VIOLENT",
                    IMPRISONMENT, length, true));
            events.add(new Event("SFO_CHARGE", charged, "CONVICTED", decided, null, null, null));
            nowCustody = out < today - 1 ? NOW_NONE : NOW_SENTENCE;
        } else if (outcome < 80 && decided < today - 1) {
            custody.add(new Custody("PRISON", "REMAND", null, charged, decided));
            events.add(new Event("SFO_CHARGE", charged, "OTHER", decided, null, null, null));
        } else {
            charged = Math.max(base, today - between(20, 200));
            // The charge date moved: the open remand must still fit the custody already there.
            if (r.nextInt(100) < 70 && fitsCustody(charged, OPEN)) {
                custody.add(new Custody("PRISON", "REMAND", null, charged, OPEN));
                nowCustody = NOW_REMAND;
            }
            events.add(new Event("SFO_CHARGE", charged, "PENDING", NO_DATE, null, null, null));
        }
        anchorStart = charged - between(30, 360);
        anchorEnd = charged + 1;
    }

    /** Earlier, lesser convictions, before the index offence; short sentences with their custody. */
    private void earlierConvictions() {
        int x = r.nextInt(100);
        int count = x < 40 ? 0 : x < 65 ? 1 : x < 80 ? 2 : between(3, 5);
        int lo = dob + (int) (14 * 365.25) + 1;
        int hi = indexStart - 60;
        if (count == 0 || hi - lo < 60) {
            return;
        }
        int[] dates = new int[count];
        for (int i = 0; i < count; i++) {
            dates[i] = lo + r.nextInt(hi - lo);
        }
        java.util.Arrays.sort(dates);
        for (int i = 0; i < count; i++) {
            LesserOffence o = pickLesser(EARLIER);
            int next = i + 1 < count ? dates[i + 1] : hi;
            String d;
            int m = -1;
            int y = r.nextInt(100);
            if (y < o.custodyShare()) {
                d = IMPRISONMENT;
                m = between(o.minMonths(), o.maxMonths());
                int out = dates[i] + (plusMonths(dates[i], m) - dates[i]) / 2;
                if (out < next - 7 && out > dates[i] && fitsCustody(dates[i], out)) {
                    custody.add(new Custody("PRISON", "SENTENCE", null, dates[i], out));
                }
            } else {
                d = y < 45 ? FINE : y < 75 ? COMMUNITY : y < 88 ? CD : CAUTION;
                if (d.equals(CD)) {
                    m = between(6, 24);
                }
            }
            convictions.add(new Conviction(dates[i], o.name(), o.kind(), d, m, r.nextInt(4) != 0));
        }
    }

    private boolean fitsCustody(int from, int to) {
        for (Custody c : custody) {
            if (from < c.to() && c.from() < to) {
                return false;
            }
        }
        return true;
    }

    private boolean inCustody(int day) {
        for (Custody c : custody) {
            if (c.from() <= day && day < c.to()) {
                return true;
            }
        }
        return false;
    }

    // ---- levels -----------------------------------------------------------------------------------------------

    private void layAllLevels() {
        for (int i = 0; i < categories.size(); i++) {
            Span c = categories.get(i);
            boolean last = i == categories.size() - 1;
            int[] pattern;
            int aStart = NO_DATE;
            int aEnd = NO_DATE;
            if (c.value() == 3) {
                pattern = profile.level == 3 ? (r.nextInt(10) < 4 ? new int[] {3} : new int[] {2, 3})
                        : switch (r.nextInt(8)) {
                            case 0 -> new int[] {3, 2};
                            case 1 -> new int[] {2, 3, 2};
                            default -> new int[] {2};
                        };
            } else if (last && c.to() == OPEN) {
                pattern = openPattern(profile.level);
                aStart = anchorStart;
                aEnd = anchorEnd;
                if (aStart == NO_DATE && release != NO_DATE && release != OPEN && release > c.from()) {
                    aStart = release - between(30, 200);
                    aEnd = release + between(90, 400);
                }
            } else {
                boolean beforeCategory3 = !last;
                int x = r.nextInt(100);
                pattern = beforeCategory3 && x < 35 ? new int[] {1, 2}
                        : x < 90 ? new int[] {1} : x < 97 ? new int[] {1, 2, 1} : x < 98 ? new int[] {2, 1}
                        : new int[] {1, 2, 3, 2, 1};
                if (release != NO_DATE && release != OPEN && release > c.from() && release < c.to()) {
                    aStart = release - between(30, 200);
                    aEnd = release + between(90, 400);
                }
            }
            layLevels(pattern, c.from(), c.to(), aStart, aEnd);
        }
    }

    private int[] openPattern(int current) {
        int x = r.nextInt(100);
        if (anchorStart != NO_DATE && current == 1) {
            return new int[] {1, 2, 1};
        }
        return switch (current) {
            case 1 -> {
                // Back at level 1 after a spell at level 2 (or 3): rarer for category 2, whose spans are
                // short and recent, so that a year's level 2/3 total stays about twice the day's count.
                int y = r.nextInt(1000);
                int once = profile.category == 1 ? 30 : 20;
                int started = profile.category == 1 ? 10 : 5;
                yield y < once ? new int[] {1, 2, 1} : y < once + started ? new int[] {2, 1}
                        : y < once + started + 3 ? new int[] {1, 2, 3, 2, 1} : new int[] {1};
            }
            case 2 -> x < 50 ? new int[] {1, 2} : x < 80 ? new int[] {2} : x < 85 ? new int[] {2, 3, 2}
                    : x < 90 ? new int[] {1, 2, 3, 2} : new int[] {1, 2, 1, 2};
            default -> x < 40 ? new int[] {1, 2, 3} : x < 70 ? new int[] {2, 3} : x < 90 ? new int[] {3}
                    : new int[] {1, 3};
        };
    }

    /**
     * Splits the category span [from, to) into level spans following {@code pattern}; the first change
     * goes at {@code aStart} (and the next no earlier than {@code aEnd}) when that fits.
     */
    private void layLevels(int[] pattern, int from, int to, int aStart, int aEnd) {
        int limit = to == OPEN ? today : to;
        int n = pattern.length;
        if (n > 1 && limit - from < n + 1) {
            pattern = new int[] {pattern[n - 1]};
            n = 1;
        }
        if (n == 1) {
            levels.add(new Span(pattern[0], from, to));
            return;
        }
        int[] cuts = new int[n];
        cuts[0] = from;
        boolean ok = false;
        if (aStart != NO_DATE && aStart > from && aStart < limit - n) {
            cuts[1] = aStart;
            ok = true;
            for (int k = 2; k < n; k++) {
                int d = between(60, 720);
                if (k == 2 && aEnd != NO_DATE) {
                    d = Math.max(d, aEnd - cuts[1]);
                }
                cuts[k] = cuts[k - 1] + d;
            }
            ok = cuts[n - 1] < limit;
        }
        if (!ok) {
            int[] d = new int[n];
            long sum = 0;
            for (int k = 1; k < n; k++) {
                d[k] = k == n - 1 && to == OPEN ? between(14, 900) : between(60, 720);
                sum += d[k];
            }
            if (to == OPEN && pattern[n - 1] != 1) {
                // Raised now: the last change was recent.
                int c = limit - d[n - 1];
                cuts[n - 1] = c;
                for (int k = n - 2; k >= 1; k--) {
                    c -= d[k];
                    cuts[k] = c;
                }
                ok = cuts[1] > from;
            } else if (limit - from - sum >= 1) {
                cuts[1] = from + 1 + r.nextInt((int) (limit - from - sum));
                for (int k = 2; k < n; k++) {
                    cuts[k] = cuts[k - 1] + d[k - 1];
                }
                ok = cuts[n - 1] < limit;
            }
        }
        if (!ok) {
            for (int k = 1; k < n; k++) {
                cuts[k] = from + (int) ((long) (limit - from) * k / n);
            }
        }
        for (int k = 0; k < n; k++) {
            levels.add(new Span(pattern[k], cuts[k], k == n - 1 ? to : cuts[k + 1]));
        }
    }

    // ---- addresses and areas ----------------------------------------------------------------------------------

    private void addressHistory(List<Area> neighbours) {
        int first = indexStart;
        for (Span c : categories) {
            first = Math.min(first, c.from());
        }
        int start = Math.max(dob + (int) (16 * 365.25), first - between(200, 2500));
        if (start >= first) {
            start = Math.max(dob + 3653 + 1, first - 30);
        }
        if (start >= first) {
            start = first;
        }
        Town home = Places.town(area, r);
        // Custody blocks long enough to give a prison or hospital address; touching spans of one kind merge.
        List<int[]> blocks = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        custody.sort(Comparator.comparingInt(Custody::from));
        for (Custody c : custody) {
            if (c.to() <= start) {
                continue;
            }
            int from = Math.max(c.from(), start);
            int last = blocks.size() - 1;
            if (last >= 0 && blocks.get(last)[1] == from && kinds.get(last).equals(c.kind())) {
                blocks.get(last)[1] = c.to();
            } else {
                blocks.add(new int[] {from, c.to()});
                kinds.add(c.kind());
            }
        }
        int cursor = start;
        boolean afterLongCustody = false;
        for (int i = 0; i < blocks.size() && cursor != OPEN; i++) {
            int[] b = blocks.get(i);
            boolean open = b[1] == OPEN;
            if (!open && b[1] - b[0] < 60) {
                continue;
            }
            if (b[0] > cursor) {
                home = community(cursor, b[0], afterLongCustody, home);
            }
            Institution inst = kinds.get(i).equals("HOSPITAL") ? Places.hospital(area, r) : Places.prison(area, r);
            addresses.add(new Address(inst.hospital() ? "HOSPITAL" : "PRISON", inst.name() + ", " + inst.line1(),
                    inst.town(), inst.postcode(), Math.max(b[0], cursor), b[1]));
            afterLongCustody = open || b[1] - b[0] >= 365;
            cursor = b[1];
        }
        if (cursor != OPEN && cursor < today) {
            community(cursor, OPEN, afterLongCustody, home);
        }
        capHomes();
        ensureHome(home);
        temporaryStay();
        addresses.sort(Comparator.comparingInt(Address::from));
        transfer(neighbours);
        chooseBcu();
    }

    /** Addresses for a period in the community [from, to): approved premises after release, homes, no fixed abode. */
    private Town community(int from, int to, boolean afterLongCustody, Town home) {
        int end = to == OPEN ? today : to;
        int x = from;
        if (afterLongCustody && profile.category != 3 && r.nextInt(100) < 45) {
            int apEnd = x + between(42, 180);
            if (apEnd < end - 1) {
                Town t = Places.town(area, r);
                addresses.add(new Address("APPROVED_PREMISES", Places.approvedPremisesLine(area, r), t.name(),
                        Places.postcode(t, r), x, apEnd));
                x = apEnd;
            }
        }
        if (afterLongCustody && r.nextInt(100) < 40) {
            home = Places.town(area, r);
        }
        if (end - x > 3 * 365 && r.nextInt(100) < 45) {
            int mid = x + (int) ((long) (end - x) * between(20, 80) / 100);
            addresses.add(homeAddress(home, x, mid));
            x = mid;
            if (r.nextInt(100) < 8 && end - x > 90) {
                int nfaEnd = x + between(14, Math.min(180, end - x - 30));
                addresses.add(new Address("NO_FIXED_ABODE", "No fixed abode", home.name(), null, x, nfaEnd));
                x = nfaEnd;
            }
            if (r.nextInt(100) < 30) {
                home = Places.town(area, r);
            }
        }
        if (to == OPEN && r.nextInt(1000) < 25 && end - x > 60) {
            // Of no fixed abode now: after a home, not instead of one.
            int lost = x + (int) ((long) (end - x) * between(50, 95) / 100);
            addresses.add(homeAddress(home, x, lost));
            addresses.add(new Address("NO_FIXED_ABODE", "No fixed abode", home.name(), null, lost, OPEN));
        } else {
            addresses.add(homeAddress(home, x, to));
        }
        return home;
    }

    private Address homeAddress(Town town, int from, int to) {
        return new Address("HOME", Places.streetLine(r), town.name(), Places.postcode(town, r), from, to);
    }

    /** At most three homes: older history is dropped, as a register keeps only what it was told. */
    private void capHomes() {
        int homes = 0;
        for (int i = addresses.size() - 1; i >= 0; i--) {
            if (addresses.get(i).type().equals("HOME") && ++homes == 3) {
                addresses.subList(0, i).clear();
                return;
            }
        }
    }

    /** Everyone has had a home: someone in custody since the history starts gets the one before it. */
    private void ensureHome(Town home) {
        for (Address a : addresses) {
            if (a.type().equals("HOME")) {
                return;
            }
        }
        int next = addresses.isEmpty() ? today : addresses.get(0).from();
        int from = Math.max(next - between(200, 1500), dob + 3653 + 1);
        if (from < next) {
            addresses.add(0, homeAddress(home, from, addresses.isEmpty() ? OPEN : next));
        }
    }

    private void temporaryStay() {
        if (r.nextInt(100) >= 3) {
            return;
        }
        for (Address a : addresses) {
            int end = a.to() == OPEN ? today - 1 : a.to();
            if (a.type().equals("HOME") && end - a.from() > 45) {
                int from = a.from() + r.nextInt(end - a.from() - 40);
                int to = from + between(3, 28);
                Town t = Places.town(area, r);
                addresses.add(new Address("TEMPORARY", Places.streetLine(r), t.name(), Places.postcode(t, r), from,
                        to));
                return;
            }
        }
    }

    /** About one in twenty moved here from a neighbouring area: earlier addresses are there. */
    private void transfer(List<Area> neighbours) {
        if (neighbours.isEmpty() || r.nextInt(100) >= 5 || addresses.size() < 2) {
            return;
        }
        // The move happened while the case was managed: the record moved with the person.
        Span managed = categories.get(categories.size() - 1);
        int at = -1;
        for (int i = addresses.size() - 1; i >= 1; i--) {
            String type = addresses.get(i).type();
            int from = addresses.get(i).from();
            if ((type.equals("HOME") || type.equals("APPROVED_PREMISES")) && from > addresses.get(0).from()
                    && from > managed.from() && (managed.to() == OPEN || from < managed.to())) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return;
        }
        Area previous = neighbours.get(r.nextInt(neighbours.size()));
        int moved = addresses.get(at).from();
        Town town = Places.town(previous, r);
        for (int i = 0; i < addresses.size(); i++) {
            Address a = addresses.get(i);
            if (a.from() < moved && (a.type().equals("HOME") || a.type().equals("TEMPORARY")
                    || a.type().equals("NO_FIXED_ABODE") || a.type().equals("APPROVED_PREMISES"))) {
                String postcode = a.postcode() == null ? null : Places.postcode(town, r);
                String line1 = a.type().equals("APPROVED_PREMISES") ? Places.approvedPremisesLine(previous, r)
                        : a.type().equals("NO_FIXED_ABODE") ? a.line1() : Places.streetLine(r);
                addresses.set(i, new Address(a.type(), line1, town.name(), postcode, a.from(), a.to()));
            }
        }
        int arrived = addresses.get(0).from();
        for (Span c : categories) {
            arrived = Math.min(arrived, c.from());
        }
        areas.add(new AreaSpan(previous.code(), arrived, moved));
        areas.add(new AreaSpan(area.code(), moved, OPEN));
    }

    private void chooseBcu() {
        if (r.nextInt(100) < 2) {
            return;
        }
        int moved = areas.isEmpty() ? Integer.MIN_VALUE : areas.get(areas.size() - 1).from();
        for (int i = addresses.size() - 1; i >= 0; i--) {
            Address a = addresses.get(i);
            if (a.from() < moved || a.type().equals("PRISON") || a.type().equals("HOSPITAL")
                    || a.type().equals("TEMPORARY")) {
                continue;
            }
            for (Town t : area.towns()) {
                if (t.name().equals(a.town())) {
                    bcu = t.bcu();
                    return;
                }
            }
        }
        bcu = area.bcus().get(r.nextInt(area.bcus().size()));
    }

    // ---- orders and events ------------------------------------------------------------------------------------

    private void ordersAndEvents() {
        Span last = categories.get(categories.size() - 1);
        int cat = last.value();
        boolean active = last.to() == OPEN;
        int since = last.from();
        int until = active ? today - 1 : last.to() - 1;
        if (cat == 1 && active && orders.isEmpty()) {
            int x = r.nextInt(1000);
            if (x < 150) {
                sexualHarmPreventionOrder(since);
            } else if (x < 200 && conviction < SHPO_FROM) {
                atConviction(conviction < SHPO_FROM ? "SOPO" : "SHPO");
            }
        }
        if ((cat == 2 || cat == 3) && offenceKind.equals("VIOLENT") && r.nextInt(100) < (cat == 3 ? 35 : 15)) {
            int to = r.nextBoolean() ? OPEN : plusYears(conviction, between(2, 10));
            orders.add(new Order("RESTRAINING_ORDER", conviction, NO_DATE, conviction, NO_DATE, null, conviction,
                    to));
        }
        if (cat >= 2 && active && r.nextInt(1000) < (cat == 3 ? 60 : 4)) {
            sexualRiskOrder(since);
        }
        boolean everCategory1 = false;
        for (Span c : categories) {
            if (c.value() == 1) {
                everCategory1 = true;
                // About 3 in 100 registered sexual offenders a year breach the requirements (caution,
                // conviction or no further action): in proportion to the years registered.
                double years = ((c.to() == OPEN ? today : c.to()) - c.from()) / 365.25;
                double expected = Math.min(4, years * 0.035);
                int breaches = (int) expected + (r.nextDouble() < expected - (int) expected ? 1 : 0);
                for (int i = 0; i < breaches; i++) {
                    notificationBreach(c.from() + 60, (c.to() == OPEN ? today : c.to()) - 1);
                }
            }
        }
        for (Order o : List.copyOf(orders)) {
            if (o.from() != NO_DATE && o.granted() != NO_DATE && r.nextInt(100) < 18) {
                orderBreach(o);
            }
        }
        if (everCategory1 && active && cat == 1 && (disposal.equals(LIFE) || disposal.equals(IPP)
                || disposal.equals(HOR) || (disposal.equals(IMPRISONMENT) && months >= 30))) {
            int eligible = plusYears(release == NO_DATE || release == OPEN ? conviction : release, 15);
            if (release != OPEN && eligible < today - 120 && r.nextInt(100) < 10) {
                events.add(new Event("NOTIFICATION_REVIEW_REFUSED", between(eligible + 30, today - 1), null,
                        NO_DATE, null, null, null));
            }
        }
        int disclosureChance = profile.level >= 2 ? 25 : 2;
        if (r.nextInt(100) < disclosureChance && until - since > 30) {
            int day = communityDay(since + 1, until);
            if (day != NO_DATE) {
                events.add(new Event("DISCLOSURE", day, null, NO_DATE, null,
                        DISCLOSED_TO[r.nextInt(DISCLOSED_TO.length)], AUTHORISED_BY[r.nextInt(AUTHORISED_BY.length)]));
            }
        }
    }

    private void sexualHarmPreventionOrder(int since) {
        int atConvictionShare = 70;
        if (conviction >= SHPO_FROM && r.nextInt(100) < atConvictionShare) {
            atConviction("SHPO");
            return;
        }
        int lo = Math.max(Math.max(since, SHPO_FROM), release == NO_DATE || release == OPEN ? since : release) + 30;
        int hi = today - 14;
        if (lo >= hi) {
            if (conviction < SHPO_FROM) {
                atConviction("SOPO");
            }
            return;
        }
        int applied = between(lo, hi);
        int interim = r.nextInt(100) < 40 ? applied + between(1, 21) : NO_DATE;
        if (interim != NO_DATE && interim >= today) {
            interim = NO_DATE;
        }
        int decided = applied + between(30, 150);
        boolean refused = r.nextInt(100) < 15;
        if (decided >= today) {
            orders.add(new Order("SHPO", applied, interim, NO_DATE, NO_DATE, interim == NO_DATE ? null : false,
                    interim, interim == NO_DATE ? NO_DATE : OPEN));
        } else if (refused) {
            orders.add(new Order("SHPO", applied, interim, NO_DATE, decided, false, interim,
                    interim == NO_DATE ? NO_DATE : decided));
        } else {
            int from = interim == NO_DATE ? decided : interim;
            int x = r.nextInt(100);
            int to = x < 45 ? OPEN : plusYears(decided, x < 75 ? 5 : 10);
            orders.add(new Order("SHPO", applied, interim, decided, NO_DATE, r.nextInt(100) < 10, from, to));
        }
    }

    private void atConviction(String type) {
        int applied = conviction - between(14, 120);
        int x = r.nextInt(100);
        int to = x < 45 ? OPEN : plusYears(conviction, x < 75 ? 5 : 10);
        Boolean travel = type.equals("SHPO") ? r.nextInt(100) < 10 : null;
        orders.add(new Order(type, applied, NO_DATE, conviction, NO_DATE, travel, conviction, to));
    }

    private void sexualRiskOrder(int since) {
        int lo = since + 30;
        int hi = today - 14;
        if (lo >= hi) {
            return;
        }
        int applied = between(lo, hi);
        int interim = r.nextInt(100) < 30 ? applied + between(1, 13) : NO_DATE;
        int decided = applied + between(30, 120);
        if (decided >= today) {
            orders.add(new Order("SRO", applied, interim, NO_DATE, NO_DATE, null, interim,
                    interim == NO_DATE ? NO_DATE : OPEN));
        } else if (r.nextInt(100) < 15) {
            orders.add(new Order("SRO", applied, interim, NO_DATE, decided, null, interim,
                    interim == NO_DATE ? NO_DATE : decided));
        } else {
            orders.add(new Order("SRO", applied, interim, decided, NO_DATE, null,
                    interim == NO_DATE ? decided : interim, plusYears(decided, between(2, 5))));
        }
    }

    private void notificationBreach(int from, int until) {
        int day = communityDay(from, until);
        if (day == NO_DATE) {
            return;
        }
        String outcome = outcome(day);
        events.add(new Event("NOTIFICATION_BREACH", day, outcome, NO_DATE, null, null, null));
        if (outcome.equals("CONVICTED")) {
            int y = r.nextInt(100);
            String d = y < 50 ? COMMUNITY : y < 70 ? FINE : y < 90 ? IMPRISONMENT : CD;
            convictions.add(new Conviction(day, "Failing to comply with notification requirements", "OTHER", d,
                    d.equals(IMPRISONMENT) ? between(4, 12) : d.equals(CD) ? 12 : -1, r.nextInt(4) != 0));
        }
    }

    private void orderBreach(Order o) {
        int end = o.to() == OPEN ? today - 1 : Math.min(o.to(), today) - 1;
        int day = communityDay(o.from() + 30, end);
        if (day == NO_DATE) {
            return;
        }
        String outcome = outcome(day);
        events.add(new Event("ORDER_BREACH", day, outcome, NO_DATE, o.type(), null, null));
        if (!outcome.equals("CONVICTED")) {
            return;
        }
        String name = switch (o.type()) {
            case "SHPO" -> "Breach of a sexual harm prevention order";
            case "SOPO" -> "Breach of a sexual offences prevention order";
            case "SRO" -> "Breach of a sexual risk order";
            default -> "Breach of a restraining order";
        };
        int m = between(6, 24);
        int out = day + (plusMonths(day, m) - day) / 2;
        boolean custodial = (o.type().equals("SHPO") || o.type().equals("SOPO")) && r.nextInt(100) < 40
                && out < today - 1 && fitsCustody(day, out);
        if (custodial) {
            custody.add(new Custody("PRISON", "BREACH_OF_ORDER", o.type(), day, out));
            custody.sort(Comparator.comparingInt(Custody::from));
        }
        // Without custody the sentence was suspended or a community order.
        boolean imprisonment = custodial || r.nextBoolean();
        convictions.add(new Conviction(day, name, "OTHER", imprisonment ? IMPRISONMENT : COMMUNITY,
                imprisonment ? m : -1, r.nextInt(4) != 0));
    }

    private String outcome(int day) {
        if (day > today - 120 && r.nextInt(100) < 50) {
            return "PENDING";
        }
        int x = r.nextInt(100);
        return x < 55 ? "CONVICTED" : x < 83 ? "CAUTIONED" : "NO_FURTHER_ACTION";
    }

    /** A day in [from, until] when the person was not in custody, or NO_DATE. */
    private int communityDay(int from, int until) {
        from = Math.max(from, dob + 3653 + 1);
        until = Math.min(until, today - 1);
        if (from > until) {
            return NO_DATE;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            int day = between(from, until);
            if (!inCustody(day)) {
                return day;
            }
        }
        return NO_DATE;
    }

    // ---- aliases and identifiers ------------------------------------------------------------------------------

    private void aliases() {
        if (r.nextInt(100) >= 15) {
            return;
        }
        int count = r.nextInt(100) < 80 ? 1 : r.nextInt(100) < 85 ? 2 : 3;
        boolean female = "FEMALE".equals(gender);
        for (int i = 0; i < count; i++) {
            String family = familyName;
            List<String> given = new ArrayList<>(givenNames);
            int kind = r.nextInt(100);
            if (female && kind < 50) {
                family = NamePools.britishSurname(area.welsh(), r);       // maiden or former married name
            } else if (kind < 35) {
                family = NamePools.misspell(familyName, r);
            } else if (kind < 65 && !given.isEmpty()) {
                String v = NamePools.variant(given.get(0), r);
                given.set(0, v != null ? v : NamePools.misspell(given.get(0), r));
            } else if (kind < 78 && given.size() > 1) {
                given.add(0, given.remove(1));                              // goes by the middle name
            } else if (kind < 90) {
                family = NamePools.surname(ethnicity < 0 ? 0 : ethnicity, area.welsh(), r);
            } else {
                family = NamePools.misspell(familyName, r);
                if (!given.isEmpty()) {
                    given = new ArrayList<>(given.subList(0, 1));
                }
            }
            int aliasDob = NO_DATE;
            if (r.nextInt(100) < 30) {
                aliasDob = otherDateOfBirth();
            }
            aliases.add(new Alias(family, given, aliasDob));
        }
    }

    private int otherDateOfBirth() {
        LocalDate d = LocalDate.ofEpochDay(dob);
        LocalDate other = switch (r.nextInt(3)) {
            case 0 -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()
                    ? LocalDate.of(d.getYear(), d.getDayOfMonth(), Math.min(d.getMonthValue(), 28))
                    : d.plusDays(1);
            case 1 -> d.plusYears(r.nextBoolean() ? 1 : -1);
            default -> d.plusDays(between(-30, 30) | 1);
        };
        int day = (int) other.toEpochDay();
        return day >= today - 3653 ? dob - 365 : day;
    }

    private void identifiers() {
        int first = conviction;
        for (Conviction c : convictions) {
            first = Math.min(first, c.date());
        }
        if (r.nextInt(100) < 97) {
            int year = LocalDate.ofEpochDay(Math.max(first - between(0, 400), dob + 3653 + 1)).getYear();
            int serial = r.nextInt(10_000_000);
            pncId = pncId(year, serial);
        }
        if (r.nextInt(100) < 92) {
            crn = (char) ('A' + r.nextInt(26)) + digits(r.nextInt(1_000_000), 6);
        }
        boolean prison = false;
        for (Custody c : custody) {
            prison |= c.kind().equals("PRISON");
        }
        if (prison) {
            prisonNumber = (r.nextInt(5) == 0 ? "G" : "A") + digits(r.nextInt(10_000), 4)
                    + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
        }
    }

    /** MCIF/1 person.pncId: the check letter indexes ZABCDEFGHJKLMNPQRTUVWXY by (yy * 10^7 + serial) mod 23. */
    static String pncId(int year, int serial) {
        long n = (year % 100) * 10_000_000L + serial;
        char check = "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (n % 23));
        return digits(year, 4) + "/" + digits(serial, 7) + check;
    }

    /** {@code value} with leading zeros to {@code width} digits (String.format is far too slow here). */
    static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0000000000".substring(0, width - s.length()) + s;
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    void write(JsonLine j) {
        j.beginObject().field("recordType", "nominal").field("ref", ref).field("area", area.code());
        if (bcu != null) {
            j.field("bcu", bcu);
        }
        j.name("person").beginObject().field("familyName", familyName);
        names(j, givenNames);
        j.dateField("dateOfBirth", dob).field("gender", gender);
        if (ethnicity >= 0) {
            j.field("ethnicity", NamePools.ETHNICITIES[ethnicity]);
        }
        if (pncId != null) {
            j.field("pncId", pncId);
        }
        if (crn != null) {
            j.field("crn", crn);
        }
        if (prisonNumber != null) {
            j.field("prisonNumber", prisonNumber);
        }
        j.endObject();
        if (!aliases.isEmpty()) {
            j.name("aliases").beginArray();
            for (Alias a : aliases) {
                j.beginObject().field("familyName", a.familyName());
                names(j, a.givenNames());
                j.dateField("dateOfBirth", a.dateOfBirth()).endObject();
            }
            j.endArray();
        }
        if (!addresses.isEmpty()) {
            j.name("addresses").beginArray();
            for (Address a : addresses) {
                j.beginObject().field("type", a.type()).field("line1", a.line1()).field("town", a.town());
                if (a.postcode() != null) {
                    j.field("postcode", a.postcode());
                }
                span(j, a.from(), a.to());
                j.endObject();
            }
            j.endArray();
        }
        if (!areas.isEmpty()) {
            j.name("areas").beginArray();
            for (AreaSpan a : areas) {
                j.beginObject().field("area", a.area());
                span(j, a.from(), a.to());
                j.endObject();
            }
            j.endArray();
        }
        j.name("convictions").beginArray();
        for (Conviction c : convictions) {
            j.beginObject().dateField("date", c.date()).field("offence", c.offence())
                    .field("offenceKind", c.kind()).field("disposal", c.disposal());
            if (c.disposal().equals(IMPRISONMENT) || c.disposal().equals(CD)) {
                j.field("lengthMonths", c.months());
            }
            if (c.withAge()) {
                j.field("ageAtConviction", Period.between(LocalDate.ofEpochDay(dob),
                        LocalDate.ofEpochDay(c.date())).getYears());
            }
            j.endObject();
        }
        j.endArray();
        spans(j, "categories", "category", categories);
        spans(j, "levels", "level", levels);
        if (!custody.isEmpty()) {
            j.name("custody").beginArray();
            for (Custody c : custody) {
                j.beginObject().field("kind", c.kind()).field("reason", c.reason());
                if (c.order() != null) {
                    j.field("order", c.order());
                }
                span(j, c.from(), c.to());
                j.endObject();
            }
            j.endArray();
        }
        if (!orders.isEmpty()) {
            j.name("orders").beginArray();
            for (Order o : orders) {
                j.beginObject().field("type", o.type()).dateField("applied", o.applied())
                        .dateField("interim", o.interim()).dateField("granted", o.granted())
                        .dateField("refused", o.refused());
                if (o.type().equals("SHPO")) {
                    j.name("foreignTravelRestriction").bool(Boolean.TRUE.equals(o.travel()));
                }
                j.dateField("from", o.from()).dateField("to", o.to() == OPEN ? NO_DATE : o.to()).endObject();
            }
            j.endArray();
        }
        if (!events.isEmpty()) {
            j.name("events").beginArray();
            for (Event e : events) {
                j.beginObject().field("type", e.type()).dateField("date", e.date());
                switch (e.type()) {
                    case "NOTIFICATION_BREACH" -> j.field("outcome", e.outcome());
                    case "ORDER_BREACH" -> j.field("order", e.order()).field("outcome", e.outcome());
                    case "SFO_CHARGE" -> j.field("outcome", e.outcome()).dateField("outcomeDate", e.outcomeDate());
                    case "DISCLOSURE" -> j.field("to", e.to()).field("authorisedBy", e.by());
                    default -> { }
                }
                j.endObject();
            }
            j.endArray();
        }
        j.endObject().newline();
    }

    private static void names(JsonLine j, List<String> names) {
        j.name("givenNames").beginArray();
        for (String n : names) {
            j.string(n);
        }
        j.endArray();
    }

    private static void spans(JsonLine j, String list, String field, List<Span> spans) {
        j.name(list).beginArray();
        for (Span s : spans) {
            j.beginObject().field(field, s.value());
            span(j, s.from(), s.to());
            j.endObject();
        }
        j.endArray();
    }

    private static void span(JsonLine j, int from, int to) {
        j.dateField("from", from).dateField("to", to == OPEN ? NO_DATE : to);
    }

    // ---- small helpers ----------------------------------------------------------------------------------------

    private int between(int lo, int hi) {
        return hi <= lo ? lo : lo + r.nextInt(hi - lo + 1);
    }

    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    static int plusMonths(int day, int months) {
        return (int) LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
    }

    static int plusYears(int day, int years) {
        return (int) LocalDate.ofEpochDay(day).plusYears(years).toEpochDay();
    }
}
