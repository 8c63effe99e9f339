-- merged_work: the finished annotators' work the curation merged (JSON list of {annotator, spans, chains}),
-- taken at Start curation and at each re-merge; the curation page compares it with their work now.
alter table curation add column merged_work jsonb;

-- not_applied: what accepting a chain candidate could not put into gold, and why
-- (JSON list of {start, end, label, reason}); null when everything was applied.
alter table curation_decision add column not_applied jsonb;
