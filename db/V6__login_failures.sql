-- Failed logins per account and per remote address, shared by every app instance behind a load balancer
-- (kept in memory, each instance counted on its own and an attacker got the limit once per instance).
-- A row lives from the first failure until its count window and any lock have run out; then it is deleted.
create table login_failure (
    scope           varchar(16)  not null,
    subject         varchar(320) not null,
    failures        integer      not null,
    first_failed_at timestamptz  not null,
    locked_until    timestamptz,
    constraint login_failure_pk primary key (scope, subject),
    constraint login_failure_scope_ck check (scope in ('account', 'address')),
    constraint login_failure_failures_ck check (failures >= 1)
);
-- Finding expired rows for the clean-up without reading the whole table.
create index login_failure_first_failed_ix on login_failure (first_failed_at);
