-- Applications for review of indefinite notification requirements (SOA 2003 ss.91A-91F; MAPPA.md §5.2) and the
-- decision on each. The decision is also written to the person's record as an MCIF/1 event
-- (NOTIFICATION_REVOKED or NOTIFICATION_REVIEW_REFUSED), which is what exports and the statistics count; this
-- table keeps what the format has no place for: the application, who decided, at what rank, and why.
create table notification_review (
    id              bigserial primary key,
    nominal_id      bigint not null references nominal (id) on delete cascade,
    applied_on      date not null,
    qualifying_date date not null,
    decision        text check (decision in ('REVOKED', 'CONTINUED')),
    decided_on      date,
    decided_by      text check (decided_by is null or char_length(decided_by) <= 200),
    decided_by_rank text,
    reasons         text check (reasons is null or char_length(reasons) <= 4000),
    version         int not null default 0,
    created_by      text not null,
    created_at      timestamptz not null,
    updated_by      text not null,
    updated_at      timestamptz not null,
    check ((decision is null) = (decided_on is null)),
    check ((decision is null) = (decided_by is null)),
    check ((decision is null) = (decided_by_rank is null)),
    check (decided_on is null or decided_on >= applied_on),
    check (applied_on >= qualifying_date)
);
create index notification_review_nominal on notification_review (nominal_id, applied_on);

-- A revocation ends an indefinite requirement on the day of the decision: the first day free of it.
alter table notification_requirement add column revoked_on date;

do $$
begin
    execute 'alter table notification_review enable row level security';
    execute 'alter table notification_review force row level security';
    execute $p$create policy notification_review_read on notification_review for select using (
        (select mappa_scope()) = 'operator' or mappa_reads_content(nominal_id))$p$;
    execute $p$create policy notification_review_insert on notification_review for insert with check (
        (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$;
    execute $p$create policy notification_review_update on notification_review for update using (
        (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$;
    execute $p$create policy notification_review_delete on notification_review for delete using (
        (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$;
end $$;
