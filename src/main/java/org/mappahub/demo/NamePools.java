package org.mappahub.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names as ViSOR stores them (upper case): weighted surnames and given names by origin, roughly in the
 * proportions they occur in England and Wales, and the ONS 2011 ethnic groups that go with them.
 */
final class NamePools {

    /** A list of values with weights, picked in proportion to the weights. */
    static final class Weighted {
        final String[] values;
        private final int[] cumulative;

        /** {@code spec}: "VALUE:weight VALUE:weight ..." (weight 1 when left out); "_" stands for a space. */
        Weighted(String spec) {
            String[] parts = spec.trim().split("\\s+");
            values = new String[parts.length];
            cumulative = new int[parts.length];
            int total = 0;
            for (int i = 0; i < parts.length; i++) {
                int colon = parts[i].lastIndexOf(':');
                values[i] = (colon < 0 ? parts[i] : parts[i].substring(0, colon)).replace('_', ' ');
                total += colon < 0 ? 1 : Integer.parseInt(parts[i].substring(colon + 1));
                cumulative[i] = total;
            }
        }

        String pick(SplittableRandom random) {
            int x = random.nextInt(cumulative[cumulative.length - 1]);
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values[lo];
        }
    }

    /** Where a name comes from: surnames and male and female given names. */
    record Origin(Weighted surnames, Weighted male, Weighted female) {
    }

    static final Weighted ENGLISH_SURNAMES = new Weighted("""
            SMITH:120 TAYLOR:60 BROWN:60 WILSON:45 JOHNSON:45 WALKER:40 WRIGHT:40 ROBINSON:40 THOMPSON:40
            WHITE:38 HUGHES:35 EDWARDS:35 GREEN:35 HALL:35 WOOD:32 HARRIS:32 MARTIN:30 JACKSON:30 CLARKE:30
            LEWIS:28 TURNER:28 HILL:28 COOPER:28 WARD:27 MOORE:26 KING:26 HARRISON:26 BAKER:25 MORRIS:25
            LEE:25 ALLEN:24 YOUNG:24 MITCHELL:22 JAMES:22 PARKER:22 COOK:22 BAILEY:21 BELL:21 COLLINS:20
            CARTER:20 SHAW:20 RICHARDSON:19 CHAPMAN:18 KNIGHT:18 MARSHALL:18 ATKINSON:18 DIXON:17 HOLMES:17
            LLOYD:17 FOSTER:16 HOLDEN:12 ASHWORTH:10 BARLOW:10 BUTTERWORTH:6 CROSSLEY:6 HARGREAVES:8 ASPINALL:5
            PILLING:5 SUTCLIFFE:7 WHITTAKER:8 BRADSHAW:8 HOWARTH:8 SHARPLES:5 ENTWISTLE:5 KERSHAW:6 RAWCLIFFE:4
            FLETCHER:12 HUNT:14 PALMER:12 MASON:14 MILLS:14 ROGERS:15 REYNOLDS:10 BARNES:13 FISHER:11
            SAUNDERS:10 STEVENS:12 BUTLER:13 SIMPSON:14 HARVEY:11 WEBB:11 PAYNE:10 ELLIS:12 GIBSON:12
            SMITH-JONES:2 ASHTON-BROWN:1 FORD:11 HOPKINS:6 GRIFFIN:5
            """);
    static final Weighted WELSH_SURNAMES = new Weighted("""
            JONES:100 WILLIAMS:80 DAVIES:70 EVANS:55 THOMAS:50 ROBERTS:45 HUGHES:30 LEWIS:30 MORGAN:28
            GRIFFITHS:25 OWEN:22 PRICE:20 REES:20 JENKINS:18 PARRY:12 POWELL:12 PUGH:8 PRITCHARD:8 VAUGHAN:6
            HOWELLS:6 BEVAN:5 LLEWELLYN:5 GWYNNE:2 AP_IORWERTH:1
            """);
    static final Weighted SCOTTISH_SURNAMES = new Weighted("""
            CAMPBELL:30 STEWART:25 ANDERSON:25 SCOTT:25 MURRAY:20 MACDONALD:20 MCDONALD:15 REID:15 ROSS:12
            FRASER:12 PATERSON:10 HAMILTON:12 GRAHAM:12 GRANT:10 MACKENZIE:10 MCLEAN:8 MCKAY:7 MUNRO:6
            CRAIG:7 MCGREGOR:5
            """);
    static final Weighted IRISH_SURNAMES = new Weighted("""
            MURPHY:30 KELLY:30 O'BRIEN:20 O'NEILL:18 RYAN:15 BYRNE:15 WALSH:18 O'CONNOR:15 DOYLE:12
            MCCARTHY:12 GALLAGHER:12 DOHERTY:12 KENNEDY:12 LYNCH:10 QUINN:10 FLANAGAN:8 O'SULLIVAN:10
            MCGUINNESS:5 DUFFY:8 MCLAUGHLIN:8
            """);
    static final Weighted TRAVELLER_SURNAMES = new Weighted("""
            LEE:10 SMITH:10 PRICE:6 LOVELL:5 BOSWELL:4 LOCK:3 DELANEY:4 CASH:3 MCDONAGH:6 WARD:5 CONNORS:6
            DOHERTY:3 MAUGHAN:3
            """);

