-- A lead removes a member without losing their work: the membership row stays (their assignments, layers and
-- spans still count in agreement and exports, read-only) and removed_at says they may no longer open the project.
-- Adding the person again clears it and gives their work back to them.
alter table project_member add column removed_at timestamptz;
alter table project_member add column removed_by bigint constraint project_member_removed_by_fk references app_user (id);
