-- The intelligence and contact log of a person (issue 4; domain/MAPPA.md §11): dated entries from any agency,
-- each with its source agency and a handling marking — the Government Security Classification and the 3x5x2
-- evaluation of UK policing (source 1-3, intelligence A-E, handling code P or C with its conditions); see
-- org.mappahub.intelligence.HandlingMarking. Entries are corrected (versioned, audited with before and after),
-- never deleted through the application.
create table intelligence_entry (
    id                      bigserial primary key,
    nominal_id              bigint not null references nominal (id) on delete cascade,
    occurred_on             date not null,
    kind                    text not null check (kind in ('HOME_VISIT', 'ELECTRONIC_MONITORING',
        'COMPUTER_MONITORING', 'PARTNER_CONCERN', 'MARAC', 'MENTAL_HEALTH_RISK_FORUM', 'OTHER_CONTACT')),
    summary                 text not null check (char_length(btrim(summary)) between 1 and 4000),
    source_agency_id        bigint not null references agency (id),
    classification          text not null default 'OFFICIAL_SENSITIVE'
        check (classification in ('OFFICIAL', 'OFFICIAL_SENSITIVE')),
    source_evaluation       text not null check (source_evaluation in ('1', '2', '3')),
    intelligence_evaluation text not null check (intelligence_evaluation in ('A', 'B', 'C', 'D', 'E')),
    handling_code           text not null check (handling_code in ('P', 'C')),
    handling_conditions     text check (handling_conditions is null or char_length(handling_conditions) <= 1000),
    -- the agency of the user who recorded it: only its staff correct the entry
    recorded_agency_id      bigint not null references agency (id),
    version                 int not null default 0,
    created_by              text not null,
    created_at              timestamptz not null,
    updated_by              text not null,
    updated_at              timestamptz not null,
    -- handling code C is "lawful sharing permitted with conditions": the conditions are part of the marking
    check ((handling_code = 'C') = (handling_conditions is not null and btrim(handling_conditions) <> ''))
);
create index intelligence_entry_nominal on intelligence_entry (nominal_id, occurred_on desc, id desc);

-- Row-level security exactly as V7. The application shows the log to those who see RecordPart.INTELLIGENCE_LOG:
-- Responsible Authority staff in a case-reading role of the owning area, another area's with a current stated
-- reason, or named on a restricted record; never a duty-to-co-operate agency. mappa_reads_content (V5_0_1) is
-- exactly that set (scope 'ra' = Responsible Authority agency and a case-reading role; see docs/SECURITY.md).
-- Writes: the owning area's Responsible Authority staff only. The delete policy is kept as V7's for one shape
-- across case tables; the application has no path that deletes an entry (corrections only).
do $$
declare
    t text;
begin
    foreach t in array array['intelligence_entry'] loop
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
