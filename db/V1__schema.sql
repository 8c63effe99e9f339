-- Schema v1 of Tawsim. Every constraint is named so errors can be mapped to clear messages.
-- Offsets are Unicode code points into document.text (PostgreSQL's length() counts the same unit).

create table app_user (
    id            bigint generated always as identity constraint app_user_pk primary key,
    login         varchar(64)        not null constraint app_user_login_uk unique,
    password_hash varchar(200)        not null,
    display_name  varchar(200)        not null,
    system_role   varchar(16)        not null,
    ui_language   varchar(8)        not null default 'en',
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    constraint app_user_login_ck check (login ~ '^[A-Za-z0-9._@-]{2,64}$'),
    constraint app_user_display_name_ck check (length(display_name) between 1 and 200),
    constraint app_user_role_ck check (system_role in ('admin', 'lead', 'annotator', 'viewer')),
    constraint app_user_language_ck check (ui_language in ('en', 'ar'))
);

create table project (
    id          bigint generated always as identity constraint project_pk primary key,
    name        varchar(200) not null constraint project_name_uk unique,
    description text        not null default '',
    created_by  bigint      not null constraint project_created_by_fk references app_user (id),
    created_at  timestamptz not null default now(),
    constraint project_name_ck check (length(name) between 1 and 200)
);

create table label (
    project_id bigint not null constraint label_project_fk references project (id) on delete cascade,
    name       varchar(32) not null,
    colour     varchar(7) not null,
    hotkey     varchar(1),
    position   int    not null,
    constraint label_pk primary key (project_id, name),
    constraint label_name_ck check (name ~ '^[A-Z][A-Z0-9_-]{0,31}$'),
    constraint label_colour_ck check (colour ~ '^#[0-9a-f]{6}$'),
    constraint label_hotkey_ck check (hotkey is null or hotkey ~ '^[0-9a-z]$'),
    constraint label_hotkey_uk unique (project_id, hotkey)
);

create table project_member (
    project_id bigint      not null constraint project_member_project_fk references project (id) on delete cascade,
    user_id    bigint      not null constraint project_member_user_fk references app_user (id),
    role       varchar(16) not null,
    added_at   timestamptz not null default now(),
    constraint project_member_pk primary key (project_id, user_id),
    constraint project_member_role_ck check (role in ('lead', 'annotator', 'viewer'))
);

create table document (
    id          bigint generated always as identity constraint document_pk primary key,
    project_id  bigint      not null constraint document_project_fk references project (id) on delete cascade,
    external_id varchar(200) not null,
    title       varchar(500) not null,
    text        text        not null,
    sha256      varchar(64) not null,
    source_file varchar(500),
    language    varchar(16) not null default 'ar',
    direction   varchar(3) not null default 'rtl',
    created_at  timestamptz not null default now(),
    constraint document_external_id_uk unique (project_id, external_id),
    constraint document_project_uk unique (id, project_id),
    constraint document_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint document_direction_ck check (direction in ('rtl', 'ltr')),
    constraint document_text_ck check (length(text) > 0)
);

create table assignment (
    document_id  bigint      not null,
    project_id   bigint      not null,
    annotator_id bigint      not null,
    status       varchar(16) not null default 'new',
    assigned_at  timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    constraint assignment_pk primary key (document_id, annotator_id),
    constraint assignment_document_fk foreign key (document_id, project_id)
        references document (id, project_id) on delete cascade,
    constraint assignment_member_fk foreign key (project_id, annotator_id)
        references project_member (project_id, user_id),
    constraint assignment_status_ck check (status in ('new', 'in_progress', 'done'))
);

-- A span belongs to one source: an annotator (annotator_id set) or the gold layer (annotator_id null).
create table span (
    id           bigint generated always as identity constraint span_pk primary key,
    document_id  bigint      not null,
    project_id   bigint      not null,
    annotator_id bigint      constraint span_annotator_fk references app_user (id),
    start_offset int         not null,
    end_offset   int         not null,
    label        varchar(32) not null,
    version      int         not null default 1,
    created_by   bigint      not null constraint span_created_by_fk references app_user (id),
    created_at   timestamptz not null default now(),
    updated_by   bigint      not null constraint span_updated_by_fk references app_user (id),
    updated_at   timestamptz not null default now(),
    constraint span_document_fk foreign key (document_id, project_id)
        references document (id, project_id) on delete cascade,
    constraint span_label_fk foreign key (project_id, label) references label (project_id, name),
    constraint span_document_uk unique (id, document_id),
    constraint span_range_ck check (start_offset >= 0 and start_offset < end_offset),
    constraint span_version_ck check (version >= 1)
);
create unique index span_annotator_uk on span (document_id, annotator_id, start_offset, end_offset, label)
    where annotator_id is not null;
create unique index span_gold_uk on span (document_id, start_offset, end_offset, label)
    where annotator_id is null;

create table chain (
    id           bigint generated always as identity constraint chain_pk primary key,
    document_id  bigint      not null constraint chain_document_fk references document (id) on delete cascade,
    annotator_id bigint      constraint chain_annotator_fk references app_user (id),
    version      int         not null default 1,
    created_by   bigint      not null constraint chain_created_by_fk references app_user (id),
    created_at   timestamptz not null default now(),
    constraint chain_document_uk unique (id, document_id)
);

-- A span is a mention of at most one chain, of its own document.
create table chain_member (
    chain_id    bigint not null,
    span_id     bigint not null,
    document_id bigint not null,
    constraint chain_member_pk primary key (chain_id, span_id),
    constraint chain_member_span_uk unique (span_id),
    constraint chain_member_chain_fk foreign key (chain_id, document_id)
        references chain (id, document_id) on delete cascade,
    constraint chain_member_span_fk foreign key (span_id, document_id)
        references span (id, document_id) on delete cascade
);

-- Append-only history of every change (who, what, when); updates and deletes are refused below.
create table event_log (
    id          bigint generated always as identity constraint event_log_pk primary key,
    occurred_at timestamptz not null default now(),
    actor_id    bigint      constraint event_log_actor_fk references app_user (id),
    project_id  bigint,
    document_id bigint,
    kind        varchar(64) not null,
    payload     jsonb       not null default '{}'::jsonb,
    constraint event_log_kind_ck check (length(kind) between 1 and 64)
);
create index event_log_document_ix on event_log (document_id, id);

-- [jooq ignore start]
create function span_within_text() returns trigger language plpgsql as $$
declare
    text_length int;
begin
    select length(d.text) into text_length from document d where d.id = new.document_id;
    if new.end_offset > text_length then
        raise exception 'span end % is beyond the text length %', new.end_offset, text_length
            using errcode = '23514', constraint = 'span_within_text_ck';
    end if;
    return new;
end
$$;
create trigger span_within_text_tg before insert or update of start_offset, end_offset, document_id on span
    for each row execute function span_within_text();

create function event_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'event_log is append-only' using errcode = '42501', constraint = 'event_log_append_only_ck';
end
$$;
create trigger event_log_append_only_tg before update or delete on event_log
    for each row execute function event_log_append_only();

-- Offsets point into the text, so a stored text never changes; a new version is a new document.
create function document_text_immutable() returns trigger language plpgsql as $$
begin
    if new.text is distinct from old.text then
        raise exception 'document_text_immutable: the text of document % cannot change', old.id
            using errcode = '23514', constraint = 'document_text_immutable_ck';
    end if;
    return new;
end
$$;
create trigger document_text_immutable_tg before update of text on document
    for each row execute function document_text_immutable();
-- [jooq ignore stop]
