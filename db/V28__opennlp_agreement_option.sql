-- The OpenNLP recommender may also learn from documents all their annotators agree on, if a lead allows it
-- (issue 17). No row: curated gold only.
create table opennlp_option (
    project_id         bigint      not null constraint opennlp_option_pk primary key
                                   constraint opennlp_option_project_fk references project (id) on delete cascade,
    train_on_agreement boolean     not null,
    updated_by         bigint      not null constraint opennlp_option_updated_by_fk references app_user (id),
    updated_at         timestamptz not null default now()
);
