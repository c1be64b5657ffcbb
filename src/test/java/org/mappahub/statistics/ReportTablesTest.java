package org.mappahub.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.mappahub.statistics.ReportTable.Block;
import org.mappahub.statistics.ReportTable.Row;

/** The published layout of both eras, the page's totals, the dashes and the change beside every count. */
class ReportTablesTest {

    @Test
    void aYearFrom2015PrintsTheShpoRowsAndTheSroFigureInOrder() {
        List<ReportTable> tables = ReportTables.of(Figures.report("LANCASHIRE", 2018));
        assertThat(tables).extracting(ReportTable::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(tables.get(0).title()).isEqualTo("MAPPA-eligible offenders on 31 March 2019");
        assertThat(rowLabels(tables.get(4).blocks().get(0)))
                .containsExactly("SHPO", "SHPO with foreign travel restriction", "NOs");
        assertThat(tables.get(5).title()).contains("breach of a Sexual Risk Order");
        assertThat(cell(tables.get(5), 0, 0, 0).thisYear()).isEqualTo(45);
        assertThat(tables.get(6).blocks()).extracting(Block::heading).containsExactly("Breach of licence", "Breach of SHPO");
        // Full SHPOs without and with the travel restriction; applications and interim orders are the SHPOs' only.
        assertThat(cell(tables.get(4), 0, 0, 0).thisYear()).isEqualTo(51);
        assertThat(cell(tables.get(4), 0, 0, 2).thisYear()).isEqualTo(43);
        assertThat(cell(tables.get(4), 0, 1, 0).applicable()).isFalse();
        assertThat(cell(tables.get(4), 0, 1, 2).thisYear()).isEqualTo(44);
    }

    @Test
    void aYearBefore2015PrintsSopoNoAndFtoAndNoSroTable() {
        List<ReportTable> tables = ReportTables.of(Figures.report("LANCASHIRE", 2012));
        assertThat(tables).extracting(ReportTable::number).containsExactly(1, 2, 3, 4, 5, 7, 8, 9, 10);
        ReportTable orders = tables.get(4);
        assertThat(rowLabels(orders.blocks().get(0))).containsExactly("SOPOs", "NOs", "FTOs");
        assertThat(orders.blocks().get(0).columns()).containsExactly("Applied for", "Interim orders", "Full orders");
        assertThat(cell(orders, 0, 0, 0).thisYear()).isEqualTo(57);
        assertThat(cell(orders, 0, 2, 2).thisYear()).isEqualTo(62);
        assertThat(tables.get(5).blocks()).extracting(Block::heading).containsExactly("Breach of licence", "Breach of SOPO");
        assertThat(tables).noneMatch(t -> t.title().contains("Sexual Risk Order"));
    }

    @Test
    void levelOneCategoryThreeIsADashAndTheTotalsAreAddedByThePage() {
        ReportTable eligible = ReportTables.of(Figures.report("LANCASHIRE", 2018)).get(0);
        Block block = eligible.blocks().get(0);
        assertThat(rowLabels(block)).containsExactly("Level 1", "Level 2", "Level 3", "Total");
        assertThat(block.columns()).containsExactly("Category 1: Registered sexual offenders", "Category 2: Violent offenders",
                "Category 3: Other dangerous offenders", "Total");
        ReportCell dash = cell(eligible, 0, 0, 2);
        assertThat(dash.applicable()).isFalse();
        assertThat(dash.thisYearText()).isEqualTo("–");
        // Level 1: 510 + 110 (category 3 not counted); the Total row sums each column, the corner all nine cells.
        assertThat(cell(eligible, 0, 0, 3).thisYear()).isEqualTo(620);
        assertThat(cell(eligible, 0, 3, 0).thisYear()).isEqualTo(510 + 21 + 24);
        assertThat(cell(eligible, 0, 3, 2).thisYear()).isEqualTo(23 + 26);
        assertThat(cell(eligible, 0, 3, 3).thisYear()).isEqualTo(620 + 21 + 22 + 23 + 24 + 25 + 26);
        assertThat(block.rows().get(3).total()).isTrue();
        // Breach of SHPO: category 1 only.
        Block order = ReportTables.of(Figures.report("LANCASHIRE", 2018)).get(6).blocks().get(1);
        assertThat(order.rows().get(2).cells()).extracting(ReportCell::thisYearText).containsExactly("155", "–", "–", "155");
    }

    @Test
    void everyCountHasLastYearsFigureAndTheChange() {
        ReportTable eligible = ReportTables.of(Figures.report("LANCASHIRE", 2018)).get(0);
        ReportCell level2cat1 = cell(eligible, 0, 1, 0);
        assertThat(level2cat1.thisYear()).isEqualTo(21);
        assertThat(level2cat1.lastYear()).isEqualTo(11);
        assertThat(level2cat1.change()).isEqualByComparingTo("90.91"); // 10 / 11 = 90.909…
        assertThat(level2cat1.changeText()).isEqualTo("+90.91%");
        assertThat(new ReportCell(true, 2L, 3L).change()).isEqualByComparingTo("-33.33");
        assertThat(new ReportCell(true, 1L, 8L).change()).isEqualByComparingTo("-87.5");
        assertThat(new ReportCell(true, 1L, 8L).changeText()).isEqualTo("-87.5%");
        assertThat(new ReportCell(true, 5L, 0L).change()).isNull();
        assertThat(new ReportCell(true, 5L, 0L).changeText()).isEqualTo("–");
        assertThat(new ReportCell(true, 5L, 5L).changeText()).isEqualTo("no change");
        // Half away from zero: +0.005% rounds to 0.01, -0.005% to -0.01, -0.0005% to 0.
        assertThat(new ReportCell(true, 20001L, 20000L).change()).isEqualByComparingTo(new BigDecimal("0.01"));
        assertThat(new ReportCell(true, 19999L, 20000L).change()).isEqualByComparingTo(new BigDecimal("-0.01"));
        assertThat(new ReportCell(true, 199999L, 200000L).change()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theRateIsNotKnownWithoutAPopulationAndBcusAreTotalled() {
        AnnualReport report = new AnnualReport(Figures.year("LANCASHIRE", 2018, 10, null), Figures.year("LANCASHIRE", 2017, 0, 80L));
        List<ReportTable> tables = ReportTables.of(report);
        ReportCell rate = cell(tables.get(8), 0, 0, 0);
        assertThat(rate.thisYearText()).isEqualTo("not known");
        assertThat(rate.changeText()).isEqualTo("–");
        assertThat(tables.get(8).note()).contains("mid-2018 population estimate", "aged under ten");
        Block bcus = tables.get(9).blocks().get(0);
        assertThat(rowLabels(bcus)).containsExactly("Northern", "Southern", "Total");
        assertThat(bcus.rows().get(2).cells().get(0).thisYear()).isEqualTo(310 + 210);
    }

    private static List<String> rowLabels(Block block) {
        return block.rows().stream().map(Row::label).toList();
    }

    private static ReportCell cell(ReportTable table, int block, int row, int column) {
        return table.blocks().get(block).rows().get(row).cells().get(column);
    }
}
