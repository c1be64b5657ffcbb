-- Population estimates entered or corrected by an area's co-ordinator (org.mappahub.statistics.PopulationEstimates),
-- besides MCIF/1 area records: a version for each figure so that a stale correction is refused (409), and who last
-- changed it. Numbered at the end of statistics' V20 so as not to meet the computation's migrations. Not case
-- content: no row-level security.
alter table area_population
    add column version    int not null default 1,
    add column updated_by text,
    add column updated_at timestamptz;
