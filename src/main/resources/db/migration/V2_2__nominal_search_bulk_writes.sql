-- Bulk imports keep search in step for a fraction of the cost (bench/import-rate.sh). Measured on
-- 20,000 generated nominals, the search rows were most of an import's time:
--
-- 1. With fastupdate off (V2_1) every name row goes into the GIN tree one key at a time: inserting 10,000
--    name rows (terms computed beforehand) took 690-730 ms, against 220-265 ms with a pending list of
--    128 kB that is merged in sorted runs whenever it fills. V2_1 turned it off because a search scans
--    the whole pending list, 4 MB by default (60 ms a lookup after a bulk load). Capped at 128 kB, the
--    list a search may meet is 1/32 of that; an import merges what is left as it ends
--    (nominal_search_merge_pending), and so does autovacuum.
alter index nominal_name_terms set (fastupdate = on, gin_pending_list_limit = 128);

-- Merging the pending list needs the index's owner: this runs as the owner, for the application's role.
create function nominal_search_merge_pending() returns bigint
    language sql volatile security definer
    set search_path = pg_catalog, public
as $$
    select gin_clean_pending_list('public.nominal_name_terms'::regclass)
$$;

-- 2. The statement-level triggers rebuild a person's search rows on each insert into nominal and again
--    on each insert into nominal_alias: a bulk insert of heads then aliases built every person with an
--    alias twice, and each JDBC batch (split by the driver into statements of up to 128 rows) ran the
--    rebuild once per statement. A writer of many records at once (Nominals.insertAll) may set
--    mappa.search_refresh to 'deferred' for the rest of its transaction, insert, set it back, and call
--    nominal_name_refresh once for all of them. Every other write path is unchanged: it is never set.
create or replace function nominal_name_on_nominal_insert() returns trigger language plpgsql as $$
begin
    if current_setting('mappa.search_refresh', true) = 'deferred' then
        return null;
    end if;
    perform nominal_name_refresh(array(select id from new_rows));
    return null;
end
$$;

create or replace function nominal_name_on_alias_change() returns trigger language plpgsql as $$
begin
    if current_setting('mappa.search_refresh', true) = 'deferred' and tg_op = 'INSERT' then
        return null;
    end if;
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