    static final Weighted BRITISH_MALE_OLDER = new Weighted("""
            DAVID:60 JOHN:60 MICHAEL:50 PAUL:50 PETER:40 STEPHEN:40 ANDREW:40 MARK:40 RICHARD:35 ROBERT:35
            WILLIAM:30 ANTHONY:30 GARY:30 IAN:30 KEVIN:28 STEVEN:28 CHRISTOPHER:28 JAMES:28 ALAN:25 BRIAN:22
            KEITH:20 GRAHAM:18 NEIL:18 DEREK:14 TREVOR:14 KENNETH:12 RAYMOND:12 BARRY:14 COLIN:14 GEOFFREY:8
            NIGEL:10 TERENCE:8 MALCOLM:8 ROY:8 DENNIS:6 PHILIP:16 MARTIN:20 SIMON:16 DARREN:16 CRAIG:12
            WAYNE:14 LEE:14 DEAN:12 SHAUN:10 GARETH:8 RHYS:4 GLYN:3 ALISTAIR:4 DUNCAN:4 SEAMUS:2
            """);
    static final Weighted BRITISH_MALE_YOUNGER = new Weighted("""
            JAMES:40 DANIEL:40 THOMAS:36 MATTHEW:34 RYAN:34 LUKE:30 JAMIE:28 ADAM:28 JOSHUA:26 JACK:26
            LIAM:24 CONNOR:22 NATHAN:22 KYLE:20 JORDAN:20 CALLUM:18 LEWIS:18 BRADLEY:16 JAKE:16 SAMUEL:16
            ASHLEY:12 SCOTT:14 DARREN:12 CRAIG:12 CHRISTOPHER:20 MICHAEL:18 JOSEPH:14 DYLAN:10 REECE:8 KIERAN:8
            AARON:10 BEN:10 CONOR:6 ETHAN:6 OWEN:6
            """);
    static final Weighted BRITISH_FEMALE_OLDER = new Weighted("""
            SUSAN:30 JULIE:28 KAREN:28 TRACEY:26 AMANDA:22 ELIZABETH:20 MARGARET:18 PATRICIA:16 JACQUELINE:16
            SHARON:20 LISA:22 MICHELLE:20 DEBORAH:16 ANGELA:16 JANET:14 CAROL:14 ALISON:12 JOANNE:14
            CLAIRE:12 DAWN:10 SIOBHAN:3 ELAINE:8
            """);
    static final Weighted BRITISH_FEMALE_YOUNGER = new Weighted("""
            SARAH:30 EMMA:28 GEMMA:22 LAURA:24 REBECCA:20 HANNAH:18 AMY:20 JESSICA:16 CHLOE:16 DANIELLE:14
            STACEY:14 KELLY:14 NATALIE:14 CHARLOTTE:14 SOPHIE:12 LAUREN:12 KATIE:10 JADE:10
            """);

