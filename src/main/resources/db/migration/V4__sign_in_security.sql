-- Sign-in security: lockout with back-off after failed sign-ins, and the TOTP second factor.
alter table app_user
    add column failed_attempts integer not null default 0 check (failed_attempts >= 0),
    add column locked_until    timestamptz,
    -- RFC 4648 base32 TOTP secret; null until the user has enrolled.
    add column totp_secret     text,
    -- The last RFC 6238 time step accepted for this user: only a later step may be accepted (no replay).
    add column totp_last_step  bigint;
