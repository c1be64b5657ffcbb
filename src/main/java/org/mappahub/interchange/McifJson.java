package org.mappahub.interchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mappahub.nominal.PncId;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Area.PopulationEstimate;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.*;
import org.mappahub.rules.CustodyRules;

/**
 * The one mapping between MCIF/1 JSON and the records ({@link Area}, {@link NominalRecord}), in both
 * directions. Reading checks the shape of a line — no unknown field at any depth, types, exact
 * upper-case enumerations, strict ISO dates, {@code to > from}, the size caps and every rule that
 * concerns a single list entry — and reports each problem with its field path. Rules that need other
 * lines or the store (areas known, BCUs, overlaps and coverage of spans) are in {@link NominalRules}.
 */
final class McifJson {

    /** MCIF/1 "Validation and errors": caps that stop a hostile file exhausting memory. */
    static final int MAX_LINE_BYTES = 1024 * 1024;
    static final int MAX_STRING_CHARS = 10_000;
    static final int MAX_LIST_ENTRIES = 10_000;

    static final Pattern AREA_CODE = Pattern.compile("[A-Z0-9_]+");
    static final String RESERVED_AREA = "NATIONAL";
    static final String RESERVED_BCU = "UNKNOWN";

    private static final Set<String> AREA_FIELDS = Set.of("recordType", "code", "name", "bcus", "population");
    private static final Set<String> POPULATION_FIELDS = Set.of("midYear", "aged10AndOver");
    private static final Set<String> NOMINAL_FIELDS = Set.of("recordType", "ref", "area", "bcu", "person", "aliases",
            "addresses", "areas", "convictions", "categories", "levels", "custody", "orders", "events");
    private static final Set<String> PERSON_FIELDS = Set.of("familyName", "givenNames", "dateOfBirth", "gender",
            "ethnicity", "pncId", "crn", "prisonNumber");
    private static final Set<String> ALIAS_FIELDS = Set.of("familyName", "givenNames", "dateOfBirth");
    private static final Set<String> ADDRESS_FIELDS = Set.of("type", "line1", "town", "postcode", "from", "to");
    private static final Set<String> AREA_SPAN_FIELDS = Set.of("area", "from", "to");
    private static final Set<String> CONVICTION_FIELDS = Set.of("date", "offence", "offenceKind", "disposal",
            "lengthMonths", "ageAtConviction");
    private static final Set<String> CATEGORY_FIELDS = Set.of("category", "from", "to");
    private static final Set<String> LEVEL_FIELDS = Set.of("level", "from", "to");
    private static final Set<String> CUSTODY_FIELDS = Set.of("kind", "reason", "order", "from", "to");
    private static final Set<String> ORDER_FIELDS = Set.of("type", "applied", "interim", "granted", "refused",
            "foreignTravelRestriction", "from", "to");
    private static final Set<String> EVENT_FIELDS = Set.of("type", "date", "outcome", "outcomeDate", "order",
            "becameNotifiable", "to", "authorisedBy");
    /** MCIF/1 "Events": the extra fields each event type defines. */
    private static final Map<EventType, Set<String>> EVENT_EXTRA_FIELDS = Map.of(
            EventType.NOTIFICATION_BREACH, Set.of("outcome"),
            EventType.ORDER_BREACH, Set.of("order", "outcome"),
            EventType.NOTIFICATION_REVOKED, Set.of(),
            EventType.NOTIFICATION_REVIEW_REFUSED, Set.of(),
            EventType.SRO_BREACH, Set.of("becameNotifiable"),
            EventType.SFO_CHARGE, Set.of("outcome", "outcomeDate"),
            EventType.DISCLOSURE, Set.of("to", "authorisedBy"));
    private static final Set<Outcome> BREACH_OUTCOMES =
            Set.of(Outcome.CAUTIONED, Outcome.CONVICTED, Outcome.NO_FURTHER_ACTION, Outcome.PENDING);
    private static final Set<Outcome> SFO_OUTCOMES = Set.of(Outcome.CONVICTED, Outcome.OTHER, Outcome.PENDING);
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    JsonNode parse(String line) {
        return mapper.readTree(line);
    }

    String write(JsonNode node) {
        return mapper.writeValueAsString(node);
    }

