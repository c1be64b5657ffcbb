-- Fix to V5: an UPDATE that reads no column (no WHERE, no RETURNING) is checked against the UPDATE policy only,
-- not the SELECT policy, so `update nominal set ... ` by Responsible Authority staff changed the restricted
-- records of their area that they are not named on and cannot see. The UPDATE policy now hides a restricted
-- record from everyone not named on it, as the SELECT policy does. (Content tables were not affected: their
-- write policies ask mappa_writes_content, whose look-up of nominal is itself under the SELECT policy.)
drop policy nominal_update on nominal;
create policy nominal_update on nominal for update
    using ((select mappa_scope()) = 'operator'
           or ((select mappa_scope()) = 'ra' and area_code = (select mappa_area())
               and (not restricted
                    or exists (select 1 from restricted_access r
                               where r.nominal_id = nominal.id and r.username = (select mappa_user())))))
    with check ((select mappa_scope()) = 'operator'
                or ((select mappa_scope()) = 'ra' and area_code = (select mappa_area())));
