-- The minutes of a MAPP meeting (the MAPPA C record, domain/MAPPA.md §4.3 and §8): attendance, the confidentiality
-- statement, the offender's contribution, the risk assessment summary, the risk management plan under its four
-- headings plus contingency, disclosure decisions, dissent and the next review date. One row per edition: edition 1
-- is drafted after (or on the day of) the meeting; a correction of approved minutes is a new edition with its reason,
-- the earlier editions kept. Approved editions are never changed again (the application refuses; they are locked).
create table mapp_minutes (
    id                          bigserial primary key,
    meeting_id                  bigint not null references mapp_meeting (id) on delete cascade,
    nominal_id                  bigint not null references nominal (id) on delete cascade,
    edition                     int not null check (edition >= 1),
    status                      text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    -- what the meeting was, kept with the minutes: an invited agency reads the minutes, never mapp_meeting itself
    meeting_date                date not null,
    level                       int not null check (level in (2, 3)),
    chair                       text not null,
    attendance                  text[] not null default '{}',
    confidentiality_read        boolean,
    offender_contribution       text check (char_length(offender_contribution) <= 4000),
    risk_children               text check (risk_children in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    risk_public                 text check (risk_public in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    risk_known_adult            text check (risk_known_adult in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    risk_staff                  text check (risk_staff in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    risk_prisoners              text check (risk_prisoners in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    who_at_risk                 text check (char_length(who_at_risk) <= 4000),
    triggers                    text check (char_length(triggers) <= 4000),
    protective_factors          text check (char_length(protective_factors) <= 4000),
    supervision                 text check (char_length(supervision) <= 4000),
    monitoring_and_control      text check (char_length(monitoring_and_control) <= 4000),
    interventions_and_treatment text check (char_length(interventions_and_treatment) <= 4000),
    victim_safety_planning      text check (char_length(victim_safety_planning) <= 4000),
    contingency                 text check (char_length(contingency) <= 4000),
    dissent                     text check (char_length(dissent) <= 4000),
    dissent_resolution          text check (char_length(dissent_resolution) <= 4000),
    next_review_date            date,
    correction_reason           text check (char_length(correction_reason) <= 2000),
    submitted_by                text,
    submitted_at                timestamptz,
    approved_by                 text,
    approved_at                 timestamptz,
    distributed_by              text,
    distributed_at              timestamptz,
    version                     int not null default 0,
    created_by                  text not null,
    created_at                  timestamptz not null,
    updated_by                  text not null,
    updated_at                  timestamptz not null,
    unique (meeting_id, edition),
    check ((edition = 1) = (correction_reason is null)),
    check ((status = 'APPROVED') = (approved_at is not null)),
    check (distributed_at is null or status = 'APPROVED')
);
create index mapp_minutes_nominal on mapp_minutes (nominal_id, meeting_date);
-- the work list: minutes waiting for approval or distribution, area-wide
create index mapp_minutes_open on mapp_minutes (status, meeting_date) where distributed_at is null;

-- Disclosure decisions (MAPPA.md §8): what, to whom, why, who authorised it, whether the offender was told or
-- consented, and when it was done (null: not yet).
create table mapp_minutes_disclosure (
    id            bigserial primary key,
    minutes_id    bigint not null references mapp_minutes (id) on delete cascade,
    nominal_id    bigint not null references nominal (id) on delete cascade,
    position      int not null,
    what          text not null check (char_length(what) between 1 and 4000),
    to_whom       text not null check (char_length(to_whom) between 1 and 200),
    why           text not null check (char_length(why) between 1 and 4000),
    authorised_by text not null check (char_length(authorised_by) between 1 and 200),
    offender      text not null check (offender in ('TOLD', 'CONSENTED', 'NOT_TOLD')),
    disclosed_on  date,
    unique (minutes_id, position)
);
create index mapp_minutes_disclosure_nominal on mapp_minutes_disclosure (nominal_id);

-- Whom the approved minutes were sent to (the distribution time is the minutes' distributed_at).
create table mapp_minutes_recipient (
    id         bigserial primary key,
    minutes_id bigint not null references mapp_minutes (id) on delete cascade,
    nominal_id bigint not null references nominal (id) on delete cascade,
    name       text not null check (char_length(name) between 1 and 300)
);
create index mapp_minutes_recipient_minutes on mapp_minutes_recipient (minutes_id);
create index mapp_minutes_recipient_nominal on mapp_minutes_recipient (nominal_id);

-- Row-level security. Responsible Authority staff as V16 (mappa_reads_content / mappa_writes_content). A
-- duty-to-co-operate or voluntary agency's representative reads the APPROVED minutes of the meetings its agency was
-- invited to, of a person it can see (row-level security on nominal: a current share, or named on a restricted
-- record) -- and nothing else: not drafts, not other meetings' minutes, never writes.
do $$
declare
    t text;
begin
    foreach t in array array['mapp_minutes', 'mapp_minutes_disclosure', 'mapp_minutes_recipient'] loop
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

-- An agency's own invitations: a DTC representative sees the invitation rows of its own agency (which meetings it
-- was invited to, of people it can see), not the other agencies invited. This is what the minutes policy keys on.
create policy mapp_meeting_invitation_own_agency on mapp_meeting_invitation for select using (
    (select mappa_scope()) = 'dtc' and agency_id = (select mappa_agency())
    and exists (select 1 from nominal n where n.id = nominal_id));

create policy mapp_minutes_invited_agency on mapp_minutes for select using (
    (select mappa_scope()) = 'dtc' and status = 'APPROVED'
    and exists (select 1 from mapp_meeting_invitation i
                 where i.meeting_id = mapp_minutes.meeting_id and i.agency_id = (select mappa_agency()))
    and exists (select 1 from nominal n where n.id = nominal_id));
create policy mapp_minutes_disclosure_invited_agency on mapp_minutes_disclosure for select using (
    (select mappa_scope()) = 'dtc' and exists (select 1 from mapp_minutes m where m.id = minutes_id));
create policy mapp_minutes_recipient_invited_agency on mapp_minutes_recipient for select using (
    (select mappa_scope()) = 'dtc' and exists (select 1 from mapp_minutes m where m.id = minutes_id));

-- The case's current risk management plan: the plan in the latest approved minutes (by meeting date, then edition),
-- written when minutes are approved. Kept as its own row because the plan is a shared part of the record
-- (docs/SECURITY.md): an agency the case is shared with reads the current plan even when it was not invited to the
-- meeting that made it, but never those minutes.
create table risk_management_plan (
    nominal_id                  bigint primary key references nominal (id) on delete cascade,
    minutes_id                  bigint not null references mapp_minutes (id) on delete cascade,
    meeting_date                date not null,
    edition                     int not null,
    approved_at                 timestamptz not null,
    supervision                 text,
    monitoring_and_control      text,
    interventions_and_treatment text,
    victim_safety_planning      text,
    contingency                 text,
    next_review_date            date
);
alter table risk_management_plan enable row level security;
alter table risk_management_plan force row level security;
create policy risk_management_plan_read on risk_management_plan for select using (
    (select mappa_scope()) = 'operator' or mappa_reads_content(nominal_id)
    or ((select mappa_scope()) = 'dtc' and exists (select 1 from nominal n where n.id = nominal_id)));
create policy risk_management_plan_insert on risk_management_plan for insert with check (
    (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id));
create policy risk_management_plan_update on risk_management_plan for update using (
    (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id));
create policy risk_management_plan_delete on risk_management_plan for delete using (
    (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id));
