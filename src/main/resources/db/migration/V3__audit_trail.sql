-- The audit trail: append-only, hash-chained (docs/AUDIT.md).
-- The application's role may only insert and read; a trigger refuses updates, deletes and truncation
-- even from the owner (who can only get round it by disabling the trigger, which `audit verify` then
-- exposes through the broken chain).
create table audit_entry (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    action    text not null,
    subject   text,
    details   text,
    reason    text,
    prev_hash char(64) not null,
    hash      char(64) not null unique
);

create index audit_entry_subject_idx on audit_entry (subject, action, id);

-- The default privileges set in V1 gave the application's role update and delete too: take them back.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') and '${appRole}' <> current_user then
        execute format('revoke all on audit_entry from %I', '${appRole}');
        execute format('grant select, insert on audit_entry to %I', '${appRole}');
        execute format('grant usage on sequence audit_entry_id_seq to %I', '${appRole}');
    end if;
end $$;

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
