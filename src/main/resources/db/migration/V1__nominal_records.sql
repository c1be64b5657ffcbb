-- The nominal record: everything MCIF/1 carries. Runs as the owner role; the application role
-- (granted below) is neither owner nor superuser, so later migrations can add row-level security
-- and an insert-only audit trail.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create table area (
    code        text primary key check (code ~ '^[A-Z0-9_]+$' and code <> 'NATIONAL'),
    name        text not null,
    bcus        text[] not null default '{}',
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table area_population (
    area_code        text not null references area (code),
    mid_year         int not null,
    aged_10_and_over bigint not null check (aged_10_and_over >= 0),
    primary key (area_code, mid_year)
);

-- Numbers for refs of records created in the application: <AREA>-<number>.
create sequence nominal_ref_number start 1;

create table nominal (
    id              bigserial primary key,
    ref             text not null unique,
    area_code       text not null references area (code),
    bcu             text,
    family_name     text not null check (family_name <> ''),
    given_names     text[] not null default '{}',
    date_of_birth   date not null,
    gender          text,
    ethnicity       text,
    pnc_id          text,
    crn             text,
    prison_number   text,
    -- Optimistic locking: every change in the application increments it.
    version         int not null default 0,
    -- The version as left by the last import; a record whose version differs was changed in the
    -- application since, and an import must not overwrite it (MCIF/1 "ref").
    imported_version int,
    imported_at     timestamptz,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    updated_at      timestamptz not null default now(),
    updated_by      text not null
);
create index nominal_area on nominal (area_code);
create index nominal_pnc on nominal (pnc_id) where pnc_id is not null;
create index nominal_dob on nominal (date_of_birth);

create table nominal_alias (
    nominal_id    bigint not null references nominal (id) on delete cascade,
    position      int not null,
    family_name   text not null,
    given_names   text[] not null default '{}',
    date_of_birth date,
    primary key (nominal_id, position)
);

create table nominal_address (
    nominal_id bigint not null references nominal (id) on delete cascade,
    position   int not null,
    type       text not null,
    line1      text,
    town       text,
    postcode   text,
    from_date  date not null,
    to_date    date,
    primary key (nominal_id, position)
);

create table nominal_area_span (
    nominal_id bigint not null references nominal (id) on delete cascade,
    position   int not null,
    area_code  text not null references area (code),
    from_date  date not null,
    to_date    date,
    primary key (nominal_id, position)
);
create index nominal_area_span_area on nominal_area_span (area_code);

create table conviction (
    nominal_id        bigint not null references nominal (id) on delete cascade,
    position          int not null,
    conviction_date   date not null,
    offence           text not null,
    offence_kind      text not null,
    disposal          text not null,
    length_months     int,
    age_at_conviction int,
    primary key (nominal_id, position)
);

-- Category and level spans: statuses over time with who recorded each, when and why.
create table category_span (
    nominal_id  bigint not null references nominal (id) on delete cascade,
    position    int not null,
    category    smallint not null check (category between 1 and 3),
    from_date   date not null,
    to_date     date,
    recorded_by text not null,
    recorded_at timestamptz not null,
    reason      text,
    primary key (nominal_id, position),
    check (to_date is null or to_date > from_date)
);

create table level_span (
    nominal_id  bigint not null references nominal (id) on delete cascade,
    position    int not null,
    level       smallint not null check (level between 1 and 3),
    from_date   date not null,
    to_date     date,
    recorded_by text not null,
    recorded_at timestamptz not null,
    reason      text,
    primary key (nominal_id, position),
    check (to_date is null or to_date > from_date)
);

create table custody_span (
    nominal_id bigint not null references nominal (id) on delete cascade,
    position   int not null,
    kind       text not null,
    reason     text not null,
    order_type text,
    from_date  date not null,
    to_date    date,
    primary key (nominal_id, position)
);

create table civil_order (
    nominal_id                 bigint not null references nominal (id) on delete cascade,
    position                   int not null,
    type                       text not null,
    applied                    date,
    interim                    date,
    granted                    date,
    refused                    date,
    foreign_travel_restriction boolean,
    from_date                  date,
    to_date                    date,
    primary key (nominal_id, position)
);

create table nominal_event (
    nominal_id        bigint not null references nominal (id) on delete cascade,
    position          int not null,
    type              text not null,
    event_date        date not null,
    outcome           text,
    outcome_date      date,
    order_type        text,
    became_notifiable boolean,
    disclosed_to      text,
    authorised_by     text,
    primary key (nominal_id, position)
);

-- The application's role gets data rights only, on these tables and on every table later migrations
-- (run by this same owner) create.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute format('grant usage on schema public to %I', '${appRole}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${appRole}');
        execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', '${appRole}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${appRole}');
    end if;
end $$;
