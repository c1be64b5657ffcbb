-- Search for people by name, alias, date of birth and PNC ID, built for national scale (1M people).
--
-- A similarity scan over every person's name is too slow at that scale (docs: ENGINEERING.md, "Measured
-- here"), so search works on selective candidate generation:
--   * nominal_name: one row per name a person is known by (own name and each alias) with its normalised
--     tokens and an inverted-index array `terms` of exact tokens ('t:smith'), double-metaphone keys
--     ('k:SM0') and given-name initials ('i:j'), GIN-indexed: every query token must hit the row's terms,
--     and the GIN index intersects those posting lists, whatever the order of given and family names;
--   * search_term: the dictionary of DISTINCT name tokens with a trigram index, used to expand a misspelt
--     query token into a handful of real names (it never scans people);
--   * an index on the canonical PNC ID, so the full and the short forms find the same person.
-- Everything here is kept in step by triggers, so every write path (importer, web, API) keeps it right.
create extension if not exists unaccent;

-- "O'Brien" -> "obrien", "Smith-Jones" -> "smith jones", "Siân" -> "sian": lower case, no accents, no
-- apostrophes, anything else that is not a letter separates tokens.
create function search_norm(s text) returns text
    language sql stable parallel safe
as $$
    select btrim(regexp_replace(
        regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(s, ''))),
                       '[''’‘`´]', '', 'g'),
        '[^a-z]+', ' ', 'g'))
$$;

create function search_tokens(s text) returns text[]
    language sql stable parallel safe
as $$
    select coalesce(array_agg(t order by o), '{}')
    from unnest(string_to_array(search_norm(s), ' ')) with ordinality as u(t, o)
    where t <> ''
$$;

-- The inverted-index terms of one name.
create function search_terms(family_tokens text[], given_tokens text[]) returns text[]
    language sql immutable parallel safe
as $$
    select coalesce(array_agg(distinct term), '{}') from (
        select 't:' || t as term from unnest(family_tokens || given_tokens) t
        union all
        select 'k:' || k from unnest(family_tokens || given_tokens) t,
               lateral (values (dmetaphone(t)), (dmetaphone_alt(t))) v(k)
        where k <> ''
        union all
        select 'i:' || left(t, 1) from unnest(given_tokens) t
    ) terms
$$;

-- "1999/0123456X" and "99/123456X" are the same PNC ID: two-digit year, number without leading zeros,
-- check letter in upper case.
create function search_pnc_key(p text) returns text
    language sql immutable parallel safe
as $$
    select case when m is null then null
                else right(m[1], 2) || '/' || coalesce(nullif(ltrim(m[2], '0'), ''), '0') || upper(m[3]) end
    from (select regexp_match(btrim(p), '^([0-9]{2}|[0-9]{4})/([0-9]{1,7})([A-Za-z])$') as m) s
$$;

create index nominal_pnc_key on nominal (search_pnc_key(pnc_id)) where pnc_id is not null;

create table nominal_name (
    nominal_id     bigint not null references nominal (id) on delete cascade,
    -- 0: the person's own name; n: the alias at position n - 1.
    name_index     int not null,
    family_name    text not null,
    given_names    text[] not null,
    family_tokens  text[] not null,
    given_tokens   text[] not null,
    -- "john paul smith": normalised, given names first, for similarity ranking.
    full_norm      text not null,
    -- The alias's own date of birth, or the person's.
    date_of_birth  date not null,
    terms          text[] not null,
    primary key (nominal_id, name_index)
);
create index nominal_name_terms on nominal_name using gin (terms);
create index nominal_name_dob on nominal_name (date_of_birth);

create table search_term (
    term text primary key
);
create index search_term_trgm on search_term using gin (term gin_trgm_ops);
create index search_term_prefix on search_term (term text_pattern_ops);

-- Rebuilds the search rows of the given people from nominal and nominal_alias.
create function nominal_name_refresh(ids bigint[]) returns void
    language plpgsql
as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    delete from nominal_name where nominal_id = any (ids);
    insert into nominal_name (nominal_id, name_index, family_name, given_names, family_tokens, given_tokens,
                              full_norm, date_of_birth, terms)
    select s.nominal_id, s.name_index, s.family_name, s.given_names, s.ft, s.gt,
           array_to_string(s.gt || s.ft, ' '), s.dob, search_terms(s.ft, s.gt)
    from (select n.id as nominal_id, 0 as name_index, n.family_name, n.given_names,
                 search_tokens(n.family_name) as ft, search_tokens(array_to_string(n.given_names, ' ')) as gt,
                 n.date_of_birth as dob
          from nominal n where n.id = any (ids)
          union all
          select a.nominal_id, a.position + 1, a.family_name, a.given_names,
                 search_tokens(a.family_name), search_tokens(array_to_string(a.given_names, ' ')),
                 coalesce(a.date_of_birth, n.date_of_birth)
          from nominal_alias a join nominal n on n.id = a.nominal_id
          where a.nominal_id = any (ids)) s
    where cardinality(s.ft) + cardinality(s.gt) > 0;
    -- The dictionary only grows: a name once seen stays a good spelling suggestion.
    insert into search_term (term)
    select distinct t from nominal_name nn, unnest(nn.family_tokens || nn.given_tokens) t
    where nn.nominal_id = any (ids)
    on conflict (term) do nothing;
end
$$;

create function nominal_name_on_nominal_insert() returns trigger language plpgsql as $$
begin
    perform nominal_name_refresh(array(select id from new_rows));
    return null;
end
$$;

create function nominal_name_on_nominal_update() returns trigger language plpgsql as $$
begin
    perform nominal_name_refresh(array(
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.family_name, n.given_names, n.date_of_birth) is distinct from
              (o.family_name, o.given_names, o.date_of_birth)));
    return null;
end
$$;

create function nominal_name_on_alias_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform nominal_name_refresh(array(select distinct nominal_id from old_rows));
    elsif tg_op = 'UPDATE' then
        perform nominal_name_refresh(array(select nominal_id from old_rows union select nominal_id from new_rows));
    else
        perform nominal_name_refresh(array(select distinct nominal_id from new_rows));
    end if;
    return null;
end
$$;

create trigger nominal_name_sync_insert after insert on nominal
    referencing new table as new_rows for each statement execute function nominal_name_on_nominal_insert();
create trigger nominal_name_sync_update after update on nominal
    referencing old table as old_rows new table as new_rows
    for each statement execute function nominal_name_on_nominal_update();
-- Deleting a person removes their rows through the foreign key's cascade.
create trigger nominal_name_sync_alias_insert after insert on nominal_alias
    referencing new table as new_rows for each statement execute function nominal_name_on_alias_change();
create trigger nominal_name_sync_alias_update after update on nominal_alias
    referencing old table as old_rows new table as new_rows
    for each statement execute function nominal_name_on_alias_change();
create trigger nominal_name_sync_alias_delete after delete on nominal_alias
    referencing old table as old_rows for each statement execute function nominal_name_on_alias_change();

-- People stored before this migration.
select nominal_name_refresh(array(select id from nominal));
