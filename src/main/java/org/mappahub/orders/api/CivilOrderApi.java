package org.mappahub.orders.api;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderDetails;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.orders.CivilOrders;
import org.mappahub.orders.CivilOrders.Order;
import org.mappahub.orders.CivilOrders.Picture;

/**
 * A person's civil orders over HTTP: read them (each with its status today) and their breaches, add an order,
 * replace one, record a variation, renewal or discharge, record a breach. The same service and policy as the pages.
 * Versioning follows the nominal API: reads carry the record's version as the {@code ETag} (and {@code version} in
 * the body); a change names the version it was made against ({@code If-Match} or {@code version}), 428 without one,
 * 409 when it is out of date. Errors are problem details ({@link CivilOrderApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Civil orders", description = "SHPOs, SROs and the other civil orders, their lifecycle and breaches")
class CivilOrderApi {

    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,9})\"|(\\d{1,9})");
    private static final Set<String> ORDER_FIELDS = Set.of("version", "type", "applied", "interim", "granted", "refused",
            "foreignTravelRestriction", "from", "to", "prohibitions", "travelProhibitionEnds", "travelCountries");
    private static final Set<String> CHANGE_FIELDS = Set.of("version", "kind", "date", "description", "newEnd",
            "newTravelEnd");
    private static final Set<String> BREACH_FIELDS = Set.of("version", "order", "date", "outcome", "becameNotifiable");

    private final CivilOrders orders;

    CivilOrderApi(CivilOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/orders")
    @CaseReader
    @Operation(summary = "Read a person's civil orders",
            description = "Each order with its position (its id here), MCIF/1 fields, prohibitions, foreign travel "
                    + "prohibition, the court's changes and its status today; the breaches; the record's version.")
    @ApiResponse(responseCode = "200", description = "The orders; the ETag is the record's version")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the full history")
    @ApiResponse(responseCode = "404", description = "No nominal has this ref (for this user)")
    public ResponseEntity<Map<String, Object>> read(@PathVariable String ref) {
        Picture p = orders.view(ref);
        return ResponseEntity.ok().eTag(etag(p.version())).body(resource(p));
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Add a civil order", description = "Dates as YYYY-MM-DD; to null for an order until further "
            + "order. The version read is required (If-Match or version).")
    @ApiResponse(responseCode = "201", description = "Added; the orders at the record's new version")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or an order the law does not allow (the message names the rule)")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    @ApiResponse(responseCode = "428", description = "No version was sent")
    public ResponseEntity<Map<String, Object>> add(@PathVariable String ref,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @RequestBody Map<String, Object> body) {
        JsonFields f = new JsonFields(body, ORDER_FIELDS);
        CivilOrders.OrderInput input = orderInput(f);
        Integer bodyVersion = f.integer("version");
        f.check();
        int version = orders.add(ref, expectedVersion(ifMatch, bodyVersion), input);
        Picture p = orders.view(ref);
        URI location = URI.create("/api/v1/nominals/" + ref + "/orders/" + (p.orders().size() - 1));
        return ResponseEntity.created(location).eTag(etag(version)).body(resource(p));
    }

    @PutMapping(path = "/orders/{order}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Replace a civil order", description = "The order's fields as for adding one; its recorded "
            + "variations, renewals and discharge are kept.")
    @ApiResponse(responseCode = "200", description = "Replaced; the orders at the record's new version")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or an order the law does not allow")
    @ApiResponse(responseCode = "404", description = "No such nominal, or no order at this position")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    public ResponseEntity<Map<String, Object>> replace(@PathVariable String ref, @PathVariable int order,
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @RequestBody Map<String, Object> body) {
        JsonFields f = new JsonFields(body, ORDER_FIELDS);
        CivilOrders.OrderInput input = orderInput(f);
        Integer bodyVersion = f.integer("version");
        f.check();
        int version = orders.edit(ref, expectedVersion(ifMatch, bodyVersion), order, input);
        return ResponseEntity.ok().eTag(etag(version)).body(resource(orders.view(ref)));
    }

    @PostMapping(path = "/orders/{order}/changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record a variation, renewal or discharge of a civil order",
            description = "kind is VARIED, RENEWED or DISCHARGED; date and description are required; newEnd (the "
                    + "order's new end) and newTravelEnd (a renewed foreign travel prohibition's new end) are optional.")
    @ApiResponse(responseCode = "201", description = "Recorded; the orders at the record's new version")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or a change the law does not allow")
    @ApiResponse(responseCode = "404", description = "No such nominal, or no order at this position")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    public ResponseEntity<Map<String, Object>> change(@PathVariable String ref, @PathVariable int order,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @RequestBody Map<String, Object> body) {
        JsonFields f = new JsonFields(body, CHANGE_FIELDS);
        CivilOrders.ChangeInput input = new CivilOrders.ChangeInput(
                f.choice("kind", OrderChangeKind.class, List.of(OrderChangeKind.values())), f.date("date"),
                f.text("description"), f.date("newEnd"), f.date("newTravelEnd"));
        Integer bodyVersion = f.integer("version");
        f.check();
        int version = orders.recordChange(ref, expectedVersion(ifMatch, bodyVersion), order, input);
        return ResponseEntity.status(201).eTag(etag(version)).body(resource(orders.view(ref)));
    }

    @PostMapping(path = "/order-breaches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record a breach of a civil order",
            description = "order is the position of the order breached; outcome CAUTIONED, CONVICTED, NO_FURTHER_ACTION "
                    + "or PENDING; for an SRO, becameNotifiable is required. Recorded as the record's ORDER_BREACH event "
                    + "(and SRO_BREACH for an SRO), as MCIF/1 carries them.")
    @ApiResponse(responseCode = "201", description = "Recorded; the orders and breaches at the record's new version")
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    public ResponseEntity<Map<String, Object>> breach(@PathVariable String ref,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @RequestBody Map<String, Object> body) {
        JsonFields f = new JsonFields(body, BREACH_FIELDS);
        CivilOrders.BreachInput input = new CivilOrders.BreachInput(f.integer("order"), f.date("date"),
                f.choice("outcome", Outcome.class, List.of(Outcome.CAUTIONED, Outcome.CONVICTED,
                        Outcome.NO_FURTHER_ACTION, Outcome.PENDING)), f.bool("becameNotifiable"));
        Integer bodyVersion = f.integer("version");
        f.check();
        int version = orders.recordBreach(ref, expectedVersion(ifMatch, bodyVersion), input);
        return ResponseEntity.status(201).eTag(etag(version)).body(resource(orders.view(ref)));
    }

    private static CivilOrders.OrderInput orderInput(JsonFields f) {
        Boolean travel = f.bool("foreignTravelRestriction");
        return new CivilOrders.OrderInput(f.choice("type", OrderType.class, Arrays.asList(OrderType.values())),
                f.date("applied"), f.date("interim"), f.date("granted"), f.date("refused"), Boolean.TRUE.equals(travel),
                f.date("from"), f.date("to"), f.texts("prohibitions"), f.date("travelProhibitionEnds"),
                f.texts("travelCountries"));
    }

    /** The version a change was made against, from If-Match or the body; both must agree when both are sent. */
    private static int expectedVersion(String ifMatch, Integer bodyVersion) {
        Integer headerVersion = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher m = ETAG.matcher(ifMatch.trim());
            if (!m.matches()) {
                throw new CivilOrderApiProblems.BadVersion("If-Match must be the single version you read, as its ETag, "
                        + "for example \"3\"");
            }
            headerVersion = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (headerVersion == null && bodyVersion == null) {
            throw new CivilOrderApiProblems.VersionRequired();
        }
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw new CivilOrderApiProblems.BadVersion("If-Match names version " + headerVersion
                    + " but the body names version " + bodyVersion);
        }
        return headerVersion != null ? headerVersion : bodyVersion;
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    static Map<String, Object> resource(Picture p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        m.put("version", p.version());
        m.put("orders", p.orders().stream().map(CivilOrderApi::order).toList());
        m.put("breaches", p.breaches().stream().map(CivilOrderApi::breach).toList());
        return m;
    }

    private static Map<String, Object> order(Order o) {
        CivilOrder c = o.order();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("order", o.index());
        m.put("status", o.status().name());
        m.put("type", c.type().name());
        m.put("applied", text(c.applied()));
        m.put("interim", text(c.interim()));
        m.put("granted", text(c.granted()));
        m.put("refused", text(c.refused()));
        m.put("foreignTravelRestriction", c.foreignTravelRestriction());
        m.put("from", text(c.from()));
        m.put("to", text(c.to()));
        OrderDetails d = c.details();
        m.put("prohibitions", d == null ? List.of() : d.prohibitions());
        m.put("travelProhibitionEnds", d == null ? null : text(d.travelProhibitionEnds()));
        m.put("travelCountries", d == null ? List.of() : d.travelCountries());
        m.put("changes", d == null ? List.of() : d.changes().stream().map(x -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("kind", x.kind().name());
            change.put("date", x.date().toString());
            change.put("description", x.description());
            return change;
        }).toList());
        return m;
    }

    private static Map<String, Object> breach(NominalEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type().name());
        m.put("date", text(e.date()));
        if (e.order() != null) {
            m.put("order", e.order().name());
        }
        if (e.outcome() != null) {
            m.put("outcome", e.outcome().name());
        }
        if (e.becameNotifiable() != null) {
            m.put("becameNotifiable", e.becameNotifiable());
        }
        return m;
    }

    private static String text(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
