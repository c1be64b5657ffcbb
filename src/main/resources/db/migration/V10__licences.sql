-- Licences (domain/MAPPA.md §5.4): a person released from custody is on licence from its start to its end date
-- under the standard conditions (fixed by statute: org.mappahub.licence.StandardConditions) and the additional
-- conditions chosen from a maintained catalogue; a licence is varied on a date for a reason, and the variations
-- are kept.

-- The catalogue of additional conditions. Not case data (no row-level security); only system administrators
-- change it, through the application. Entries are retired, never deleted: licences refer to them.
create table licence_condition_type (
    code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    wording    text not null check (char_length(wording) between 1 and 1000),
    -- the parameters a condition of this type takes, each once, in the order the form asks for them
    parameters text[] not null default '{}' check (parameters <@ array['NAMED_PERSON', 'AGE', 'EXCLUSION_ZONE',
        'ADDRESS', 'HOURS', 'TEXT']::text[]),
    created_by text not null,
    created_at timestamptz not null,
    retired_by text,
    retired_at timestamptz,
    check ((retired_by is null) = (retired_at is null))
);

-- Retired, never deleted or rewritten: licences refer to an entry by its code and show its wording.
create function licence_condition_type_retire_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'licence_condition_type: an entry is retired, never deleted';
    end if;
    if new.code <> old.code or new.wording <> old.wording or new.parameters <> old.parameters
            or old.retired_at is not null then
        raise exception 'licence_condition_type: an entry changes only to be retired, once';
    end if;
    return new;
end $$;
create trigger licence_condition_type_retire_only before update or delete on licence_condition_type
    for each row execute function licence_condition_type_retire_only();

insert into licence_condition_type (code, wording, parameters, created_by, created_at) values
    ('NO_CONTACT_NAMED_PERSON', 'Not to approach or communicate with {NAMED_PERSON} without the prior approval of your supervising officer.', array['NAMED_PERSON'], 'migration:V10', now()),
    ('EXCLUSION_ZONE', 'Not to enter {EXCLUSION_ZONE} without the prior approval of your supervising officer.', array['EXCLUSION_ZONE'], 'migration:V10', now()),
    ('RESIDE_AS_DIRECTED', 'To reside at {ADDRESS}, or elsewhere as directed by your supervising officer, and not to move without their prior approval.', array['ADDRESS'], 'migration:V10', now()),
    ('NO_UNSUPERVISED_CONTACT_CHILDREN', 'Not to have unsupervised contact with any child under the age of {AGE} without the prior approval of your supervising officer.', array['AGE'], 'migration:V10', now()),
    ('NO_HOUSEHOLD_WITH_CHILD', 'Not to reside in or stay overnight in any household where a child under the age of {AGE} lives or is visiting, without the prior approval of your supervising officer.', array['AGE'], 'migration:V10', now()),
    ('NO_WORK_WITH_CHILDREN', 'Not to undertake work or organised activity, paid or unpaid, that involves a child under the age of {AGE}, without the prior approval of your supervising officer.', array['AGE'], 'migration:V10', now()),
    ('NO_COMPUTER_OR_INTERNET_PHONE', 'Not to own or use a computer, or a mobile phone or other device capable of accessing the internet, without the prior approval of your supervising officer.', '{}', 'migration:V10', now()),
    ('NOTIFY_RELATIONSHIPS', 'To notify your supervising officer of any developing intimate relationship.', '{}', 'migration:V10', now()),
    ('DISCLOSE_VEHICLES', 'To provide your supervising officer with the details of any vehicle you own, hire or have use of.', '{}', 'migration:V10', now()),
    ('CURFEW_ELECTRONIC_MONITORING', 'To be at {ADDRESS} between {HOURS} every day, monitored electronically.', array['ADDRESS', 'HOURS'], 'migration:V10', now()),
    ('ATTEND_APPOINTMENTS_TREATMENT', 'To attend all appointments arranged for you with {TEXT} and co-operate fully with any care or treatment they recommend.', array['TEXT'], 'migration:V10', now());

create table licence (
    id         bigserial primary key,
    nominal_id bigint not null references nominal (id) on delete cascade,
    starts_on  date not null,
    -- the licence end date: the last day on licence
    ends_on    date not null,
    -- the sentence the licence follows, in words ("4 years' imprisonment for robbery")
    sentence   text not null check (char_length(sentence) between 1 and 500),
    version    int not null default 0,
    created_by text not null,
    created_at timestamptz not null,
    updated_by text not null,
    updated_at timestamptz not null,
    check (ends_on > starts_on),
    -- what the child tables refer to: a licence together with its person, so that row-level security on a child
    -- row (which checks the child's nominal_id) can never be about another person's licence
    unique (id, nominal_id)
);
create index licence_nominal on licence (nominal_id, starts_on);

-- A variation of a licence: its date, why, and what it changed (conditions added and removed, the end date).
create table licence_variation (
    id         bigserial primary key,
    nominal_id bigint not null references nominal (id) on delete cascade,
    licence_id bigint not null,
    varied_on  date not null,
    reason     text not null check (char_length(reason) between 1 and 2000),
    changes    jsonb not null,
    created_by text not null,
    created_at timestamptz not null,
    foreign key (licence_id, nominal_id) references licence (id, nominal_id) on delete cascade,
    unique (id, nominal_id)
);
create index licence_variation_licence on licence_variation (licence_id, varied_on);

-- An additional condition of a licence: on the licence as issued (added_by_variation null) or added by a
-- variation; removed by a later one. The parameters are a JSON object keyed by parameter name.
create table licence_condition (
    id                   bigserial primary key,
    nominal_id           bigint not null references nominal (id) on delete cascade,
    licence_id           bigint not null,
    condition_code       text not null references licence_condition_type (code),
    parameters           jsonb not null default '{}'::jsonb check (jsonb_typeof(parameters) = 'object'),
    victim_requested     boolean not null default false,
    added_by_variation   bigint,
    removed_by_variation bigint,
    created_by           text not null,
    created_at           timestamptz not null,
    foreign key (licence_id, nominal_id) references licence (id, nominal_id) on delete cascade,
    foreign key (added_by_variation, nominal_id) references licence_variation (id, nominal_id),
    foreign key (removed_by_variation, nominal_id) references licence_variation (id, nominal_id)
);
create index licence_condition_licence on licence_condition (licence_id);

-- Row-level security exactly as V7 for the content tables.
do $$
declare
    t text;
begin
    foreach t in array array['licence', 'licence_variation', 'licence_condition'] loop
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