    static final Origin INDIAN = new Origin(
            new Weighted("PATEL:40 SINGH:25 KUMAR:10 SHARMA:10 MISTRY:8 GILL:10 SANDHU:8 PARMAR:6 DHILLON:5 JOSHI:4"),
            new Weighted("RAJESH:8 SANJAY:8 AMIT:8 VIJAY:6 HARJIT:6 GURPREET:6 MANJIT:5 RAVI:6 ARJUN:4 DEEPAK:6"),
            new Weighted("PRIYA:6 ANITA:6 SUNITA:5 HARPREET:5 MEERA:4 NEHA:4"));
    static final Origin PAKISTANI = new Origin(
            new Weighted("KHAN:45 HUSSAIN:35 AHMED:30 ALI:30 IQBAL:15 MAHMOOD:15 AKHTAR:12 SHAH:12 MALIK:10"
                    + " CHAUDHRY:8 BUTT:8 RAZA:6 RASHID:8 ASLAM:6"),
            new Weighted("MOHAMMED:40 MUHAMMAD:20 IMRAN:12 ASIF:10 TARIQ:8 ZAHID:8 ADNAN:8 KASHIF:6 USMAN:6 BILAL:6"
                    + " SHAHID:6 AMJAD:5 NADEEM:5"),
            new Weighted("FATIMA:6 AYESHA:6 SAMINA:5 NAZIA:5 SHAZIA:5 RUKHSANA:4"));
    static final Origin BANGLADESHI = new Origin(
            new Weighted("RAHMAN:30 MIAH:25 UDDIN:25 ISLAM:15 AHMED:20 HOSSAIN:12 CHOUDHURY:12 HAQUE:8 ALOM:6"),
            new Weighted("ABDUL:20 MOHAMMED:20 SHAHID:6 JAMAL:6 NAZRUL:5 RUHUL:4 SHAFIQUL:4 ANWAR:5"),
            new Weighted("NASRIN:5 SHIREEN:4 RUMANA:4 JAHANARA:3"));
    static final Origin AFRICAN = new Origin(
            new Weighted("OKAFOR:8 ADEYEMI:8 MENSAH:8 BOATENG:7 OWUSU:8 ASANTE:6 OKONKWO:6 ADEBAYO:7 DARKO:4"
                    + " BANDA:4 MOHAMED:10 ABDI:8 HASSAN:6 DIALLO:4 OYELARAN:3 NWOSU:5 OSEI:6 KAMARA:5"),
            new Weighted("EMMANUEL:8 SAMUEL:8 KWAME:6 CHINEDU:5 OLUWASEUN:5 ABDIRAHMAN:5 KOFI:5 TUNDE:5 DANIEL:6"
                    + " MOSES:5 ISAAC:5 FEMI:4"),
            new Weighted("GRACE:6 BLESSING:5 FATUMA:4 ABENA:4 NGOZI:4 AMINATA:3"));
    static final Origin CARIBBEAN = new Origin(
            new Weighted("CAMPBELL:15 BROWN:15 WILLIAMS:15 CLARKE:10 GRANT:10 FRANCIS:10 JOSEPH:8 THOMAS:8"
                    + " GORDON:6 REID:6 MORRISON:5 BARRETT:5 SAMUELS:5 MCKENZIE:6 ALLEN:5"),
            new Weighted("DELROY:8 WINSTON:6 LEROY:6 MARCUS:8 TYRONE:8 JERMAINE:8 ANDRE:6 CLIFTON:4 DESMOND:4"
                    + " NATHANIEL:5 KYLE:5 JEROME:6"),
            new Weighted("MARCIA:5 SHANICE:5 TANISHA:4 JUNE:4 CHANTELLE:4"));
    static final Origin EASTERN_EUROPEAN = new Origin(
            new Weighted("NOWAK:20 KOWALSKI:18 WISNIEWSKI:14 WOJCIK:12 KOWALCZYK:10 LEWANDOWSKI:10 KAMINSKI:10"
                    + " ZIELINSKI:8 SZYMANSKI:8 POPESCU:10 IONESCU:8 POPA:8 KAZLAUSKAS:8 JANKAUSKAS:6"
                    + " BERZINS:6 HORVATH:6 NAGY:6 PETROV:6 IVANOV:6 DVORAK:5"),
            new Weighted("PIOTR:10 TOMASZ:10 KRZYSZTOF:8 MAREK:8 PAWEL:8 ANDRZEJ:6 MARIUSZ:6 ANDREI:8 ION:6"
                    + " MARIUS:6 TOMAS:6 JANIS:4 ANDRIUS:5 VASILE:4 GHEORGHE:4"),
            new Weighted("ANNA:8 KATARZYNA:6 AGNIESZKA:6 IOANA:5 ELENA:5 MARIA:5 RASA:3"));
    static final Origin OTHER_WHITE = new Origin(
            new Weighted("ROSSI:5 FERREIRA:6 SILVA:8 SANTOS:8 COSTA:5 RODRIGUES:5 MULLER:4 MARTINEZ:4 GARCIA:4"
                    + " PAPADOPOULOS:3 ROMANO:3"),
            new Weighted("JOAO:5 PEDRO:5 MARCO:5 ANTONIO:5 CARLOS:5 GIORGOS:3 STEFAN:4"),
            new Weighted("ANA:4 SOFIA:4 GIULIA:3 CARLA:3"));
    static final Origin CHINESE = new Origin(
            new Weighted("WANG:10 LI:10 ZHANG:8 CHEN:10 LIU:6 WONG:10 CHAN:10 YANG:5 HUANG:5 LAM:6"),
            new Weighted("WEI:6 JUN:5 MING:5 KA_WAI:3 CHUN:4 HAO:4 KEVIN:3"),
            new Weighted("MEI:5 XIAO:4 LING:4 YAN:3"));
    static final Origin OTHER_ASIAN = new Origin(
            new Weighted("PERERA:8 FERNANDO:6 AHMADI:8 KARIMI:6 NGUYEN:8 TRAN:6 SANTOS:4 RAJAPAKSE:3 NOORI:5"
                    + " SIVAKUMAR:4"),
            new Weighted("NUWAN:4 KASUN:3 AHMAD:6 FARID:4 MINH:4 TUAN:4 SURESH:4 JOSE:3"),
            new Weighted("NILMINI:3 LINH:3 FARIDA:3 MARIA:3"));
    static final Origin ARAB = new Origin(
            new Weighted("HASSAN:10 IBRAHIM:10 ABDULLAH:8 SALEH:6 HAMID:6 YOUSEF:6 NASSER:5 AL-SAYED:4 MANSOUR:4"
                    + " KHALIL:5"),
            new Weighted("AHMED:8 OMAR:8 KHALED:6 YOUSSEF:5 MAHMOUD:6 ALI:6 SAMIR:5 HAMZA:5"),
            new Weighted("LAYLA:4 NOUR:4 FATIMA:4 SARA:3"));
    static final Origin OTHER_ETHNIC = new Origin(
            new Weighted("AHMADI:6 HOSSEINI:6 ROSTAMI:4 MOHAMMADI:5 KARIMI:5 AZIZ:4 RASUL:4 OMER:3 BARZANI:3"
                    + " YILMAZ:4 KAYA:4 DEMIR:4"),
            new Weighted("REZA:5 ALI:6 HAMID:5 KARWAN:4 DILSHAD:3 MEHMET:5 MUSTAFA:5"),
            new Weighted("ZAHRA:4 SHIRIN:3 AYSE:3"));

