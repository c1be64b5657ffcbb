-- The sex-offender notification requirement of a person (SOA 2003 Part 2; domain/MAPPA.md §5.1-5.2) and the
-- notifications they made. The period and its end are computed by org.mappahub.rules.NotificationPeriod from
-- the inputs kept here (the disposal, its length, the conviction date and the age on it); they are stored so
-- that reports and exports read the same answer the application showed.
create table notification_requirement (
    nominal_id        bigint primary key references nominal (id) on delete cascade,
    starts_on         date not null,
    disposal          text not null check (disposal in ('IMPRISONMENT', 'LIFE', 'IPP', 'HOSPITAL_ORDER_RESTRICTED',
        'HOSPITAL_ORDER', 'CAUTION', 'CONDITIONAL_DISCHARGE', 'COMMUNITY_ORDER', 'FINE', 'OTHER')),
    length_months     int check (length_months is null or length_months > 0),
    age_at_conviction int not null check (age_at_conviction >= 10),
    -- 'INDEFINITE' or an ISO-8601 period in years and months (P10Y, P3Y6M)
    period            text not null check (period = 'INDEFINITE' or period ~ '^P([0-9]+Y)?([0-9]+M)?$'),
    ends_on           date,
    version           int not null default 0,
    created_by        text not null,
    created_at        timestamptz not null,
    updated_by        text not null,
    updated_at        timestamptz not null,
    check ((period = 'INDEFINITE') = (ends_on is null)),
    check (ends_on is null or ends_on > starts_on)
);

create table notification (
    id         bigserial primary key,
    nominal_id bigint not null references nominal (id) on delete cascade,
    kind       text not null check (kind in ('INITIAL', 'CHANGE_OF_NAME', 'CHANGE_OF_ADDRESS', 'PERIODIC', 'TRAVEL',
        'HOUSEHOLD_WITH_CHILD')),
    made_on    date not null,
    notes      text check (notes is null or char_length(notes) <= 2000),
    created_by text not null,
    created_at timestamptz not null
);
create index notification_nominal on notification (nominal_id, made_on);

-- Row-level security as for the other content tables of V5 (with V5_0_1's mappa_reads_content): Responsible
-- Authority staff of the owning area, another area's with a current stated reason, a restricted record's named
-- users; never a duty-to-co-operate agency. Writes: the owning area's Responsible Authority staff only.
do $$
declare
    t text;
begin
    foreach t in array array['notification_requirement', 'notification'] loop
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
