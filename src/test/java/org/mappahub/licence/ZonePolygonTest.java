package org.mappahub.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exclusion zone polygon check, case by case: what is accepted, and what each refusal says. */
class ZonePolygonTest {

    /** A small square in Leeds city centre. */
    static final String LEEDS = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.55,53.79],[-1.54,53.79],[-1.54,53.80],[-1.55,53.80],[-1.55,53.79]]]}";

    @Test
    void aSmallClosedPolygonInEnglandIsAcceptedAndDrawnInsideTheBox() {
        ZonePolygon zone = ZonePolygon.parse(LEEDS);
        assertThat(zone.rings()).hasSize(1);
        assertThat(zone.rings().get(0)).hasSize(5);
        List<String> points = zone.svgPoints(200);
        assertThat(points).hasSize(1);
        for (String xy : points.get(0).split(" ")) {
            double x = Double.parseDouble(xy.split(",")[0]), y = Double.parseDouble(xy.split(",")[1]);
            assertThat(x).isBetween(0.0, 200.0);
            assertThat(y).isBetween(0.0, 200.0);
        }
        // north is up: the northern edge (53.80) is drawn above the southern one (53.79)
        String[] p = points.get(0).split(" ");
        assertThat(Double.parseDouble(p[3].split(",")[1])).isLessThan(Double.parseDouble(p[0].split(",")[1]));
        assertThat(ZonePolygon.of(zone.geoJson()).rings().get(0).get(2)).containsExactly(-1.54, 53.80);
    }

    @Test
    void aHoleAndAnAltitudeAreAccepted() {
        ZonePolygon zone = ZonePolygon.parse("{\"type\":\"Polygon\",\"coordinates\":["
                + "[[-3.20,51.45],[-3.10,51.45],[-3.10,51.50],[-3.20,51.50],[-3.20,51.45]],"
                + "[[-3.16,51.47,10],[-3.14,51.47,10],[-3.14,51.48,10],[-3.16,51.47,10]]]}");
        assertThat(zone.rings()).hasSize(2);
        assertThat(zone.svgPoints(200)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | {"type":"Polygon",                                                                  | must be GeoJSON
            an array                  | [1,2]                                                                               | must be a GeoJSON object
            a Feature                 | {"type":"Feature","geometry":null}                                                  | "type": "Polygon"
            a MultiPolygon            | {"type":"MultiPolygon","coordinates":[]}                                            | "type": "Polygon"
            a foreign member          | {"type":"Polygon","coordinates":[[[-1.55,53.79],[-1.54,53.79],[-1.54,53.80],[-1.55,53.79]]],"name":"x"} | member "name"
            no coordinates            | {"type":"Polygon"}                                                                  | at least one linear ring
            empty coordinates         | {"type":"Polygon","coordinates":[]}                                                 | at least one linear ring
            three positions           | {"type":"Polygon","coordinates":[[[-1.55,53.79],[-1.54,53.79],[-1.55,53.79]]]}      | at least 4 positions
            an open ring              | {"type":"Polygon","coordinates":[[[-1.55,53.79],[-1.54,53.79],[-1.54,53.80],[-1.55,53.80]]]} | must be closed
            a text position           | {"type":"Polygon","coordinates":[[["-1.55",53.79],[-1.54,53.79],[-1.54,53.80],[-1.55,53.79]]]} | must be numbers
            a one-number position     | {"type":"Polygon","coordinates":[[[-1.55],[-1.54,53.79],[-1.54,53.80],[-1.55,53.79]]]} | [longitude, latitude]
            latitude out of range     | {"type":"Polygon","coordinates":[[[-1.55,93.79],[-1.54,53.79],[-1.54,53.80],[-1.55,93.79]]]} | out of range
            longitude out of range    | {"type":"Polygon","coordinates":[[[-181,53.79],[-1.54,53.79],[-1.54,53.80],[-181,53.79]]]} | out of range
            in France                 | {"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]} | not in or near England and Wales
            latitude first            | {"type":"Polygon","coordinates":[[[53.79,-1.55],[53.79,-1.54],[53.80,-1.54],[53.79,-1.55]]]} | look the other way round
            a line, no area           | {"type":"Polygon","coordinates":[[[-1.55,53.79],[-1.54,53.79],[-1.53,53.79],[-1.55,53.79]]]} | encloses no area
            """)
    void refusedSayingWhy(String what, String text, String message) {
        assertThatThrownBy(() -> ZonePolygon.parse(text))
                .as(what)
                .isInstanceOf(ZonePolygon.Invalid.class)
                .hasMessageStartingWith("The exclusion zone polygon")
                .hasMessageContaining(message.strip());
    }

    @Test
    void emptyTooLongAndTooManyPositionsAreRefused() {
        assertThatThrownBy(() -> ZonePolygon.parse(" ")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> ZonePolygon.parse("{\"type\":\"Polygon\"," + " ".repeat(ZonePolygon.MAX_CHARS) + "}"))
                .hasMessageContaining("characters or fewer");
        StringBuilder ring = new StringBuilder("[");
        int n = ZonePolygon.MAX_POSITIONS + 1;
        for (int i = 0; i < n - 1; i++) {
            double angle = 2 * Math.PI * i / (n - 1);
            ring.append(String.format(java.util.Locale.ROOT, "[%.6f,%.6f],", -1.5 + 0.01 * Math.cos(angle), 53.8 + 0.01 * Math.sin(angle)));
        }
        ring.append("[-1.49,53.8]]");
        assertThatThrownBy(() -> ZonePolygon.parse("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}"))
                .hasMessageContaining("at most " + ZonePolygon.MAX_POSITIONS + " positions");
        StringBuilder rings = new StringBuilder();
        for (int i = 0; i <= ZonePolygon.MAX_RINGS; i++) {
            rings.append(i == 0 ? "" : ",").append("[[-1.55,53.79],[-1.54,53.79],[-1.54,53.80],[-1.55,53.79]]");
        }
        assertThatThrownBy(() -> ZonePolygon.parse("{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}"))
                .hasMessageContaining("at most " + ZonePolygon.MAX_RINGS + " rings");
    }
}
