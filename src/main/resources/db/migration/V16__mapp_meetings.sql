-- MAPP meetings of a person managed at level 2 or 3 (domain/MAPPA.md §4.3): scheduling, invitations, attendance.
-- Minutes, the risk management plan and actions come later and hang off mapp_meeting.
create table mapp_meeting (
    id            bigserial primary key,
    nominal_id    bigint not null references nominal (id) on delete cascade,
    kind          text not null check (kind in ('INITIAL', 'REVIEW')),
    level         int not null check (level in (2, 3)),
    starts_at     timestamp not null,   -- local (UK) date and time of the meeting
    place         text check (place is null or char_length(place) <= 200),
    virtual       boolean not null default false,
    chair         text not null,
    status        text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    cancel_reason text check (cancel_reason is null or char_length(cancel_reason) <= 2000),
    version       int not null default 0,
    created_by    text not null,
    created_at    timestamptz not null,
    updated_by    text not null,
    updated_at    timestamptz not null,
    check (virtual or place is not null),
    check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index mapp_meeting_nominal on mapp_meeting (nominal_id, starts_at);
-- the co-ordinator's page: the area's meetings in the coming weeks (joined to nominal by area)
create index mapp_meeting_upcoming on mapp_meeting (starts_at, nominal_id) where status = 'SCHEDULED';

create table mapp_meeting_invitation (
    id          bigserial primary key,
    meeting_id  bigint not null references mapp_meeting (id) on delete cascade,
    nominal_id  bigint not null references nominal (id) on delete cascade,
    agency_id   bigint not null references agency (id),
    attendance  text check (attendance is null or attendance in ('ATTENDED', 'APOLOGIES_WITH_REPORT', 'APOLOGIES',
        'DID_NOT_ATTEND')),
    created_by  text not null,
    created_at  timestamptz not null,
    updated_by  text not null,
    updated_at  timestamptz not null,
    unique (meeting_id, agency_id)
);
create index mapp_meeting_invitation_nominal on mapp_meeting_invitation (nominal_id);

-- "Dial-in" participants from other areas: kept as text, they are not this area's agencies or users.
create table mapp_meeting_dial_in (
    id         bigserial primary key,
    meeting_id bigint not null references mapp_meeting (id) on delete cascade,
    nominal_id bigint not null references nominal (id) on delete cascade,
    name       text not null check (char_length(name) between 1 and 200),
    agency     text not null check (char_length(agency) between 1 and 200),
    area       text not null check (char_length(area) between 1 and 200),
    created_by text not null,
    created_at timestamptz not null
);
create index mapp_meeting_dial_in_meeting on mapp_meeting_dial_in (meeting_id);
create index mapp_meeting_dial_in_nominal on mapp_meeting_dial_in (nominal_id);

-- Row-level security exactly as V7: Responsible Authority staff only. An invited duty-to-co-operate agency sees the
-- case's shared parts through the share the invitation made, but nothing of these tables (docs/SECURITY.md).
do $$
declare
    t text;
begin
    foreach t in array array['mapp_meeting', 'mapp_meeting_invitation', 'mapp_meeting_dial_in'] loop
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
