-- Suggestions (issue 17), second part: every recommender has a switch, and what annotators did with suggestions
-- is counted per recommender and label, for the lead's acceptance rates.

alter table recommender_setting drop constraint recommender_setting_recommender_ck;
alter table recommender_setting add constraint recommender_setting_recommender_ck
    check (recommender in ('string', 'opennlp', 'external', 'predictions'));

-- One accepted or rejected suggestion. Accepting makes an ordinary span (undoing it does not remove this row: the
-- annotator did accept); a rejection is also remembered by place in suggestion_rejection.
create table suggestion_outcome (
    id           bigint generated always as identity constraint suggestion_outcome_pk primary key,
    project_id   bigint      not null constraint suggestion_outcome_project_fk references project (id) on delete cascade,
    document_id  bigint      not null constraint suggestion_outcome_document_fk references document (id) on delete cascade,
    annotator_id bigint      not null constraint suggestion_outcome_annotator_fk references app_user (id),
    recommender  varchar(32) not null,
    label        varchar(32) not null,
    accepted     boolean     not null,
    decided_at   timestamptz not null default now(),
    constraint suggestion_outcome_recommender_ck check (recommender in ('string', 'opennlp', 'external', 'predictions'))
);
create index suggestion_outcome_project_ix on suggestion_outcome (project_id, recommender);
