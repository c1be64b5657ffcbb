package org.mappahub.nominal;

import java.util.List;

/** A MAPPA area (one per police force area in England and Wales), its BCUs and population estimates. */
public record Area(String code, String name, List<String> bcus, List<PopulationEstimate> population) {

    public Area {
        bcus = List.copyOf(bcus == null ? List.of() : bcus);
        population = List.copyOf(population == null ? List.of() : population);
    }

    /** Mid-year estimate of the resident population aged 10 and over. */
    public record PopulationEstimate(int midYear, long aged10AndOver) {
    }
}