    // ------------------------------------------------------------------ caps

    /** Reports every string longer than the cap and every list longer than the cap, at any depth. */
    static void checkCaps(JsonNode node, String path, Problems problems) {
        if (node.isString()) {
            String s = node.stringValue();
            if (s.length() > MAX_STRING_CHARS && s.codePointCount(0, s.length()) > MAX_STRING_CHARS) {
                problems.add(path, "the text is " + s.codePointCount(0, s.length()) + " characters long; at most "
                        + MAX_STRING_CHARS + " are allowed");
            }
            String notText = notText(s);
            if (notText != null) {
                problems.add(path, notText);
            }
        } else if (node.isArray()) {
            if (node.size() > MAX_LIST_ENTRIES) {
                problems.add(path, "the list has " + node.size() + " entries; at most " + MAX_LIST_ENTRIES + " are allowed");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                checkCaps(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkCaps(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), problems);
            }
        }
    }

    /**
     * Why a JSON string is not storable text, or null: JSON can carry U+0000 and lone UTF-16 surrogates
     * as escapes, but neither is a character PostgreSQL (or any reader of the export) can store as given.
     */
    static String notText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return "contains the NUL character (\\u0000), which is not allowed in text";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (\\u" + Integer.toHexString(c) + "), which is not a character";
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ reading

    /** Reads an area record; null when it has problems (they are added to {@code problems}). */
    Area readArea(JsonNode node, Problems problems) {
        int before = problems.list().size();
        Fields f = new Fields(node, "", problems, AREA_FIELDS);
        String code = f.areaCode("code", true);
        String name = f.nonBlank("name", true);
        List<String> bcus = f.list("bcus", false, (e, path) -> {
            String bcu = stringValue(e, path, problems, true);
            if (bcu != null && bcu.equals(RESERVED_BCU)) {
                problems.add(path, "\"" + RESERVED_BCU + "\" is reserved and cannot be the name of a BCU");
            }
            return bcu;
        });
        f.noDuplicates("bcus", bcus, Function.identity(), b -> "BCU \"" + b + "\"");
        List<PopulationEstimate> population = f.list("population", false, (e, path) -> {
            Fields p = new Fields(e, path, problems, POPULATION_FIELDS);
            if (!p.isObject()) {
                return null;
            }
            Long midYear = p.integer("midYear", true, 1000, 9999, "must be a four-digit year");
            Long aged = p.integer("aged10AndOver", true, 0, Long.MAX_VALUE, "must not be negative");
            return midYear == null || aged == null ? null : new PopulationEstimate(midYear.intValue(), aged);
        });
        f.noDuplicates("population", population, PopulationEstimate::midYear, y -> "midYear " + y);
        if (problems.list().size() > before) {
            return null;
        }
        return new Area(code, name, bcus, population);
    }

