-- The project-trained name finder behind the "opennlp" suggestions: one row per project and recommender, written
-- by each training. The model (OpenNLP's own format) and its held-out evaluation are replaced together, so the
-- figures shown always belong to the model in use. state/message/started_at/finished_at describe the last training.
create table recommender_model (
    project_id          bigint       not null,
    recommender         varchar(32)  not null,
    state               varchar(16)  not null,
    message             text,
    model               bytea,
    evaluation          jsonb,
    documents           integer      not null default 0,
    training_documents  integer      not null default 0,
    held_out_documents  integer      not null default 0,
    started_at          timestamptz,
    finished_at         timestamptz,
    trained_at          timestamptz,
    constraint recommender_model_pk primary key (project_id, recommender),
    constraint recommender_model_project_fk foreign key (project_id) references project (id) on delete cascade,
    constraint recommender_model_state_ck check (state in ('idle', 'training', 'failed')),
    constraint recommender_model_documents_ck check (documents >= 0 and training_documents >= 0 and held_out_documents >= 0)
);