    /** The 18 ONS 2011 ethnic groups, with weights (per thousand) typical of the MAPPA population. */
    static final String[] ETHNICITIES = {
        "White: English/Welsh/Scottish/Northern Irish/British",
        "White: Irish",
        "White: Gypsy or Irish Traveller",
        "White: Any other White background",
        "Mixed/Multiple ethnic groups: White and Black Caribbean",
        "Mixed/Multiple ethnic groups: White and Black African",
        "Mixed/Multiple ethnic groups: White and Asian",
        "Mixed/Multiple ethnic groups: Any other Mixed/Multiple ethnic background",
        "Asian/Asian British: Indian",
        "Asian/Asian British: Pakistani",
        "Asian/Asian British: Bangladeshi",
        "Asian/Asian British: Chinese",
        "Asian/Asian British: Any other Asian background",
        "Black/African/Caribbean/Black British: African",
        "Black/African/Caribbean/Black British: Caribbean",
        "Black/African/Caribbean/Black British: Any other Black/African/Caribbean background",
        "Other ethnic group: Arab",
        "Other ethnic group: Any other ethnic group",
    };
    static final int WHITE_BRITISH = 0;
    private static final double[] ETHNICITY_WEIGHTS = {
        0, 10, 6, 45, 12, 3, 4, 4, 13, 22, 5, 2, 6, 13, 13, 4, 3, 5,
    };
    /** Share (per thousand) of the England and Wales MAPPA population that is White British. */
    private static final double WHITE_BRITISH_WEIGHT = 830;