    /**
     * Reads a nominal record with its lists in file order (so that list positions are the file's, for
     * {@link NominalRules}); null when it has problems. Store it in its {@link #canonical} form.
     */
    NominalRecord readNominal(JsonNode node, Problems problems, LocalDate today) {
        int before = problems.list().size();
        Fields f = new Fields(node, "", problems, NOMINAL_FIELDS);
        String ref = f.nonBlank("ref", true);
        String area = f.areaCode("area", true);
        String bcu = f.text("bcu", false);
        if (bcu != null && bcu.equals(RESERVED_BCU)) {
            problems.add("bcu", "\"" + RESERVED_BCU + "\" is reserved: leave bcu out when it is not known");
        }
        Person person = f.object("person", true, PERSON_FIELDS, p -> readPerson(p, today));
        List<Alias> aliases = f.list("aliases", false, (e, path) -> {
            Fields a = new Fields(e, path, problems, ALIAS_FIELDS);
            if (!a.isObject()) {
                return null;
            }
            String family = a.nonBlank("familyName", true);
            List<String> given = a.list("givenNames", false, (g, gp) -> stringValue(g, gp, problems, true));
            LocalDate dob = a.date("dateOfBirth", false);
            a.notAfter("dateOfBirth", dob, today);
            return new Alias(family, given, dob);
        });
        List<Address> addresses = f.list("addresses", false, (e, path) -> {
            Fields a = new Fields(e, path, problems, ADDRESS_FIELDS);
            if (!a.isObject()) {
                return null;
            }
            AddressType type = a.enumValue("type", AddressType.class, true);
            String line1 = a.text("line1", false);
            String town = a.text("town", false);
            String postcode = a.text("postcode", false);
            LocalDate[] span = a.span(true);
            return new Address(type, line1, town, postcode, span[0], span[1]);
        });
        List<AreaSpan> areas = f.list("areas", false, (e, path) -> {
            Fields a = new Fields(e, path, problems, AREA_SPAN_FIELDS);
            if (!a.isObject()) {
                return null;
            }
            String code = a.areaCode("area", true);
            LocalDate[] span = a.span(true);
            return new AreaSpan(code, span[0], span[1]);
        });
        List<Conviction> convictions = f.list("convictions", false, (e, path) -> {
            Fields c = new Fields(e, path, problems, CONVICTION_FIELDS);
            if (!c.isObject()) {
                return null;
            }
            LocalDate date = c.date("date", true);
            String offence = c.nonBlank("offence", true);
            OffenceKind kind = c.enumValue("offenceKind", OffenceKind.class, true);
            Disposal disposal = c.enumValue("disposal", Disposal.class, true);
            Long length = c.integer("lengthMonths", false, 1, 10_000, "must be a whole number of months, at least 1");
            if (disposal != null && disposal.needsLength() && length == null && !c.has("lengthMonths")) {
                problems.add(c.path("lengthMonths"), "is required when the disposal is " + disposal
                        + (disposal == Disposal.CONDITIONAL_DISCHARGE ? " (the period of the discharge)" : ""));
            }
            Long age = c.integer("ageAtConviction", false, 0, 150, "must be a whole number of years from 0 to 150");
            return new Conviction(date, offence, kind, disposal, toInt(length), toInt(age));
        });
        List<CategorySpan> categories = f.list("categories", false, (e, path) -> {
            Fields c = new Fields(e, path, problems, CATEGORY_FIELDS);
            if (!c.isObject()) {
                return null;
            }
            Long category = c.integer("category", true, 1, 3, "must be 1, 2 or 3");
            LocalDate[] span = c.span(true);
            return category == null ? null : new CategorySpan(category.intValue(), span[0], span[1]);
        });
        List<LevelSpan> levels = f.list("levels", false, (e, path) -> {
            Fields l = new Fields(e, path, problems, LEVEL_FIELDS);
            if (!l.isObject()) {
                return null;
            }
            Long level = l.integer("level", true, 1, 3, "must be 1, 2 or 3");
            LocalDate[] span = l.span(true);
            return level == null ? null : new LevelSpan(level.intValue(), span[0], span[1]);
        });
        List<CustodySpan> custody = f.list("custody", false, (e, path) -> {
            Fields c = new Fields(e, path, problems, CUSTODY_FIELDS);
            if (!c.isObject()) {
                return null;
            }
            CustodyKind kind = c.enumValue("kind", CustodyKind.class, true);
            CustodyReason reason = c.enumValue("reason", CustodyReason.class, true);
            boolean breach = reason == CustodyReason.BREACH_OF_ORDER;
            OrderType order = c.enumValue("order", OrderType.class, breach);
            if (reason != null && !breach) { // the application's rule too (a missing order is "is required" above)
                CustodyRules.checkOrder(false, c.has("order")).ifPresent(r -> problems.add(c.path("order"), r.message()));
            }
            LocalDate[] span = c.span(true);
            return new CustodySpan(kind, reason, order, span[0], span[1]);
        });
        List<CivilOrder> orders = f.list("orders", false, (e, path) -> {
            Fields o = new Fields(e, path, problems, ORDER_FIELDS);
            if (!o.isObject()) {
                return null;
            }
            OrderType type = o.enumValue("type", OrderType.class, true);
            LocalDate applied = o.date("applied", false);
            LocalDate interim = o.date("interim", false);
            LocalDate granted = o.date("granted", false);
            LocalDate refused = o.date("refused", false);
            if (o.has("granted") && o.has("refused")) {
                problems.add(o.path("refused"), "an order cannot be both granted and refused: give at most one of granted and refused");
            }
            Boolean travel = o.bool("foreignTravelRestriction", false);
            if (type != null && type != OrderType.SHPO && o.has("foreignTravelRestriction")) {
                problems.add(o.path("foreignTravelRestriction"), "only an SHPO has a foreign travel restriction, not "
                        + article(type.name()) + " " + type);
            }
            if (type == OrderType.SHPO && travel == null) {
                travel = Boolean.FALSE; // MCIF/1: null or absent means false
            }
            LocalDate[] span = o.span(false);
            return new CivilOrder(type, applied, interim, granted, refused, travel, span[0], span[1]);
        });
        List<NominalEvent> events = f.list("events", false, (e, path) -> readEvent(e, path, problems));
        if (problems.list().size() > before) {
            return null;
        }
        return new NominalRecord(ref, area, bcu, person, aliases, addresses, areas, convictions,
                categories, levels, custody, orders, events);
    }

