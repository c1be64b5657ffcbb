-- A user's choice of e-mail reminders for their work list (issue 5, "My work"): the address and whether a daily
-- digest is wanted. Not case data (no person's details; the digest itself carries refs and counts only), so no
-- row-level security: the account's own pages and the digest job read it by username. The version refuses a
-- stale save (409).
create table work_reminder (
    username   text primary key references app_user (username) on delete cascade,
    email      text not null check (char_length(email) between 3 and 254),
    daily      boolean not null,
    version    int not null default 0,
    updated_at timestamptz not null
);
