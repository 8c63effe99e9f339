-- Personal API tokens: scripts call /api/** with "Authorization: Bearer <token>" and the owner's rights.
-- Only the SHA-256 of a token is stored; the token itself is shown once, when it is created.
create table api_token (
    id           bigint generated always as identity constraint api_token_pk primary key,
    user_id      bigint       not null constraint api_token_user_fk references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null constraint api_token_hash_uk unique,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_token_name_ck check (length(name) between 1 and 100),
    constraint api_token_hash_ck check (token_hash ~ '^[0-9a-f]{64}$')
);
create index api_token_user_ix on api_token (user_id, id);
