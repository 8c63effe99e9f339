-- Suggestions (issue 17), predictions import: a model's output, imported by a lead from a JSONL file and offered to
-- every annotator of the document as suggestions. Never spans: no layer, no export, no agreement reads this table.

create table suggestion_prediction (
    id           bigint           generated always as identity constraint suggestion_prediction_pk primary key,
    project_id   bigint           not null constraint suggestion_prediction_project_fk references project (id) on delete cascade,
    document_id  bigint           not null,
    start_offset int              not null,
    end_offset   int              not null,
    label        varchar(32)      not null,
    score        double precision not null,
    imported_at  timestamptz      not null default now(),
    imported_by  bigint           not null constraint suggestion_prediction_imported_by_fk references app_user (id),
    -- the document belongs to the project the prediction is stored for
    constraint suggestion_prediction_document_fk foreign key (document_id, project_id)
        references document (id, project_id) on delete cascade,
    constraint suggestion_prediction_place_uk unique (document_id, start_offset, end_offset, label),
    constraint suggestion_prediction_range_ck check (start_offset >= 0 and start_offset < end_offset),
    constraint suggestion_prediction_score_ck check (score >= 0 and score <= 1)
);
create index suggestion_prediction_project_ix on suggestion_prediction (project_id);
