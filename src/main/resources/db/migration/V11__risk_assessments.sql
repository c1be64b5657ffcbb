-- Risk assessments as the agencies' tools produced them (domain/MAPPA.md §6): the system records the results,
-- it never computes them. The levels are one JSON object, scale to level ({"CHILDREN": "HIGH", ...}); which
-- scales and levels each tool has is org.mappahub.assessment.RiskTool, checked by the application before any
-- write (the same definition drives the form and the API), so the database keeps only the shape.
create table risk_assessment (
    id            bigserial primary key,
    nominal_id    bigint not null references nominal (id) on delete cascade,
    tool          text not null check (tool in ('OASYS', 'RISK_MATRIX_2000', 'RISK_MATRIX_SUCCESSOR', 'ARMS', 'SARA',
        'ASSETPLUS')),
    assessed_on   date not null,
    assessor      text not null check (char_length(btrim(assessor)) between 1 and 200),
    agency_id     bigint not null references agency (id),
    levels        jsonb not null check (jsonb_typeof(levels) = 'object' and levels <> '{}'::jsonb),
    -- SARA only: whether the assessor recorded an imminent risk (null: not recorded)
    imminent_risk boolean check (imminent_risk is null or tool = 'SARA'),
    next_due_on   date not null,
    notes         text check (notes is null or char_length(notes) <= 2000),
    version       int not null default 0,
    created_by    text not null,
    created_at    timestamptz not null,
    updated_by    text not null,
    updated_at    timestamptz not null,
    check (next_due_on > assessed_on)
);
create index risk_assessment_nominal on risk_assessment (nominal_id, tool, assessed_on);

-- Row-level security exactly as V7's content tables: Responsible Authority staff of the owning area, another
-- area's with a current stated reason, a restricted record's named users; never a duty-to-co-operate agency.
-- Writes: the owning area's Responsible Authority staff only.
do $$
declare
    t text;
begin
    foreach t in array array['risk_assessment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I for select using (
            (select mappa_scope()) = 'operator' or mappa_reads_content(nominal_id))$p$, t || '_read', t);
        execute format($p$create policy %I on %I for insert with check (
            (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$, t || '_insert', t);
        execute format($p$create policy %I on %I for update using (
            (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$, t || '_update', t);
        execute format($p$create policy %I on %I for delete using (
            (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$, t || '_delete', t);
    end loop;
end $$;
