-- Organisations (areas, agencies, the people in them) and the need-to-know access model (docs/SECURITY.md):
-- restricted records, other-area access with a stated reason, sharing with duty-to-co-operate agencies,
-- victim access grants, and PostgreSQL row-level security as the last line behind the application's policy.

-- The 42 MAPPA areas of England and Wales (MCIF/1 codes). An import may rename them or add its own.
insert into area (code, name) values
    ('AVON_AND_SOMERSET', 'Avon and Somerset'), ('BEDFORDSHIRE', 'Bedfordshire'),
    ('CAMBRIDGESHIRE', 'Cambridgeshire'), ('CHESHIRE', 'Cheshire'), ('CLEVELAND', 'Cleveland'),
    ('CUMBRIA', 'Cumbria'), ('DERBYSHIRE', 'Derbyshire'), ('DEVON_AND_CORNWALL', 'Devon and Cornwall'),
    ('DORSET', 'Dorset'), ('DURHAM', 'Durham'), ('DYFED_POWYS', 'Dyfed-Powys'), ('ESSEX', 'Essex'),
    ('GLOUCESTERSHIRE', 'Gloucestershire'), ('GREATER_MANCHESTER', 'Greater Manchester'), ('GWENT', 'Gwent'),
    ('HAMPSHIRE', 'Hampshire'), ('HERTFORDSHIRE', 'Hertfordshire'), ('HUMBERSIDE', 'Humberside'),
    ('KENT', 'Kent'), ('LANCASHIRE', 'Lancashire'), ('LEICESTERSHIRE', 'Leicestershire'),
    ('LINCOLNSHIRE', 'Lincolnshire'), ('LONDON', 'London'), ('MERSEYSIDE', 'Merseyside'), ('NORFOLK', 'Norfolk'),
    ('NORTH_WALES', 'North Wales'), ('NORTH_YORKSHIRE', 'North Yorkshire'),
    ('NORTHAMPTONSHIRE', 'Northamptonshire'), ('NORTHUMBRIA', 'Northumbria'),
    ('NOTTINGHAMSHIRE', 'Nottinghamshire'), ('SOUTH_WALES', 'South Wales'), ('SOUTH_YORKSHIRE', 'South Yorkshire'),
    ('STAFFORDSHIRE', 'Staffordshire'), ('SUFFOLK', 'Suffolk'), ('SURREY', 'Surrey'), ('SUSSEX', 'Sussex'),
    ('THAMES_VALLEY', 'Thames Valley'), ('WARWICKSHIRE', 'Warwickshire'), ('WEST_MERCIA', 'West Mercia'),
    ('WEST_MIDLANDS', 'West Midlands'), ('WEST_YORKSHIRE', 'West Yorkshire'), ('WILTSHIRE', 'Wiltshire')
on conflict (code) do nothing;

-- An agency in one area. Its type decides its kind (Responsible Authority, duty to co-operate, voluntary):
-- see org.mappahub.access.AgencyType.
create table agency (
    id         bigserial primary key,
    area_code  text not null references area (code),
    name       text not null check (btrim(name) <> ''),
    type       text not null check (type in ('POLICE', 'PROBATION', 'PRISON', 'CHILDRENS_SERVICES',
        'ADULT_SOCIAL_CARE', 'HEALTH', 'MENTAL_HEALTH', 'YOUTH_OFFENDING', 'HOUSING', 'EDUCATION',
        'JOBCENTRE_PLUS', 'IMMIGRATION_ENFORCEMENT', 'ELECTRONIC_MONITORING', 'VOLUNTARY')),
    created_at timestamptz not null default now(),
    unique (area_code, name)
);