    private Person readPerson(Fields p, LocalDate today) {
        Problems problems = p.problems;
        String family = p.nonBlank("familyName", true);
        List<String> given = p.list("givenNames", true, (g, gp) -> stringValue(g, gp, problems, true));
        LocalDate dob = p.date("dateOfBirth", true);
        p.notAfter("dateOfBirth", dob, today);
        Gender gender = p.enumValue("gender", Gender.class, false);
        String ethnicity = p.text("ethnicity", false);
        String pnc = p.text("pncId", false);
        if (pnc != null) {
            String why = PncId.problem(pnc);
            if (why != null) {
                problems.add(p.path("pncId"), why);
            }
        }
        String crn = p.text("crn", false);
        String prison = p.text("prisonNumber", false);
        return new Person(family, given, dob, gender, ethnicity, pnc, crn, prison);
    }

    private NominalEvent readEvent(JsonNode e, String path, Problems problems) {
        if (!e.isObject()) {
            problems.add(path, "must be an object");
            return null;
        }
        // Read the type first: which other fields are allowed depends on it.
        Fields typeOnly = new Fields(e, path, problems, null);
        EventType type = typeOnly.enumValue("type", EventType.class, true);
        Set<String> allowed = new HashSet<>(Set.of("type", "date"));
        if (type != null) {
            allowed.addAll(EVENT_EXTRA_FIELDS.get(type));
            for (String name : e.propertyNames()) {
                if (!allowed.contains(name) && EVENT_FIELDS.contains(name)) {
                    problems.add(path + "." + name, "a " + type + " event has no field \"" + name + "\""
                            + (EVENT_EXTRA_FIELDS.get(type).isEmpty() ? " (it has only type and date)"
                            : " (its fields are type, date, " + String.join(", ", sorted(EVENT_EXTRA_FIELDS.get(type))) + ")"));
                }
            }
        }
        Fields f = new Fields(e, path, problems, EVENT_FIELDS);
        LocalDate date = f.date("date", true);
        if (type == null) {
            return null;
        }
        Outcome outcome = null;
        LocalDate outcomeDate = null;
        OrderType order = null;
        Boolean becameNotifiable = null;
        String to = null;
        String authorisedBy = null;
        switch (type) {
            case NOTIFICATION_BREACH -> outcome = f.outcome(BREACH_OUTCOMES, type);
            case ORDER_BREACH -> {
                order = f.enumValue("order", OrderType.class, true);
                outcome = f.outcome(BREACH_OUTCOMES, type);
            }
            case SRO_BREACH -> becameNotifiable = f.bool("becameNotifiable", true);
            case SFO_CHARGE -> {
                outcome = f.outcome(SFO_OUTCOMES, type);
                outcomeDate = f.date("outcomeDate", false);
                if (outcome == Outcome.PENDING && f.has("outcomeDate")) {
                    problems.add(f.path("outcomeDate"), "must be null while the outcome is PENDING");
                } else if (outcome != null && outcome != Outcome.PENDING && !f.has("outcomeDate")) {
                    problems.add(f.path("outcomeDate"), "is required when the outcome is " + outcome);
                }
            }
            case DISCLOSURE -> {
                to = f.nonBlank("to", true);
                authorisedBy = f.nonBlank("authorisedBy", true);
            }
            default -> {
            }
        }
        return new NominalEvent(type, date, outcome, outcomeDate, order, becameNotifiable, to, authorisedBy);
    }

