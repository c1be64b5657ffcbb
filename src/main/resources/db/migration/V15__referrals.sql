-- MAPPA referrals (the MAPPA A content) and their screening (domain/MAPPA.md §4.2). A referral is received for an
-- existing nominal; the screening decision (accepted at level 2 or 3, or not accepted with rationale and advice)
-- is recorded on the same row by a co-ordinator and a chair. An accepted referral changes the level span in the
-- MCIF/1 record (with the decision as its provenance); this row keeps the decision itself.
create table referral (
    id                      bigserial primary key,
    nominal_id              bigint not null references nominal (id) on delete cascade,
    category                int not null check (category between 1 and 3),
    category_justification  text,
    referring_agency        text not null,
    referrer                text not null,
    crn                     text,
    prison_number           text,
    police_reference        text,
    release_address         text,
    index_offence           text not null,
    sentence                text not null,
    previous_offences       text,
    release_date            date,
    sentence_end            date,
    hospital_detention      boolean not null,
    hospital_details        text,
    reason                  text not null,
    level_asked             int not null check (level_asked in (2, 3)),
    received_on             date not null,
    decision                text check (decision in ('ACCEPTED', 'NOT_ACCEPTED')),
    decided_on              date,
    level_accepted          int check (level_accepted in (2, 3)),
    coordinator             text,
    chair                   text,
    rationale               text,
    advice                  text,
    version                 int not null default 0,
    created_by              text not null,
    created_at              timestamptz not null,
    updated_by              text not null,
    updated_at              timestamptz not null,
    check (decision is null or (decided_on is not null and coordinator is not null and chair is not null)),
    check (decision is distinct from 'ACCEPTED' or level_accepted is not null),
    check (decision is distinct from 'NOT_ACCEPTED' or (rationale is not null and advice is not null)),
    check (category <> 3 or category_justification is not null),
    check (not hospital_detention or hospital_details is not null)
);

create index referral_nominal on referral (nominal_id, received_on);
-- The co-ordinator's list: referrals still waiting for screening, oldest first (joined to nominal by area_code).
create index referral_waiting on referral (received_on, nominal_id) where decision is null;

-- Row-level security exactly as V7's content tables.
do $$
declare
    t text;
begin
    foreach t in array array['referral'] loop
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
