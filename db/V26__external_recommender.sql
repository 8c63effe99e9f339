-- The external recommender (docs/external-recommender.md): one row per project that configured a service. The token
-- is sent only to that URL and never answered back; version grows with every change, so cached answers of an older
-- configuration are never used. The last_* columns and counters tell the lead how the service behaved.
create table external_recommender (
    project_id        bigint        not null,
    url               varchar(2000) not null,
    token             text,
    timeout_seconds   integer       not null default 3,
    version           bigint        not null default 1,
    updated_by        bigint,
    updated_at        timestamptz   not null default now(),
    calls             bigint        not null default 0,
    failures          bigint        not null default 0,
    dropped_spans     bigint        not null default 0,
    last_success_at   timestamptz,
    last_problem_key  varchar(64),
    last_problem_args text,
    last_problem_at   timestamptz,
    constraint external_recommender_pk primary key (project_id),
    constraint external_recommender_project_fk foreign key (project_id) references project (id) on delete cascade,
    constraint external_recommender_updated_by_fk foreign key (updated_by) references app_user (id) on delete set null,
    constraint external_recommender_timeout_ck check (timeout_seconds between 1 and 30),
    constraint external_recommender_counts_ck check (calls >= 0 and failures >= 0 and dropped_spans >= 0)
);