    private static Integer toInt(Long v) {
        return v == null ? null : v.intValue();
    }

    private static String article(String word) {
        return "AEFHILMNORSX".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static String stringValue(JsonNode node, String path, Problems problems, boolean nonBlank) {
        if (node == null || node.isNull()) {
            problems.add(path, "must not be null");
            return null;
        }
        if (!node.isString()) {
            problems.add(path, "must be a text string");
            return null;
        }
        String s = node.stringValue();
        if (nonBlank && s.isBlank()) {
            problems.add(path, "must not be empty");
            return null;
        }
        return s;
    }

    /**
     * The normal form in which records are stored and compared: spans sorted by {@code from} (stable,
     * as {@code Nominals} stores them), no provenance, an SHPO's absent foreign travel restriction false.
     */
    static NominalRecord canonical(NominalRecord r) {
        Comparator<LocalDate> dates = Comparator.nullsFirst(Comparator.naturalOrder());
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(),
                r.addresses().stream().sorted(Comparator.comparing(Address::from, dates)).toList(),
                r.areas().stream().sorted(Comparator.comparing(AreaSpan::from, dates)).toList(),
                r.convictions(),
                r.categories().stream().sorted(Comparator.comparing(CategorySpan::from, dates))
                        .map(c -> new CategorySpan(c.category(), c.from(), c.to())).toList(),
                r.levels().stream().sorted(Comparator.comparing(LevelSpan::from, dates))
                        .map(l -> new LevelSpan(l.level(), l.from(), l.to())).toList(),
                r.custody().stream().sorted(Comparator.comparing(CustodySpan::from, dates)).toList(),
                r.orders().stream().map(o -> o.type() == OrderType.SHPO && o.foreignTravelRestriction() == null
                        ? new CivilOrder(o.type(), o.applied(), o.interim(), o.granted(), o.refused(), false, o.from(), o.to())
                        : o).toList(),
                r.events());
    }

    // ------------------------------------------------------------------ writing

    ObjectNode write(Area area) {
        ObjectNode n = mapper.createObjectNode();
        n.put("recordType", "area");
        n.put("code", area.code());
        n.put("name", area.name());
        if (!area.bcus().isEmpty()) {
            ArrayNode bcus = n.putArray("bcus");
            area.bcus().forEach(bcus::add);
        }
        if (!area.population().isEmpty()) {
            ArrayNode population = n.putArray("population");
            area.population().stream().sorted(Comparator.comparingInt(PopulationEstimate::midYear))
                    .forEach(p -> population.addObject().put("midYear", p.midYear()).put("aged10AndOver", p.aged10AndOver()));
        }
        return n;
    }