-- Every user belongs to one agency in one area (the agency's). Accounts made before this migration have
-- none until an administrator sets it, and until then see no case.
alter table app_user
    add column agency_id bigint references agency (id),
    add column version   int not null default 0,
    add constraint app_user_role check (role in ('PRACTITIONER', 'COORDINATOR', 'CHAIR', 'MINUTE_TAKER',
        'VICTIM_LIAISON_OFFICER', 'DTC_REPRESENTATIVE', 'BOARD_MEMBER', 'AUDITOR', 'SYSTEM_ADMINISTRATOR'));
create index app_user_agency on app_user (agency_id);

-- Restricted records (high-profile people, staff as offenders, protected persons): named users only.
alter table nominal add column restricted boolean not null default false;
create table restricted_access (
    nominal_id bigint not null references nominal (id) on delete cascade,
    username   text not null references app_user (username),
    named_by   text not null,
    named_at   timestamptz not null,
    primary key (nominal_id, username)
);

-- Another area's record, seen after the user stated why, until expires_at.
create table access_grant (
    id         bigserial primary key,
    nominal_id bigint not null references nominal (id) on delete cascade,
    username   text not null references app_user (username),
    reason     text not null check (length(btrim(reason)) >= 10),
    granted_at timestamptz not null,
    expires_at timestamptz not null check (expires_at > granted_at)
);
create index access_grant_lookup on access_grant (nominal_id, username, expires_at);

-- A duty-to-co-operate or voluntary agency brought into a case: invited to a meeting, assigned an action,
-- or shared explicitly. Its staff then see the shared parts of the record only.
create table case_share (
    id         bigserial primary key,
    nominal_id bigint not null references nominal (id) on delete cascade,
    agency_id  bigint not null references agency (id),
    basis      text not null check (basis in ('MEETING_INVITATION', 'ACTION_ASSIGNED', 'EXPLICIT')),
    reason     text not null check (btrim(reason) <> ''),
    shared_by  text not null,
    shared_at  timestamptz not null,
    ends_at    timestamptz,
    revoked_by text,
    revoked_at timestamptz
);
create index case_share_lookup on case_share (nominal_id, agency_id) where revoked_at is null;

-- Users a case explicitly lets see its victims' details (victim liaison officers see them anyway).
create table victim_access (
    nominal_id bigint not null references nominal (id) on delete cascade,
    username   text not null references app_user (username),
    granted_by text not null,
    granted_at timestamptz not null,
    primary key (nominal_id, username)
);

-- The canonical PNC ID as a column: row-level security lets the planner use an index only for quals it
-- can prove leak nothing, which an expression over a column (search_pnc_key(pnc_id)) is not.
alter table nominal add column pnc_key text generated always as (search_pnc_key(pnc_id)) stored;
create index nominal_pnc_key_column on nominal (pnc_key) where pnc_key is not null;
drop index nominal_pnc_key;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security. The application sets, transaction-locally (set_config(..., true)), either
-- mappa.user (the signed-in user) or mappa.operator = 'on' (a command run by the installation's
-- operator); pooled connections therefore carry nothing from one transaction into the next, and a
-- transaction that set neither sees no case at all. Everything else about the viewer is read here from
-- app_user and agency. This is a coarse copy of org.mappahub.access.AccessPolicy, which decides the parts
-- of a record; the database only makes sure no query can return a row the policy would never show.
-- ---------------------------------------------------------------------------------------------------
create function mappa_user() returns text language sql stable as $$
    select nullif(current_setting('mappa.user', true), '')
$$;

-- 'operator', 'ra' (Responsible Authority staff who read cases), 'dtc' (duty-to-co-operate and voluntary
-- agency representatives) or 'none' (board members, auditors, administrators, nobody).
create function mappa_scope() returns text language sql stable as $$
    select case
        when current_setting('mappa.operator', true) = 'on' then 'operator'
        when a.type in ('POLICE', 'PROBATION', 'PRISON')
             and u.role in ('PRACTITIONER', 'COORDINATOR', 'CHAIR', 'MINUTE_TAKER', 'VICTIM_LIAISON_OFFICER') then 'ra'
        when a.type not in ('POLICE', 'PROBATION', 'PRISON') and u.role = 'DTC_REPRESENTATIVE' then 'dtc'
        else 'none' end
    from (select 1) one
    left join app_user u on u.username = mappa_user() and u.enabled
    left join agency a on a.id = u.agency_id
$$;

create function mappa_area() returns text language sql stable as $$
    select a.area_code from app_user u join agency a on a.id = u.agency_id
    where u.username = mappa_user() and u.enabled
$$;

create function mappa_agency() returns bigint language sql stable as $$
    select u.agency_id from app_user u where u.username = mappa_user() and u.enabled
$$;

alter table nominal enable row level security;
alter table nominal force row level security;

-- Which people exist for the viewer. Responsible Authority staff find unrestricted people nationally (a
-- search shows name, date of birth and area; the record itself needs the content rules below).
create policy nominal_visible on nominal for select using (
    (select mappa_scope()) = 'operator'
    or case when nominal.restricted then
            (select mappa_scope()) in ('ra', 'dtc')
            and exists (select 1 from restricted_access r
                        where r.nominal_id = nominal.id and r.username = (select mappa_user()))
        else (select mappa_scope()) = 'ra'
            or ((select mappa_scope()) = 'dtc'
                and exists (select 1 from case_share s
                            where s.nominal_id = nominal.id and s.agency_id = (select mappa_agency())
                              and s.revoked_at is null and (s.ends_at is null or s.ends_at > now())))
        end);
create policy nominal_insert on nominal for insert with check (
    (select mappa_scope()) = 'operator'
    or ((select mappa_scope()) = 'ra' and area_code = (select mappa_area()) and not restricted));
create policy nominal_update on nominal for update
    using ((select mappa_scope()) = 'operator' or ((select mappa_scope()) = 'ra' and area_code = (select mappa_area())))
    with check ((select mappa_scope()) = 'operator' or ((select mappa_scope()) = 'ra' and area_code = (select mappa_area())));
create policy nominal_delete on nominal for delete using ((select mappa_scope()) = 'operator');

-- Whether the viewer may read the content of a visible person's record: their own area's, one they
-- stated a reason for (until it expires), or a restricted one they are named on.
create function mappa_reads_content(nid bigint) returns boolean language sql stable as $$
    select exists (select 1 from nominal n where n.id = nid and (
        n.restricted
        or (mappa_scope() = 'ra' and (n.area_code = mappa_area()
            or exists (select 1 from access_grant g where g.nominal_id = n.id and g.username = mappa_user()
                                                      and g.expires_at > now())))))
$$;

-- Whether the viewer may change a person's record: Responsible Authority staff of its own area.
create function mappa_writes_content(nid bigint) returns boolean language sql stable as $$
    select exists (select 1 from nominal n where n.id = nid and mappa_scope() = 'ra' and n.area_code = mappa_area())
$$;

do $$
declare
    t text;
begin
    -- The record's content: own area, stated reason or named on a restricted record.
    foreach t in array array['nominal_address', 'nominal_area_span', 'conviction', 'custody_span',
                             'civil_order', 'nominal_event'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I for select using (
            (select mappa_scope()) = 'operator' or mappa_reads_content(nominal_id))$p$, t || '_read', t);
    end loop;
    -- Aliases belong to the identity summary: they follow the person's visibility.
    alter table nominal_alias enable row level security;
    alter table nominal_alias force row level security;
    create policy nominal_alias_read on nominal_alias for select using (
        (select mappa_scope()) = 'operator' or exists (select 1 from nominal n where n.id = nominal_id));
    -- Category and level are also what a shared agency sees (the application shows it the current spans only).
    foreach t in array array['category_span', 'level_span'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I for select using (
            (select mappa_scope()) = 'operator' or mappa_reads_content(nominal_id)
            or ((select mappa_scope()) = 'dtc' and exists (select 1 from nominal n where n.id = nominal_id)))$p$,
            t || '_read', t);
    end loop;
    foreach t in array array['nominal_address', 'nominal_area_span', 'conviction', 'custody_span',
                             'civil_order', 'nominal_event', 'nominal_alias', 'category_span', 'level_span'] loop
        execute format($p$create policy %I on %I for insert with check (
            (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$, t || '_insert', t);
        execute format($p$create policy %I on %I for update using (
            (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$, t || '_update', t);
        execute format($p$create policy %I on %I for delete using (
            (select mappa_scope()) = 'operator' or mappa_writes_content(nominal_id))$p$, t || '_delete', t);
    end loop;
end $$;
