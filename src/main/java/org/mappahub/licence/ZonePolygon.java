package org.mappahub.licence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exclusion zone drawn as a GeoJSON Polygon (RFC 7946 §3.1.6): linear rings of [longitude, latitude]
 * positions, each closed (first = last) with at least four positions, the first the outer boundary and any others
 * holes. Refused unless it is one, lies in or near England and Wales (the zones this system records are there),
 * and is small enough to store and draw. {@link #parse} says what is wrong in words an officer can act on.
 */
public record ZonePolygon(List<List<double[]>> rings) {

    /** The longest text accepted, and the most rings and positions: a zone drawn by hand, not a coastline. */
    static final int MAX_CHARS = 100_000;
    static final int MAX_RINGS = 20;
    static final int MAX_POSITIONS = 2_000;
    /** England and Wales with a margin (Isles of Scilly to Berwick-upon-Tweed, St David's to Lowestoft). */
    static final double WEST = -6.5, EAST = 2.0, SOUTH = 49.8, NORTH = 56.0;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MEMBERS = Set.of("type", "coordinates", "bbox");

    /** Why a text is not an acceptable zone polygon (the message is for the user). */
    public static class Invalid extends RuntimeException {
        Invalid(String message) {
            super("The exclusion zone polygon " + message);
        }
    }

    /** The polygon in {@code text}, or {@link Invalid} saying why not. */
    public static ZonePolygon parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new Invalid("must be " + MAX_CHARS + " characters or fewer");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new Invalid("must be GeoJSON (JSON text), for example {\"type\": \"Polygon\", \"coordinates\": [[[-1.55, 53.80], ...]]}");
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("must be a GeoJSON object with \"type\": \"Polygon\"");
        }
        if (!root.path("type").isString() || !"Polygon".equals(root.path("type").stringValue())) {
            throw new Invalid("must have \"type\": \"Polygon\" (not a Feature, a MultiPolygon or another geometry)");
        }
        for (String name : root.propertyNames()) {
            if (!MEMBERS.contains(name)) {
                throw new Invalid("has a member \"" + name + "\" a Polygon does not have (only type and coordinates)");
            }
        }
        JsonNode coordinates = root.get("coordinates");
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            throw new Invalid("must have coordinates: an array of at least one linear ring");
        }
        if (coordinates.size() > MAX_RINGS) {
            throw new Invalid("may have at most " + MAX_RINGS + " rings");
        }
        List<List<double[]>> rings = new ArrayList<>();
        int total = 0;
        for (int r = 0; r < coordinates.size(); r++) {
            JsonNode ring = coordinates.get(r);
            String which = r == 0 ? "outer ring" : "ring " + (r + 1);
            if (!ring.isArray() || ring.size() < 4) {
                throw new Invalid("'s " + which + " must be an array of at least 4 positions (a closed shape)");
            }
            total += ring.size();
            if (total > MAX_POSITIONS) {
                throw new Invalid("may have at most " + MAX_POSITIONS + " positions in all");
            }
            List<double[]> positions = new ArrayList<>();
            for (int p = 0; p < ring.size(); p++) {
                positions.add(position(ring.get(p), which, p + 1));
            }
            double[] first = positions.get(0), last = positions.get(positions.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                throw new Invalid("'s " + which + " must be closed: its last position must repeat its first");
            }
            if (Math.abs(area(positions)) < 1e-12) {
                throw new Invalid("'s " + which + " encloses no area");
            }
            rings.add(List.copyOf(positions));
        }
        return new ZonePolygon(List.copyOf(rings));
    }

    private static double[] position(JsonNode node, String ring, int index) {
        String where = "'s " + ring + ", position " + index;
        if (node == null || !node.isArray() || node.size() < 2 || node.size() > 3) {
            throw new Invalid(where + " must be [longitude, latitude]");
        }
        for (JsonNode n : node) {
            if (!n.isNumber()) {
                throw new Invalid(where + " must be numbers: [longitude, latitude]");
            }
        }
        double lon = node.get(0).asDouble(), lat = node.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new Invalid(where + " is out of range: longitude -180 to 180, latitude -90 to 90");
        }
        if (lon < WEST || lon > EAST || lat < SOUTH || lat > NORTH) {
            boolean swapped = lat >= WEST && lat <= EAST && lon >= SOUTH && lon <= NORTH;
            throw new Invalid(where + String.format(Locale.UK, " (%s, %s) is not in or near England and Wales", lon, lat)
                    + (swapped ? ": GeoJSON positions are [longitude, latitude], these look the other way round" : ""));
        }
        return new double[] {lon, lat};
    }

    /** Twice the signed area (shoelace), in square degrees: zero for a line or a point. */
    private static double area(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum;
    }

    /** The polygon as stored: compact GeoJSON with the positions only. */
    public Map<String, Object> geoJson() {
        List<List<List<Double>>> coordinates = rings.stream()
                .map(ring -> ring.stream().map(p -> List.of(p[0], p[1])).toList()).toList();
        return Map.of("type", "Polygon", "coordinates", coordinates);
    }

    /** The polygon from its stored form (already validated when stored). */
    static ZonePolygon of(Object geoJson) {
        return parse(JSON.writeValueAsString(geoJson));
    }

    /**
     * The rings as SVG {@code points} attributes in a {@code size} × {@code size} box with a margin: an
     * equirectangular projection scaled by the cosine of the middle latitude, north up, the aspect kept.
     */
    public List<String> svgPoints(int size) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : rings.get(0)) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double k = Math.cos(Math.toRadians((minY + maxY) / 2));
        double width = (maxX - minX) * k, height = maxY - minY;
        double margin = size * 0.05;
        double scale = (size - 2 * margin) / Math.max(width, height);
        double offsetX = margin + ((size - 2 * margin) - width * scale) / 2;
        double offsetY = margin + ((size - 2 * margin) - height * scale) / 2;
        List<String> out = new ArrayList<>();
        for (List<double[]> ring : rings) {
            StringBuilder points = new StringBuilder();
            for (Iterator<double[]> it = ring.iterator(); it.hasNext(); ) {
                double[] p = it.next();
                points.append(String.format(Locale.ROOT, "%.1f,%.1f", offsetX + (p[0] - minX) * k * scale,
                        offsetY + (maxY - p[1]) * scale));
                if (it.hasNext()) {
                    points.append(' ');
                }
            }
            out.add(points.toString());
        }
        return out;
    }
}
