-- Exports (and agreement) read the chains of a page of documents: without an index on the document each
-- page scanned every chain of every project, so large exports slowed down with the size of the database.
create index chain_document_ix on chain (document_id, annotator_id);