    private static final Map<String, String[]> VARIANTS = new HashMap<>();

    static {
        variants("JOHN", "JON", "JACK", "JOHNNY");
        variants("MICHAEL", "MICK", "MIKE", "MICHEAL");
        variants("ROBERT", "BOB", "ROB", "BOBBY");
        variants("WILLIAM", "BILL", "BILLY", "WILL");
        variants("JAMES", "JIM", "JIMMY", "JAMIE");
        variants("DAVID", "DAVE", "DAVEY");
        variants("ANTHONY", "TONY", "ANTONY");
        variants("CHRISTOPHER", "CHRIS", "KRISTOPHER");
        variants("STEPHEN", "STEVE", "STEVEN");
        variants("STEVEN", "STEVE", "STEPHEN");
        variants("THOMAS", "TOM", "TOMMY");
        variants("RICHARD", "RICH", "RICKY");
        variants("PETER", "PETE");
        variants("DANIEL", "DAN", "DANNY");
        variants("MATTHEW", "MATT");
        variants("ANDREW", "ANDY", "DREW");
        variants("JOSEPH", "JOE", "JOEY");
        variants("KENNETH", "KEN", "KENNY");
        variants("TERENCE", "TERRY");
        variants("RAYMOND", "RAY");
        variants("PHILIP", "PHIL", "PHILLIP");
        variants("GEOFFREY", "GEOFF", "JEFFREY");
        variants("SAMUEL", "SAM");
        variants("JOSHUA", "JOSH");
        variants("NATHAN", "NATE");
        variants("BRADLEY", "BRAD");
        variants("MOHAMMED", "MUHAMMAD", "MOHAMMAD", "MOHAMED");
        variants("MUHAMMAD", "MOHAMMED", "MOHAMMAD");
        variants("PIOTR", "PETER");
        variants("PAWEL", "PAUL");
        variants("TOMASZ", "TOM");
        variants("ELIZABETH", "LIZ", "BETH");
        variants("SUSAN", "SUE");
        variants("MARGARET", "MAGGIE");
        variants("REBECCA", "BECKY");
        variants("JACQUELINE", "JACKIE");
        variants("DEBORAH", "DEBBIE");
        variants("PATRICIA", "PAT", "TRISH");
        variants("KATARZYNA", "KASIA");
        variants("EMMANUEL", "MANNY");
        variants("OLUWASEUN", "SEUN");
    }

    private NamePools() {
    }

    private static void variants(String name, String... others) {
        VARIANTS.put(name, others);
    }

    /** Another form of a given name (a nickname, a spelling) or {@code null} when none is known. */
    static String variant(String givenName, SplittableRandom random) {
        String[] options = VARIANTS.get(givenName);
        return options == null ? null : options[random.nextInt(options.length)];
    }

    /** Ethnic group index for an area whose non-White-British groups are {@code diversity} times the national mix. */
    static int ethnicity(double diversity, SplittableRandom random) {
        double others = 0;
        for (double w : ETHNICITY_WEIGHTS) {
            others += w * diversity;
        }
        double whiteBritish = Math.max(WHITE_BRITISH_WEIGHT * (1 - (diversity - 1) * 0.11), 200);
        double x = random.nextDouble() * (whiteBritish + others);
        if (x < whiteBritish) {
            return WHITE_BRITISH;
        }
        x -= whiteBritish;
        for (int i = 1; i < ETHNICITY_WEIGHTS.length; i++) {
            x -= ETHNICITY_WEIGHTS[i] * diversity;
            if (x < 0) {
                return i;
            }
        }
        return ETHNICITY_WEIGHTS.length - 1;
    }

