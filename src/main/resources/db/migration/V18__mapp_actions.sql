-- Actions agreed at a MAPP meeting (domain/MAPPA.md §4.3): each with an owning agency (and person, as an account or a
-- name), a deadline, and a status; the completion date is kept so that "completed on or before the deadline" can be
-- counted for the board (MAPPA.md §10).
create table mapp_action (
    id              bigserial primary key,
    nominal_id      bigint not null references nominal (id) on delete cascade,
    meeting_id      bigint not null references mapp_meeting (id) on delete cascade,
    description     text not null check (char_length(description) between 1 and 2000),
    agency_id       bigint not null references agency (id),
    owner_username  text,               -- a user of the owning agency ...
    owner_name      text check (owner_name is null or char_length(owner_name) <= 200), -- ... or a name without an account
    deadline        date not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'COMPLETED', 'CANCELLED')),
    progress        text check (progress is null or char_length(progress) <= 2000),
    progress_by     text,
    progress_at     timestamptz,
    completion_note text check (completion_note is null or char_length(completion_note) <= 2000),
    completed_on    date,
    cancel_reason   text check (cancel_reason is null or char_length(cancel_reason) <= 2000),
    version         int not null default 0,
    created_by      text not null,
    created_at      timestamptz not null,
    updated_by      text not null,
    updated_at      timestamptz not null,
    check (owner_username is null or owner_name is null),
    check ((status = 'COMPLETED') = (completed_on is not null and completion_note is not null)),
    check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index mapp_action_nominal on mapp_action (nominal_id, status, deadline);
create index mapp_action_meeting on mapp_action (meeting_id);
-- the agency's tracker and the work list: an agency's (or a person's) open actions by deadline
create index mapp_action_agency_open on mapp_action (agency_id, deadline) where status = 'OPEN';
create index mapp_action_owner_open on mapp_action (owner_username, deadline) where status = 'OPEN';

-- Row-level security: Responsible Authority staff as V16 (mappa_reads_content / mappa_writes_content); a
-- duty-to-co-operate or voluntary agency's representative only the rows assigned to their own agency
-- (mappa_agency()), of a person they can see (nominal's own policy: a current share, or named on a restricted
-- record). Such a representative records progress and completion on those rows but cannot move them to another
-- agency (with check), nor create or delete any.
alter table mapp_action enable row level security;
alter table mapp_action force row level security;
create policy mapp_action_read on mapp_action for select using (
    (select mappa_scope()) = 'operator' or mappa_reads_content(nominal_id)
    or ((select mappa_scope()) = 'dtc' and agency_id = (select mappa_agency())
        and exists (select 1 from nominal n where n.id = nominal_id)));
create policy mapp_action_insert on mapp_action for insert with check (
    (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id));
create policy mapp_action_update on mapp_action for update
    using ((select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id)
        or ((select mappa_scope()) = 'dtc' and agency_id = (select mappa_agency())
            and exists (select 1 from nominal n where n.id = nominal_id)))
    with check ((select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id)
        or ((select mappa_scope()) = 'dtc' and agency_id = (select mappa_agency())
            and exists (select 1 from nominal n where n.id = nominal_id)));
create policy mapp_action_delete on mapp_action for delete using ((select mappa_scope()) = 'operator');
