package org.mappahub.nominal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.mappahub.nominal.NominalRecord.OrderChange;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderDetails;

/**
 * The {@code civil_order.details} column (V9): {@link OrderDetails} as JSON, written field by field so that the
 * stored form does not follow whatever a shared mapper is configured to do with dates.
 */
final class OrderDetailsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private OrderDetailsJson() {
    }

    static String write(OrderDetails d) {
        if (d == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode prohibitions = o.putArray("prohibitions");
        d.prohibitions().forEach(prohibitions::add);
        o.put("travelProhibitionEnds", d.travelProhibitionEnds() == null ? null : d.travelProhibitionEnds().toString());
        ArrayNode countries = o.putArray("travelCountries");
        d.travelCountries().forEach(countries::add);
        ArrayNode changes = o.putArray("changes");
        for (OrderChange c : d.changes()) {
            ObjectNode n = changes.addObject();
            n.put("kind", c.kind().name());
            n.put("date", c.date().toString());
            n.put("description", c.description());
        }
        return MAPPER.writeValueAsString(o);
    }

    static OrderDetails read(String json) {
        if (json == null) {
            return null;
        }
        JsonNode o = MAPPER.readTree(json);
        List<String> prohibitions = new ArrayList<>();
        o.path("prohibitions").forEach(p -> prohibitions.add(p.asString()));
        List<String> countries = new ArrayList<>();
        o.path("travelCountries").forEach(c -> countries.add(c.asString()));
        List<OrderChange> changes = new ArrayList<>();
        o.path("changes").forEach(c -> changes.add(new OrderChange(OrderChangeKind.valueOf(c.path("kind").asString()),
                LocalDate.parse(c.path("date").asString()),
                c.path("description").isNull() ? null : c.path("description").asString())));
        JsonNode ends = o.path("travelProhibitionEnds");
        return new OrderDetails(prohibitions, ends.isMissingNode() || ends.isNull() ? null : LocalDate.parse(ends.asString()),
                countries, changes);
    }
}
