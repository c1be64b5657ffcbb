-- Users who sign in. Passwords are stored as DelegatingPasswordEncoder hashes ({argon2}...).
create table app_user (
    id            bigserial primary key,
    username      text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name  text not null,
    password_hash text not null,
    role          text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);
