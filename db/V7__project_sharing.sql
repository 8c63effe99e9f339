-- Blind annotation is the rule; a lead may open it up so that annotators assigned to the same document see
-- each other's annotations, read-only (never gold). Off for every project until a lead turns it on.
alter table project add column annotators_see_each_other boolean not null default false;