    /** A surname for a person of the given ethnic group in an area (Welsh areas have more Welsh names). */
    static String surname(int ethnicity, boolean welshArea, SplittableRandom random) {
        return switch (ethnicity) {
            case 0, 6, 7 -> britishSurname(welshArea, random);
            case 1 -> IRISH_SURNAMES.pick(random);
            case 2 -> TRAVELLER_SURNAMES.pick(random);
            case 3 -> random.nextInt(10) < 8 ? EASTERN_EUROPEAN.surnames().pick(random)
                    : OTHER_WHITE.surnames().pick(random);
            case 4, 14 -> random.nextInt(3) == 0 ? britishSurname(welshArea, random)
                    : CARIBBEAN.surnames().pick(random);
            case 5, 13 -> AFRICAN.surnames().pick(random);
            case 15 -> random.nextBoolean() ? AFRICAN.surnames().pick(random) : CARIBBEAN.surnames().pick(random);
            case 8 -> INDIAN.surnames().pick(random);
            case 9 -> PAKISTANI.surnames().pick(random);
            case 10 -> BANGLADESHI.surnames().pick(random);
            case 11 -> CHINESE.surnames().pick(random);
            case 12 -> OTHER_ASIAN.surnames().pick(random);
            case 16 -> ARAB.surnames().pick(random);
            default -> OTHER_ETHNIC.surnames().pick(random);
        };
    }

    static String britishSurname(boolean welshArea, SplittableRandom random) {
        int x = random.nextInt(100);
        if (welshArea) {
            return x < 55 ? WELSH_SURNAMES.pick(random) : x < 90 ? ENGLISH_SURNAMES.pick(random)
                    : x < 95 ? SCOTTISH_SURNAMES.pick(random) : IRISH_SURNAMES.pick(random);
        }
        return x < 76 ? ENGLISH_SURNAMES.pick(random) : x < 85 ? WELSH_SURNAMES.pick(random)
                : x < 92 ? SCOTTISH_SURNAMES.pick(random) : IRISH_SURNAMES.pick(random);
    }

    /** A given name for the ethnic group and sex; {@code born1980OrLater} picks the younger British names. */
    static String givenName(int ethnicity, boolean female, boolean born1980OrLater, SplittableRandom random) {
        Origin origin = switch (ethnicity) {
            case 3 -> random.nextInt(10) < 8 ? EASTERN_EUROPEAN : OTHER_WHITE;
            case 5, 13 -> AFRICAN;
            case 14, 4 -> random.nextInt(3) == 0 ? CARIBBEAN : null;
            case 15 -> random.nextBoolean() ? AFRICAN : CARIBBEAN;
            case 8 -> INDIAN;
            case 9 -> PAKISTANI;
            case 10 -> BANGLADESHI;
            case 11 -> random.nextBoolean() ? CHINESE : null;
            case 12 -> OTHER_ASIAN;
            case 16 -> ARAB;
            case 17 -> OTHER_ETHNIC;
            default -> null;
        };
        if (origin != null) {
            return (female ? origin.female() : origin.male()).pick(random);
        }
        if (female) {
            return (born1980OrLater ? BRITISH_FEMALE_YOUNGER : BRITISH_FEMALE_OLDER).pick(random);
        }
        return (born1980OrLater ? BRITISH_MALE_YOUNGER : BRITISH_MALE_OLDER).pick(random);
    }

    /** Feminine form of a surname where the language has one (Polish -SKI becomes -SKA). */
    static String feminine(String surname) {
        if (surname.endsWith("SKI") || surname.endsWith("CKI") || surname.endsWith("DZKI")) {
            return surname.substring(0, surname.length() - 1) + "A";
        }
        return surname;
    }

    /** A plausible misspelling, as a name is misheard or mistyped. */
    static String misspell(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name + name.charAt(name.length() - 1);
        }
        int kind = random.nextInt(5);
        int at = 1 + random.nextInt(name.length() - 2);
        char c = name.charAt(at);
        String result = switch (kind) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);                 // dropped letter
            case 1 -> name.substring(0, at) + c + name.substring(at);                 // doubled letter
            case 2 -> name.substring(0, at) + name.charAt(at + 1) + c + name.substring(at + 2); // swapped
            case 3 -> name.replaceFirst("I", "Y").replaceFirst("PH", "F").replaceFirst("CK", "K");
            default -> name.endsWith("S") ? name.substring(0, name.length() - 1) : name + "E";
        };
        return result.equals(name) || result.isEmpty() || !Character.isLetter(result.charAt(0))
                ? name + "E" : result;
    }
}
