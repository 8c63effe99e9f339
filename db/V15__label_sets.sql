-- A lead edits the project's label set: a display name per UI language and a short guideline for annotators.
alter table label add column display_en varchar(64);
alter table label add column display_ar varchar(64);
alter table label add column guideline varchar(500) not null default '';

-- Renaming a label renames it on every span that uses it, in the same statement.
alter table span drop constraint span_label_fk;
alter table span add constraint span_label_fk foreign key (project_id, label)
    references label (project_id, name) on update cascade;
