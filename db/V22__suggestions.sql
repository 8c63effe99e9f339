-- Suggestions (issue 17). Suggestions themselves are computed on demand and never stored as spans; what is
-- stored is what an annotator refused, and which recommenders a lead switched on or off.

-- A suggestion an annotator rejected: never offered to them again for that place and label.
create table suggestion_rejection (
    document_id  bigint      not null constraint suggestion_rejection_document_fk references document (id) on delete cascade,
    annotator_id bigint      not null constraint suggestion_rejection_annotator_fk references app_user (id),
    start_offset int         not null,
    end_offset   int         not null,
    label        varchar(32) not null,
    rejected_at  timestamptz not null default now(),
    constraint suggestion_rejection_pk primary key (document_id, annotator_id, start_offset, end_offset, label),
    constraint suggestion_rejection_range_ck check (start_offset >= 0 and start_offset < end_offset)
);

-- A recommender's switch in a project; no row means its default (the string matcher is on by default).
create table recommender_setting (
    project_id  bigint      not null constraint recommender_setting_project_fk references project (id) on delete cascade,
    recommender varchar(32) not null,
    enabled     boolean     not null,
    updated_by  bigint      not null constraint recommender_setting_updated_by_fk references app_user (id),
    updated_at  timestamptz not null default now(),
    constraint recommender_setting_pk primary key (project_id, recommender),
    constraint recommender_setting_recommender_ck check (recommender in ('string'))
);
