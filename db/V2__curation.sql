-- Curation: a lead adjudicates the annotators of a document into its gold layer (annotation_layer with
-- annotator_id null). The pre-merge's open decisions are kept with their candidates until the lead decides.

create table curation (
    document_id bigint      not null,
    project_id  bigint      not null,
    rule        varchar(16) not null,
    status      varchar(16) not null default 'in_progress',
    started_by  bigint      not null constraint curation_started_by_fk references app_user (id),
    started_at  timestamptz not null default now(),
    curated_by  bigint      constraint curation_curated_by_fk references app_user (id),
    curated_at  timestamptz,
    constraint curation_pk primary key (document_id),
    constraint curation_document_fk foreign key (document_id, project_id)
        references document (id, project_id) on delete cascade,
    constraint curation_rule_ck check (rule in ('unanimous', 'majority')),
    constraint curation_status_ck check (status in ('in_progress', 'curated'))
);
create index curation_project_ix on curation (project_id, status);

-- candidates: JSON list of {span: {start, end, label} | null, chains: [[{start, end}, ...], ...], supporters: [login, ...]}
create table curation_decision (
    id           bigint generated always as identity constraint curation_decision_pk primary key,
    document_id  bigint      not null constraint curation_decision_curation_fk references curation (document_id) on delete cascade,
    position     int         not null,
    kind         varchar(24) not null,
    start_offset int         not null,
    end_offset   int         not null,
    annotators   int         not null,
    candidates   jsonb       not null,
    outcome      varchar(16),
    chosen       int,
    decided_by   bigint      constraint curation_decision_decided_by_fk references app_user (id),
    decided_at   timestamptz,
    constraint curation_decision_position_uk unique (document_id, position),
    constraint curation_decision_kind_ck check (kind in ('MISSING_SPAN', 'BOUNDARY_MISMATCH', 'LABEL_MISMATCH', 'CHAIN_MISMATCH')),
    constraint curation_decision_outcome_ck check (outcome is null or outcome in ('accepted', 'rejected', 'edited')),
    constraint curation_decision_chosen_ck check (chosen is null or outcome = 'accepted')
);
