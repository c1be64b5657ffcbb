-- The expected release date of a person in custody (domain/MAPPA.md §4.1: the pre-release milestones count back
-- from it). The custody spans themselves are part of the MCIF/1 record (custody_span); this row belongs to the
-- open span that began on custody_from, so a date entered for an earlier period of custody is never applied to
-- a later one (it is shown and used only while the open span began on that day).
create table expected_release (
    nominal_id   bigint primary key references nominal (id) on delete cascade,
    custody_from date not null,
    expected_on  date not null,
    version      int not null default 0,
    created_by   text not null,
    created_at   timestamptz not null,
    updated_by   text not null,
    updated_at   timestamptz not null,
    check (expected_on > custody_from)
);

-- Row-level security exactly as V7's content tables.
do $$
declare
    t text;
begin
    foreach t in array array['expected_release'] loop
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
