-- A notification recorded with a mistake (the wrong date or kind) is corrected, never deleted: the row keeps a version
-- so that two corrections at once cannot overwrite each other, and who corrected it last. The audit trail holds every
-- earlier value (before and after).
alter table notification add column version int not null default 0;
alter table notification add column updated_by text;
alter table notification add column updated_at timestamptz;
