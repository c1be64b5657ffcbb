-- Personal API tokens (docs/API.md). A signed-in user who has passed the second sign-in step creates one on
-- /account/api-tokens; the API accepts it as "Authorization: Bearer mappa_...". Only the SHA-256 of the token is
-- stored: the value is shown once and cannot be recovered from the database. A token works until it expires or
-- is revoked, and only while its account is enabled and not locked (checked on every request).
create table api_token (
    id           bigserial primary key,
    username     text not null references app_user (username) on update cascade on delete cascade,
    name         text not null check (char_length(name) between 1 and 100),
    -- Lower-case hex SHA-256 of the whole token string, prefix included.
    token_hash   char(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    check (expires_at > created_at)
);

create index api_token_username_idx on api_token (username, created_at);
