-- Fix to V5: mappa_reads_content let anyone who could see a restricted record read its content, so a
-- duty-to-co-operate representative named on a restricted record could read its addresses, convictions,
-- custody, orders, events and area history at the database level, although AccessPolicy gives them the
-- shared parts only (identity, current category and level). Content is Responsible Authority staff's alone:
-- their own area's, another area's with a current stated reason, or a restricted record they are named on
-- (row-level security on nominal already hides a restricted record from everyone not named on it).
-- Category and level stay visible to a DTC representative through their own policies (category_span_read,
-- level_span_read).
create or replace function mappa_reads_content(nid bigint) returns boolean language sql stable as $$
    select exists (select 1 from nominal n where n.id = nid and mappa_scope() = 'ra' and (
        n.restricted
        or n.area_code = mappa_area()
        or exists (select 1 from access_grant g where g.nominal_id = n.id and g.username = mappa_user()
                                                  and g.expires_at > now())))
$$;