    ObjectNode write(NominalRecord record) {
        NominalRecord r = canonical(record);
        ObjectNode n = mapper.createObjectNode();
        n.put("recordType", "nominal");
        n.put("ref", r.ref());
        n.put("area", r.area());
        put(n, "bcu", r.bcu());
        Person p = r.person();
        ObjectNode person = n.putObject("person");
        person.put("familyName", p.familyName());
        ArrayNode given = person.putArray("givenNames");
        p.givenNames().forEach(given::add);
        put(person, "dateOfBirth", p.dateOfBirth());
        put(person, "gender", p.gender());
        put(person, "ethnicity", p.ethnicity());
        put(person, "pncId", p.pncId());
        put(person, "crn", p.crn());
        put(person, "prisonNumber", p.prisonNumber());
        list(n, "aliases", r.aliases(), (o, a) -> {
            o.put("familyName", a.familyName());
            ArrayNode g = o.putArray("givenNames");
            a.givenNames().forEach(g::add);
            put(o, "dateOfBirth", a.dateOfBirth());
        });
        list(n, "addresses", r.addresses(), (o, a) -> {
            put(o, "type", a.type());
            put(o, "line1", a.line1());
            put(o, "town", a.town());
            put(o, "postcode", a.postcode());
            span(o, a.from(), a.to());
        });
        list(n, "areas", r.areas(), (o, a) -> {
            o.put("area", a.area());
            span(o, a.from(), a.to());
        });
        list(n, "convictions", r.convictions(), (o, c) -> {
            put(o, "date", c.date());
            put(o, "offence", c.offence());
            put(o, "offenceKind", c.offenceKind());
            put(o, "disposal", c.disposal());
            if (c.lengthMonths() != null) {
                o.put("lengthMonths", c.lengthMonths());
            }
            if (c.ageAtConviction() != null) {
                o.put("ageAtConviction", c.ageAtConviction());
            }
        });
        list(n, "categories", r.categories(), (o, c) -> {
            o.put("category", c.category());
            span(o, c.from(), c.to());
        });
        list(n, "levels", r.levels(), (o, l) -> {
            o.put("level", l.level());
            span(o, l.from(), l.to());
        });
        list(n, "custody", r.custody(), (o, c) -> {
            put(o, "kind", c.kind());
            put(o, "reason", c.reason());
            put(o, "order", c.order());
            span(o, c.from(), c.to());
        });
        list(n, "orders", r.orders(), (o, c) -> {
            put(o, "type", c.type());
            put(o, "applied", c.applied());
            put(o, "interim", c.interim());
            put(o, "granted", c.granted());
            put(o, "refused", c.refused());
            if (c.foreignTravelRestriction() != null) {
                o.put("foreignTravelRestriction", c.foreignTravelRestriction());
            }
            span(o, c.from(), c.to());
        });
        list(n, "events", r.events(), (o, e) -> {
            put(o, "type", e.type());
            put(o, "date", e.date());
            put(o, "outcome", e.outcome());
            put(o, "outcomeDate", e.outcomeDate());
            put(o, "order", e.order());
            if (e.becameNotifiable() != null) {
                o.put("becameNotifiable", e.becameNotifiable());
            }
            put(o, "to", e.to());
            put(o, "authorisedBy", e.authorisedBy());
        });
        return n;
    }

    private static void put(ObjectNode o, String name, Object value) {
        if (value != null) {
            o.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void span(ObjectNode o, LocalDate from, LocalDate to) {
        put(o, "from", from);
        put(o, "to", to);
    }

    private static <T> void list(ObjectNode n, String name, List<T> items, java.util.function.BiConsumer<ObjectNode, T> writer) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode array = n.putArray(name);
        for (T item : items) {
            writer.accept(array.addObject(), item);
        }
    }

    // ------------------------------------------------------------------ one JSON object being read

    /** The fields of one JSON object at a path, read with their problems reported. */
    private static final class Fields {
        final JsonNode node;
        final String prefix;
        final Problems problems;
        private final boolean object;

        /** {@code allowed == null}: do not check for unknown fields. */
        Fields(JsonNode node, String prefix, Problems problems, Set<String> allowed) {
            this.node = node;
            this.prefix = prefix;
            this.problems = problems;
            this.object = node != null && node.isObject();
            if (!object) {
                problems.add(prefix, node == null || node.isNull() ? "must not be null" : "must be an object");
                return;
            }
            if (allowed != null) {
                for (String name : node.propertyNames()) {
                    if (!allowed.contains(name)) {
                        problems.add(path(name), "unknown field \"" + name + "\" (MCIF/1 defines "
                                + String.join(", ", sorted(allowed)) + (prefix.isEmpty() ? "" : " here") + ")");
                    }
                }
            }
        }

        boolean isObject() {
            return object;
        }

        String path(String name) {
            return prefix.isEmpty() ? name : prefix + "." + name;
        }

        /** Present and not null. */
        boolean has(String name) {
            return object && node.has(name) && !node.get(name).isNull();
        }

        private JsonNode value(String name, boolean required) {
            if (!has(name)) {
                if (required && object) {
                    problems.add(path(name), "is required");
                }
                return null;
            }
            return node.get(name);
        }

        String text(String name, boolean required) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!v.isString()) {
                problems.add(path(name), "must be a text string");
                return null;
            }
            return v.stringValue();
        }

        String nonBlank(String name, boolean required) {
            String s = text(name, required);
            if (s != null && s.isBlank()) {
                problems.add(path(name), "must not be empty");
                return null;
            }
            return s;
        }

        String areaCode(String name, boolean required) {
            String code = text(name, required);
            if (code == null) {
                return null;
            }
            if (!AREA_CODE.matcher(code).matches()) {
                problems.add(path(name), "\"" + code + "\" is not an area code: use upper-case letters, digits and _ only");
                return null;
            }
            if (code.equals(RESERVED_AREA)) {
                problems.add(path(name), "\"" + RESERVED_AREA + "\" is reserved and cannot be an area code");
                return null;
            }
            return code;
        }

        LocalDate date(String name, boolean required) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!v.isString() || !ISO_DATE.matcher(v.stringValue()).matches()) {
                problems.add(path(name), "must be a date written YYYY-MM-DD, not " + shortly(v));
                return null;
            }
            try {
                return LocalDate.parse(v.stringValue());
            } catch (DateTimeParseException e) {
                problems.add(path(name), "\"" + v.stringValue() + "\" is not a real date");
                return null;
            }
        }

        void notAfter(String name, LocalDate date, LocalDate today) {
            if (date != null && date.isAfter(today)) {
                problems.add(path(name), "is in the future (" + date + " is after today, " + today + ")");
            }
        }

        /** from (required or not) and to, with to later than from; to without from is an error. */
        LocalDate[] span(boolean fromRequired) {
            LocalDate from = date("from", fromRequired);
            LocalDate to = date("to", false);
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add(path("to"), "must be later than from (" + from + "): a span is from <= day < to");
            }
            if (!fromRequired && !has("from") && has("to")) {
                problems.add(path("from"), "is required when to is given");
            }
            return new LocalDate[]{from, to};
        }

        Long integer(String name, boolean required, long min, long max, String rangeReason) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problems.add(path(name), "must be a whole number, not " + shortly(v));
                return null;
            }
            long n = v.longValue();
            if (n < min || n > max) {
                problems.add(path(name), rangeReason + " (it is " + n + ")");
                return null;
            }
            return n;
        }

        Boolean bool(String name, boolean required) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                problems.add(path(name), "must be true or false, not " + shortly(v));
                return null;
            }
            return v.booleanValue();
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            if (!v.isString()) {
                problems.add(path(name), "must be one of " + allowed + ", not " + shortly(v));
                return null;
            }
            String s = v.stringValue();
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            boolean caseOnly = Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equalsIgnoreCase(s));
            problems.add(path(name), "unknown value \"" + s + "\": must be one of " + allowed
                    + (caseOnly ? " (enumerations are upper-case, exactly as listed)" : ""));
            return null;
        }

        Outcome outcome(Set<Outcome> allowed, EventType type) {
            Outcome o = enumValue("outcome", Outcome.class, true);
            if (o != null && !allowed.contains(o)) {
                String list = Arrays.stream(Outcome.values()).filter(allowed::contains).map(Enum::name)
                        .collect(Collectors.joining(", "));
                problems.add(path("outcome"), o + " is not an outcome of a " + type + " event: must be one of " + list);
                return null;
            }
            return o;
        }

        <T> T object(String name, boolean required, Set<String> allowed, Function<Fields, T> reader) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            Fields f = new Fields(v, path(name), problems, allowed);
            return f.isObject() ? reader.apply(f) : null;
        }

        /** The entries of a list (absent or null: empty), each read with its path {@code name[i]}. */
        <T> List<T> list(String name, boolean required, BiFunction<JsonNode, String, T> reader) {
            JsonNode v = value(name, required);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                problems.add(path(name), "must be a list");
                return List.of();
            }
            if (v.size() > MAX_LIST_ENTRIES) {
                return List.of(); // reported by checkCaps
            }
            List<T> items = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                T item = reader.apply(v.get(i), path(name) + "[" + i + "]");
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        <T, K> void noDuplicates(String name, List<T> items, Function<T, K> key, Function<K, String> describe) {
            Map<K, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                K k = key.apply(items.get(i));
                Integer first = seen.putIfAbsent(k, i);
                if (first != null) {
                    problems.add(path(name) + "[" + i + "]", describe.apply(k) + " is listed twice (also " + path(name)
                            + "[" + first + "])");
                }
            }
        }

        private static String shortly(JsonNode v) {
            String s = v.toString();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
